#include "dom/html_document.h"
#include "extract/metadata_fields.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("URLs are resolved against the page and hosts read without www", "[extract][metadata]")
{
    const std::string base = "https://nasional.sindonews.com/read/1/12/judul-1561632840?x=1";
    CHECK(absoluteUrl(base, "/topic/48/covid-19") == "https://nasional.sindonews.com/topic/48/covid-19");
    CHECK(absoluteUrl(base, "//cdn.sindonews.net/a.jpg") == "https://cdn.sindonews.net/a.jpg");
    CHECK(absoluteUrl(base, "gambar.jpg") == "https://nasional.sindonews.com/read/1/12/gambar.jpg");
    CHECK(absoluteUrl(base, "https://x.id/a") == "https://x.id/a");
    CHECK(urlHost("https://WWW.SindoNews.com:443/read/1") == "sindonews.com");
    CHECK(urlHost("not a url").empty());
}

TEST_CASE("Site suffixes come off titles only when they name the site", "[extract][metadata]")
{
    const std::vector<std::string> sites{"SINDOnews", "SINDOnews.com"};
    CHECK(stripSiteSuffix("Judul Berita - SINDOnews.com", sites) == "Judul Berita");
    CHECK(stripSiteSuffix("Judul Berita | SINDOnews", sites) == "Judul Berita");
    CHECK(stripSiteSuffix("Prabowo - Gibran Dilantik", sites) == "Prabowo - Gibran Dilantik");
}

TEST_CASE("The saved copy of an image is a relative path or an embedded image, never a spacer",
          "[extract][metadata]")
{
    SavedPage saved;
    const std::string url = "https://pict.sindonews.net/a.jpg";
    CHECK(localImageCopy(saved, "./Judul_files/a.jpg", url) == "./Judul_files/a.jpg");
    CHECK_FALSE(localImageCopy(saved, url, url));
    CHECK_FALSE(localImageCopy(
            saved, "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", url));
    CHECK(localImageCopy(saved, "data:image/jpeg;base64," + std::string(2000, 'A'), url) == "data:");
    saved.resources.push_back({url, "image/jpeg", "bytes"});
    CHECK(localImageCopy(saved, url, url) == "data:");
    CHECK(isPlaceholderImage("https://am.sindonews.net/mobile/2016/images/pre-images-light.png"));
    CHECK_FALSE(isPlaceholderImage(url));
}

TEST_CASE("Keywords made of the headline's words are not tags", "[extract][metadata]")
{
    auto page = [](const std::string &keywords) {
        auto document = HtmlDocument::parse(
                "<html><head><title>Sandi Ajak Cagub Lain Transparan</title><meta name=keywords content=\"" +
                keywords + "\"></head><body></body></html>");
        REQUIRE(document.has_value());
        return metadataTags(readPageMetadata(*document));
    };
    CHECK(page("Sandi, Ajak, Cagub, Transparan").empty());
    CHECK(page("pilkada dki, sandiaga uno") == std::vector<std::string>{"pilkada dki", "sandiaga uno"});
    CHECK(page("Sandi, Ajak") == std::vector<std::string>{"Sandi", "Ajak"});
}
