#include "dom/html_document.h"
#include "dom/selector.h"

#include <catch2/catch.hpp>

using namespace warta;

namespace {

const char *kPage = R"(<html><head><title>T</title></head><body>
<div class="article main" id="a1">
  <h1 class="detail-title">Judul</h1>
  <div class="reporter"><p><a rel="author" href="https://www.sindonews.com/blog/1/x">Reporter</a></p></div>
  <img data-src="https://pict.sindonews.net/a.jpg" src="pre-images-light.png">
  <div id="content"><p>Satu</p><div id="div-gpt-ad-1"></div><p>Dua</p></div>
</div>
<div class="article-box"><h1>Lain</h1></div>
</body></html>)";

std::vector<std::string> texts(const std::vector<Node> &nodes)
{
    std::vector<std::string> out;
    for (Node node : nodes)
        out.push_back(node.cleanText());
    return out;
}

} // namespace

TEST_CASE("Selectors match type, class, id and attributes", "[dom][selector]")
{
    auto document = HtmlDocument::parse(kPage);
    REQUIRE(document.has_value());
    const Node root = document->root();
    CHECK(texts(selectAll(root, "h1")) == std::vector<std::string>{"Judul", "Lain"});
    CHECK(texts(selectAll(root, "h1.detail-title")) == std::vector<std::string>{"Judul"});
    CHECK(texts(selectAll(root, "#content p")) == std::vector<std::string>{"Satu", "Dua"});
    CHECK(texts(selectAll(root, "a[rel=author]")) == std::vector<std::string>{"Reporter"});
    CHECK(texts(selectAll(root, "a[href^='https://www.sindonews.com/blog/']")) ==
          std::vector<std::string>{"Reporter"});
    CHECK(texts(selectAll(root, "a[href$=x]")) == std::vector<std::string>{"Reporter"});
    CHECK(texts(selectAll(root, "a[href*=blog]")) == std::vector<std::string>{"Reporter"});
    CHECK(texts(selectAll(root, "div[class~=main] > h1")) == std::vector<std::string>{"Judul"});
    CHECK(selectAll(root, "[id^=div-gpt-ad]").size() == 1);
    CHECK(selectAll(root, "img[data-src]").size() == 1);
}

TEST_CASE("Child and descendant combinators differ", "[dom][selector]")
{
    auto document = HtmlDocument::parse(kPage);
    REQUIRE(document.has_value());
    const Node root = document->root();
    CHECK(selectAll(root, ".reporter a").size() == 1);
    CHECK(selectAll(root, ".reporter > a").empty());
    CHECK(selectAll(root, ".reporter > p > a").size() == 1);
    CHECK(selectAll(root, "div.article #content").size() == 1);
    CHECK(selectAll(root, ".article-box #content").empty());
}

TEST_CASE("Selector lists keep document order", "[dom][selector]")
{
    auto document = HtmlDocument::parse(kPage);
    REQUIRE(document.has_value());
    CHECK(texts(selectAll(document->root(), ".article-box h1, h1.detail-title")) ==
          std::vector<std::string>{"Judul", "Lain"});
    CHECK(selectFirst(document->root(), "h1").cleanText() == "Judul");
    CHECK_FALSE(selectFirst(document->root(), "table"));
}

TEST_CASE("Malformed selectors are rejected", "[dom][selector]")
{
    CHECK_FALSE(Selector::parse(""));
    CHECK_FALSE(Selector::parse("> a"));
    CHECK_FALSE(Selector::parse("a >"));
    CHECK_FALSE(Selector::parse("a[href"));
    CHECK_FALSE(Selector::parse("a[href=\"x]"));
    CHECK_FALSE(Selector::parse("a,,b"));
    CHECK_FALSE(Selector::parse("."));
    CHECK(Selector::parse("a , b"));
}

TEST_CASE("Documents nested deeper than the limit are refused", "[dom]")
{
    std::string deep;
    for (int i = 0; i < 200; ++i)
        deep += "<span>";
    ParseLimits limits;
    limits.maxDepth = 100;
    const auto refused = HtmlDocument::parse("<body>" + deep + "x", limits);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::LimitExceeded);
    limits.maxDepth = 1000;
    const auto accepted = HtmlDocument::parse("<body>" + deep + "x", limits);
    REQUIRE(accepted.has_value());
    CHECK(accepted->maxDepth() > 200);
}

TEST_CASE("Text skips scripts and decodes entities", "[dom]")
{
    auto document = HtmlDocument::parse("<p>A&amp;B<script>x()</script>&nbsp;C&#8220;D&rdquo;</p>");
    REQUIRE(document.has_value());
    CHECK(selectFirst(document->root(), "p").cleanText() == "A&B C\u201cD\u201d");
}
