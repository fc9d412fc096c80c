#include "load/markers.h"
#include "load/save_date.h"

#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>

#include <string>

using namespace warta;
using namespace warta;

TEST_CASE("the saved-from comment gives the URL, trusting a consistent length", "[load][markers]")
{
    CHECK(findSavedFromUrl("<!-- saved from url=(0022)https://example.com/a -->\r\n<html>") ==
          std::optional<std::string>("https://example.com/a"));
    CHECK(findSavedFromUrl("<!DOCTYPE html>\n<!-- saved from url=(0014)about:internet -->") ==
          std::optional<std::string>("about:internet"));
    // A wrong length: the URL runs to the end of the comment's text.
    CHECK(findSavedFromUrl("<!-- saved from url=(0005)https://example.com/a -->") ==
          std::optional<std::string>("https://example.com/a"));
    CHECK_FALSE(findSavedFromUrl("<html><!-- saved from url=(abc)https://x -->"));
    CHECK_FALSE(findSavedFromUrl("<html><p>saved from url=(0010)https://x</p>"));
    // Far down the page it is text someone wrote, not the browser's mark.
    CHECK_FALSE(findSavedFromUrl(std::string(5000, ' ') + "<!-- saved from url=(0009)https://x -->"));
}

TEST_CASE("SingleFile's header comment is read", "[load][markers]")
{
    const std::string html = "<!DOCTYPE html> <html lang=\"id-ID\"><!--\n Page saved with SingleFile \n"
                             " url: https://example.com/read/1/berita \n"
                             " saved date: Thu Jan 23 2025 16:02:11 GMT+0700 (Western Indonesia Time)\n"
                             "--><head><meta charset=\"utf-8\"></head><body><p>x</p></body></html>";
    auto header = findSingleFileHeader(html);
    REQUIRE(header.has_value());
    CHECK(header->url == std::optional<std::string>("https://example.com/read/1/berita"));
    CHECK(header->savedDate ==
          std::optional<std::string>("Thu Jan 23 2025 16:02:11 GMT+0700 (Western Indonesia Time)"));

    auto page = loadSavedBytes(html, "/tmp/x/berita.html");
    REQUIRE(page.has_value());
    CHECK(page->source.container == Container::SingleFile);
    CHECK(page->savedFromUrl == std::optional<std::string>("https://example.com/read/1/berita"));
    CHECK(page->source.savedAt == std::optional<std::string>("2025-01-23T16:02:11+07:00"));
    CHECK(page->directory == "/tmp/x");

    CHECK_FALSE(findSingleFileHeader("<p>Page saved with SingleFile</p>"));
}

TEST_CASE("JavaScript and RFC 5322 dates become ISO 8601 with their offset", "[load][markers]")
{
    CHECK(jsDateToIso("Fri Jan 24 2025 08:01:00 GMT+0700 (Western Indonesia Time)") ==
          std::optional<std::string>("2025-01-24T08:01:00+07:00"));
    CHECK(jsDateToIso("Mon Feb 03 2025 19:02:00 GMT-0330 (Newfoundland Standard Time)") ==
          std::optional<std::string>("2025-02-03T19:02:00-03:30"));
    CHECK(jsDateToIso("Sat Feb 29 2025 08:01:00 GMT+0700") == std::nullopt); // not a leap year
    CHECK_FALSE(jsDateToIso("kemarin sore"));
    CHECK(rfc5322DateToIso("Thu, 23 Jan 2025 10:02:00 -0000") ==
          std::optional<std::string>("2025-01-23T10:02:00+00:00"));
    CHECK(rfc5322DateToIso("23 Jan 2025 17:02 +0700") ==
          std::optional<std::string>("2025-01-23T17:02:00+07:00"));
    CHECK(rfc5322DateToIso("Wed, 28 Aug 2019 02:14:00 GMT") ==
          std::optional<std::string>("2019-08-28T02:14:00+00:00"));
    CHECK_FALSE(rfc5322DateToIso("Thu, 32 Jan 2025 10:02:00 -0000"));
}

TEST_CASE("a plain page records its saved-from URL and stays Html", "[load][markers]")
{
    auto page = loadSavedBytes("<!-- saved from url=(0022)https://example.com/a -->\n<html><p>x</p></html>",
                               "Title.html");
    REQUIRE(page.has_value());
    CHECK(page->source.container == Container::Html);
    CHECK(page->savedFromUrl == std::optional<std::string>("https://example.com/a"));
    CHECK_FALSE(page->source.savedAt);
}
