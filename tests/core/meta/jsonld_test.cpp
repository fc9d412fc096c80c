#include "dom/html_document.h"
#include "meta/jsonld.h"
#include "meta/page_metadata.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("Valid JSON-LD is read as is, @graph and arrays flattened", "[meta][jsonld]")
{
    const auto block = parseJsonLd(
            R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"H"}]})");
    CHECK_FALSE(block.wasInvalid);
    REQUIRE(block.objects.size() == 2);
    CHECK(block.objects[1]["headline"] == "H");
    CHECK(parseJsonLd(R"([{"@type":"A"},{"@type":"B"}])").objects.size() == 2);
}

TEST_CASE("Concatenated objects are split and read", "[meta][jsonld]")
{
    const auto block =
            parseJsonLd(R"({"@type":"WebSite","name":"S"} {"@type":"Organization","name":"O {x}"})");
    CHECK(block.wasInvalid);
    CHECK(block.recovered);
    REQUIRE(block.objects.size() == 2);
    CHECK(block.objects[1]["name"] == "O {x}");
}

TEST_CASE("Trailing commas, raw line breaks and comment wrappers are repaired", "[meta][jsonld]")
{
    const auto block = parseJsonLd(
            "<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Baris\nbaru\",\"keywords\":[\"a\",\"b\",],} -->");
    CHECK(block.recovered);
    REQUIRE(block.objects.size() == 1);
    CHECK(block.objects[0]["headline"] == "Baris\nbaru");
    CHECK(block.objects[0]["keywords"].size() == 2);
}

TEST_CASE("Hopeless JSON-LD gives nothing, and oversized blocks are ignored", "[meta][jsonld]")
{
    const auto broken = parseJsonLd(R"({"@type": "NewsArticle", "headline": )");
    CHECK(broken.wasInvalid);
    CHECK_FALSE(broken.recovered);
    const auto big = parseJsonLd(std::string(2000, ' ') + "{}", 1000);
    CHECK(big.wasInvalid);
    CHECK(big.objects.empty());
    std::string nested(100000, '[');
    CHECK(parseJsonLd(nested).objects.empty());
    // Balanced but 100,000 deep: refused before parsing (a regression: the
    // parsed value's copy recursed once per level and overflowed the stack).
    const auto deep = parseJsonLd(std::string(100000, '[') + std::string(100000, ']'));
    CHECK(deep.wasInvalid);
    CHECK(deep.objects.empty());
    CHECK(parseJsonLd("{\"@type\":\"X\",\"n\":" + std::string(60, '[') + std::string(60, ']') + "}")
                  .objects.size() == 1);
}

TEST_CASE("Page metadata reads OpenGraph, canonical, JSON-LD and breadcrumbs", "[meta]")
{
    auto document = HtmlDocument::parse(R"(<html lang="id-ID"><head>
<title>Judul - SINDOnews</title>
<link rel="canonical" href="https://nasional.sindonews.com/read/1/12/judul-1561632840">
<meta property="og:site_name" content="SINDOnews.com"><meta property="article:tag" content="satu">
<meta property="article:tag" content="dua"><meta name="keywords" content="x, y">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul","datePublished":"2019-06-27T17:54:00+07:00",
 "author":[{"@type":"Person","name":"Ahmad Dani"},{"@type":"Organization","name":"SINDOnews"}],}
{"@type":"BreadcrumbList","itemListElement":[{"item":{"name":"home"}},{"item":{"name":"Hukum"}}]}</script>
</head><body></body></html>)");
    REQUIRE(document.has_value());
    const PageMetadata metadata = readPageMetadata(*document);
    CHECK(metadata.titleTag == "Judul - SINDOnews");
    CHECK(metadata.canonical == "https://nasional.sindonews.com/read/1/12/judul-1561632840");
    CHECK(metadata.htmlLang == "id-ID");
    CHECK(metadata.metaValue("og:site_name") == "SINDOnews.com");
    CHECK(metadata.articleTags == std::vector<std::string>{"satu", "dua"});
    CHECK(metadata.jsonLdInvalid);
    CHECK(metadata.jsonLdRecovered);
    REQUIRE(metadata.article.has_value());
    CHECK(metadata.article->authors == std::vector<std::string>{"Ahmad Dani"});
    CHECK(metadata.article->datePublished == "2019-06-27T17:54:00+07:00");
    CHECK(metadata.breadcrumb == std::vector<std::string>{"Hukum"});
}
