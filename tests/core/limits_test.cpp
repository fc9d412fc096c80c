// The explicit limits on what Warta reads (docs/fuzzing.md, "Limits"): each
// is checked on both sides — just inside it works, beyond it fails with a
// clear error (or, where the contract says so, the excess is dropped) — and
// quickly, since a limit that takes minutes to trip protects nothing.
#include "dom/html_document.h"
#include "meta/jsonld.h"
#include "quotes/quote_spans.h"
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"
#include "warta/quotes/quote_finder.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace {

// An article body the generic extractor accepts: a headline and enough prose.
std::string articlePage(const std::string &extraHead, const std::string &extraBody)
{
    std::string page = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                       "<title>Pemprov Sumsel Segera Wujudkan Internet Masuk Desa</title>" +
                       extraHead +
                       "</head><body><article><h1>Pemprov Sumsel Segera Wujudkan Internet Masuk Desa</h1>";
    for (int i = 0; i < 6; ++i)
        page += "<p>PALEMBANG - Pemerintah Provinsi Sumatera Selatan berencana menghadirkan jaringan "
                "internet di seluruh desa, dan programnya dimulai tahun depan dengan anggaran daerah.</p>";
    return page + extraBody + "</article></body></html>";
}

warta::Expected<warta::Article> extractBytes(const std::string &bytes)
{
    auto page = warta::loadSavedBytes(bytes, "page.html");
    if (!page)
        return warta::Unexpected{page.error()};
    return warta::extractPage(page.value());
}

std::string nested(const std::string &tag, std::size_t depth)
{
    std::string html;
    for (std::size_t i = 0; i < depth; ++i)
        html += "<" + tag + ">";
    return html + "teks";
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("limits: input size — bytes over LoadLimits::maxFileBytes are TooLarge, at the limit they load",
          "[limits]")
{
    const std::string page = articlePage("", "");
    warta::LoadLimits limits;
    limits.maxFileBytes = page.size();
    CHECK(warta::loadSavedBytes(page, "page.html", limits).has_value());

    limits.maxFileBytes = page.size() - 1;
    const auto refused = warta::loadSavedBytes(page, "page.html", limits);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::TooLarge);
    CHECK(refused.error().message.find("up to") != std::string::npos);
}

TEST_CASE("limits: the default input limit is 64 MB", "[limits]")
{
    CHECK(warta::LoadLimits{}.maxFileBytes == 64u * 1024u * 1024u);
    const std::string justOver(warta::LoadLimits{}.maxFileBytes + 1, ' ');
    const auto refused = warta::loadSavedBytes(justOver, "page.html");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::TooLarge);
}

TEST_CASE("limits: nesting depth — 2,000 levels are read, deeper pages are LimitExceeded", "[limits]")
{
    CHECK(warta::ParseLimits{}.maxDepth == 2000);
    // Inside the limit, whatever the element: the rest of the pipeline must
    // not recurse itself into a stack overflow on such a page.
    for (const char *tag : {"div", "span", "blockquote", "b", "table"}) {
        INFO(tag);
        const auto article = extractBytes(articlePage("", nested(tag, 1900)));
        REQUIRE(article.has_value());
        CHECK(article->title == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    }
    const auto start = std::chrono::steady_clock::now();
    const auto refused = extractBytes(articlePage("", nested("div", 2100)));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(refused.error().message.find("2000") != std::string::npos);
    CHECK(secondsSince(start) < 5.0);
}

TEST_CASE("limits: nesting depth and tag count are checked before gumbo parses", "[limits]")
{
    warta::ParseLimits limits;
    limits.maxDepth = 50;
    CHECK(warta::HtmlDocument::parse("<html><body>" + nested("div", 40) + "</body></html>", limits)
                  .has_value());
    const auto deep =
            warta::HtmlDocument::parse("<html><body>" + nested("div", 60) + "</body></html>", limits);
    REQUIRE_FALSE(deep.has_value());
    CHECK(deep.error().code == warta::ErrorCode::LimitExceeded);

    limits = {};
    limits.maxTags = 100;
    std::string tags;
    for (int i = 0; i < 98; ++i)
        tags += "<br>";
    CHECK(warta::HtmlDocument::parse("<p>" + tags + "</p>", limits).has_value());
    const auto many = warta::HtmlDocument::parse("<p>" + tags + "<br><br></p>", limits);
    REQUIRE_FALSE(many.has_value());
    CHECK(many.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(many.error().message.find("tags") != std::string::npos);

    // Nodes are counted in the tree, where the parser's own elements count
    // too (the implied <head> and <tbody>); each row adds three: tr, td, text.
    limits = {};
    std::string cells;
    for (int i = 0; i < 20; ++i)
        cells += "<tr><td>x";
    const auto table =
            warta::HtmlDocument::parse("<html><body><table>" + cells + "</table></body></html>", limits);
    REQUIRE(table.has_value());
    limits.maxNodes = table->nodeCount();
    CHECK(warta::HtmlDocument::parse("<html><body><table>" + cells + "</table></body></html>", limits)
                  .has_value());
    const auto crowded = warta::HtmlDocument::parse(
            "<html><body><table>" + cells + "<tr><td>x</table></body></html>", limits);
    REQUIRE_FALSE(crowded.has_value());
    CHECK(crowded.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(crowded.error().message == "The page has " + std::to_string(table->nodeCount() + 3) +
                                             " nodes; Warta reads pages of up to " +
                                             std::to_string(limits.maxNodes) + ".");
}

TEST_CASE("limits: number of nodes — over two million tags is LimitExceeded through the public API",
          "[limits]")
{
    CHECK(warta::ParseLimits{}.maxTags == 2'000'000);
    std::string flood;
    flood.reserve(std::size_t{2'000'001} * 4);
    for (int i = 0; i < 2'000'001 / 2; ++i)
        flood += "<i></i>";
    const auto start = std::chrono::steady_clock::now();
    const auto refused = extractBytes(articlePage("", flood + "<i>"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(secondsSince(start) < 10.0);
}

TEST_CASE("limits: a JSON-LD block over maxBytes is ignored, one within it is read", "[limits]")
{
    const std::string block = R"({"@type":"NewsArticle","headline":"Judul"})";
    const auto read = warta::parseJsonLd(block, block.size());
    REQUIRE(read.objects.size() == 1);
    CHECK_FALSE(read.wasInvalid);

    const auto ignored = warta::parseJsonLd(block, block.size() - 1);
    CHECK(ignored.objects.empty());
    CHECK(ignored.wasInvalid);
    CHECK_FALSE(ignored.recovered);
}

TEST_CASE("limits: a page whose JSON-LD is over 1 MB is still read, without that block", "[limits]")
{
    std::string padding(1024 * 1024, ' ');
    const std::string script = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                               "\"headline\":\"Judul dari JSON-LD\",\"author\":{\"name\":\"Ahmad Dani\"}}" +
                               padding + "</script>";
    const auto article = extractBytes(articlePage(script, ""));
    REQUIRE(article.has_value());
    CHECK(article->title == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    for (const auto &author : article->authors)
        CHECK(author.name != "Ahmad Dani");
}

namespace {

std::vector<warta::Paragraph> paragraphs(const std::vector<std::string> &texts)
{
    std::vector<warta::Paragraph> out;
    for (const auto &text : texts)
        out.push_back({"p" + std::to_string(out.size() + 1), text, 0});
    return out;
}

std::string words(std::size_t bytes)
{
    std::string text;
    while (text.size() < bytes)
        text += "kata demi kata ";
    text.resize(bytes);
    return text;
}

} // namespace

TEST_CASE("limits: a quotation longer than kMaxQuoteBytes is dropped, a shorter one kept", "[limits]")
{
    using warta::kMaxQuoteBytes;
    const auto quoted = [](std::size_t bytes) {
        return paragraphs(
                {"\xE2\x80\x9C" + words(bytes) + ",\xE2\x80\x9D kata Gubernur Sumsel Herman Deru."});
    };
    const auto kept = warta::findQuotes(quoted(kMaxQuoteBytes - 100));
    REQUIRE(kept.quotes.size() == 1);
    CHECK(kept.quotes[0].text.size() <= kMaxQuoteBytes);

    const auto dropped = warta::findQuotes(quoted(kMaxQuoteBytes + 100));
    CHECK(dropped.quotes.empty());
}

TEST_CASE("limits: a quotation over more than kMaxQuoteParagraphs paragraphs is dropped", "[limits]")
{
    using warta::kMaxQuoteParagraphs;
    const auto spanning = [](int count) {
        std::vector<std::string> texts;
        for (int i = 1; i < count; ++i)
            texts.push_back("\xE2\x80\x9C"
                            "Kalimat ke-" +
                            std::to_string(i) + " dari kutipan panjang ini.");
        texts.push_back("\xE2\x80\x9C"
                        "Kalimat terakhir,\xE2\x80\x9D kata Gubernur Sumsel Herman Deru.");
        return paragraphs(texts);
    };
    const auto kept = warta::findQuotes(spanning(kMaxQuoteParagraphs));
    REQUIRE(kept.quotes.size() == 1);
    CHECK(kept.quotes[0].paragraph == 0);
    CHECK(kept.quotes[0].endParagraph == kMaxQuoteParagraphs - 1);

    const auto dropped = warta::findQuotes(spanning(kMaxQuoteParagraphs + 1));
    for (const auto &quote : dropped.quotes)
        CHECK(quote.endParagraph - quote.paragraph + 1 <= kMaxQuoteParagraphs);
}

namespace {

warta::Expected<std::string> citeWithStyle(const std::string &macros, const std::string &layout)
{
    const std::string xml = R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">)"
                            "<info><id>limits</id><title>Limits</title></info>" +
                            macros + "<citation><layout>" + layout + "</layout></citation></style>";
    auto style = warta::CslStyle::fromXml(xml);
    if (!style)
        return warta::Unexpected{style.error()};
    auto processor = warta::CitationProcessor::create(style.value());
    if (!processor)
        return warta::Unexpected{processor.error()};
    auto item = warta::CslItem::fromJson(R"({"id":"x","type":"book","title":"Judul"})");
    if (!item)
        return warta::Unexpected{item.error()};
    return processor->citation(item.value(), warta::OutputFormat::Text);
}

} // namespace

TEST_CASE("limits: CSL macro recursion — a macro calling itself is BadStyle, at once", "[limits]")
{
    const auto start = std::chrono::steady_clock::now();
    const auto self = citeWithStyle(R"(<macro name="a"><text macro="a"/></macro>)", R"(<text macro="a"/>)");
    REQUIRE_FALSE(self.has_value());
    CHECK(self.error().code == warta::ErrorCode::BadStyle);
    CHECK(self.error().message.find("macro") != std::string::npos);

    // Twice per level: without the guard stopping the whole rendering at the
    // first overflow this would be 2^48 calls.
    const auto twice = citeWithStyle(R"(<macro name="a"><text macro="a"/><text macro="a"/></macro>)",
                                     R"(<group><text macro="a"/><text macro="a"/></group>)");
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == warta::ErrorCode::BadStyle);
    CHECK(secondsSince(start) < 5.0);
}

TEST_CASE("limits: CSL macros nested within the recursion guard still render", "[limits]")
{
    std::string macros;
    for (int i = 0; i < 20; ++i)
        macros += "<macro name=\"m" + std::to_string(i) + "\"><text macro=\"m" + std::to_string(i + 1) +
                  "\"/></macro>";
    macros += R"(<macro name="m20"><text variable="title"/></macro>)";
    const auto text = citeWithStyle(macros, R"(<text macro="m0"/>)");
    REQUIRE(text.has_value());
    CHECK(text.value() == "Judul");
}

namespace {

// `open` distinct formatting elements left open in a paragraph, then `paragraphs` paragraphs:
// each <p> closes the one before, and the parser re-opens every formatting element in it.
std::string formattingFlood(std::size_t open, std::size_t paragraphs)
{
    std::string html = "<!DOCTYPE html><html><body><p>";
    for (std::size_t i = 0; i < open; ++i)
        html += "<b class=\"f" + std::to_string(i) + "\">";
    for (std::size_t i = 0; i < paragraphs; ++i)
        html += "<p>kata kata\n";
    return html;
}

} // namespace

TEST_CASE("limits: parse memory — a page whose tree grows past its budget is refused while parsing",
          "[limits]")
{
    // 200 open × 2,000 paragraphs: 400,000 elements from 90 KB, once hundreds of MB (the 34 KB
    // → 899 MB of the issue is this construction). Under the floor of 64 MB it would fit at
    // 1,000 paragraphs; the budget stops gumbo long before it finishes.
    const std::string flood = formattingFlood(200, 4000);
    const auto start = std::chrono::steady_clock::now();
    const auto refused = warta::HtmlDocument::parse(flood);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(refused.error().message ==
          "The page's tree grew past 64 MB while being read, more than 24 times the page's size (real pages "
          "need under 21); Warta stops there (markup that leaves formatting elements open makes the parser "
          "repeat them in every paragraph).");
    CHECK(secondsSince(start) < 5.0);

    // The same page within a larger budget parses, and the tree is what the budget measured.
    warta::ParseLimits roomy;
    roomy.minParseMemory = 1024u * 1024u * 1024u;
    roomy.maxParseMemory = 1024u * 1024u * 1024u;
    const auto parsed = warta::HtmlDocument::parse(flood, roomy);
    REQUIRE(parsed.has_value());
    CHECK(parsed->nodeCount() > 200u * 4000u);
    CHECK(parsed->parseMemory() > 64u * 1024u * 1024u);

    // The absolute cap, named as such, when it is the smaller one.
    warta::ParseLimits capped;
    capped.maxParseMemory = 8u * 1024u * 1024u;
    const auto overCap = warta::HtmlDocument::parse(flood, capped);
    REQUIRE_FALSE(overCap.has_value());
    CHECK(overCap.error().message.find("past 8 MB while being read, the most memory Warta gives one page") !=
          std::string::npos);
}

TEST_CASE("limits: parse memory — an ordinary page is far inside its budget", "[limits]")
{
    std::string paragraphs;
    for (int i = 0; i < 800; ++i)
        paragraphs +=
                "<p class=\"isi\">Warga desa kini bisa <a href=\"/read/1\">membaca berita</a> dan belajar "
                "daring, kata kepala desa, <b>Ahmad Dani</b>, di Palembang.</p>\n";
    const std::string page = articlePage("", paragraphs); // about 130 KB, like a real article page
    warta::ParseLimits tight;
    tight.minParseMemory = 0; // the multiple alone: 24 times the page
    const auto parsed = warta::HtmlDocument::parse(page, tight);
    REQUIRE(parsed.has_value());
    CHECK(parsed->parseMemory() <= 24u * page.size());
}

TEST_CASE(
        "limits: attributes — one tag over maxAttributesPerTag, or all over maxAttributes, is refused first",
        "[limits]")
{
    auto tagWith = [](std::size_t count) {
        std::string tag = "<div";
        for (std::size_t i = 0; i < count; ++i)
            tag += " data-a" + std::to_string(i) + "=\"x > y\""; // a quoted '>' does not end the tag
        return tag + ">teks</div>";
    };
    CHECK(warta::HtmlDocument::parse(articlePage("", tagWith(512))).has_value());
    const auto start = std::chrono::steady_clock::now();
    const auto refused = warta::HtmlDocument::parse(articlePage("", tagWith(100'000)));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == warta::ErrorCode::LimitExceeded);
    CHECK(refused.error().message ==
          "A tag of the page has 100000 attributes; Warta reads tags of up to 512.");
    CHECK(secondsSince(start) < 2.0); // gumbo took 81 s over these

    warta::ParseLimits few;
    few.maxAttributes = 1000;
    std::string many;
    for (int i = 0; i < 11; ++i)
        many += tagWith(100); // and the page's own two (lang, charset)
    const auto total = warta::HtmlDocument::parse(articlePage("", many), few);
    REQUIRE_FALSE(total.has_value());
    CHECK(total.error().message ==
          "The page's tags have 1102 attributes in all; Warta reads pages of up to 1000.");

    // Inside a script or a comment, text is no tag and has no attributes.
    const std::string script = "<script>if (a <b c d e f) {}</script><!-- <i j k l> -->";
    warta::ParseLimits three;
    three.maxAttributesPerTag = 3;
    CHECK(warta::HtmlDocument::parse(articlePage(script, ""), three).has_value());
}

TEST_CASE("limits: text per node — one text longer than maxTextBytesPerNode is refused", "[limits]")
{
    warta::ParseLimits small;
    small.maxTextBytesPerNode = 4096;
    CHECK(warta::HtmlDocument::parse("<p>" + std::string(4096, 'x') + "</p>", small).has_value());
    const auto refused = warta::HtmlDocument::parse("<p>" + std::string(5000, 'x') + "</p>", small);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message ==
          "A text of the page runs 5 KB without a tag; Warta reads texts of up to 4 KB.");
}
