// The generic extractor's rules, each on a small hand-written page: content
// scoring, class weights, link density, sibling merging, retries, cleaning
// inside the content, <br> bodies and the article test.
#include "dom/html_document.h"
#include "dom/selector.h"
#include "extract/generic/block_names.h"
#include "extract/generic/content_cleaning.h"
#include "extract/generic/content_scan.h"
#include "extract/generic/content_scoring.h"
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace warta;

namespace {

// A paragraph of prose: long, with commas, ending with a full stop, and
// named by `tag` so a test can look for it.
std::string prose(const std::string &tag)
{
    return "Paragraph " + tag +
           " tells how the council met on Tuesday, how members argued about the budget, "
           "the roads and the schools, and how the vote was put off until next month.";
}

std::string paragraphs(const std::string &prefix, int count)
{
    std::string html;
    for (int i = 1; i <= count; ++i)
        html += "<p>" + prose(prefix + std::to_string(i)) + "</p>";
    return html;
}

std::string linkList(const std::string &prefix, int count)
{
    std::string html = "<ul>";
    for (int i = 1; i <= count; ++i)
        html += "<li><a href=\"/" + prefix + std::to_string(i) + "\">Headline " + prefix + " number " +
                std::to_string(i) + " about something else entirely</a></li>";
    return html + "</ul>";
}

std::string page(const std::string &body, const std::string &head = {})
{
    return "<html><head><title>Council delays vote</title>" + head + "</head><body>" + body +
           "</body></html>";
}

Expected<Article> extract(const std::string &html)
{
    SavedPage saved;
    saved.html = html;
    ExtractOptions options;
    options.findQuotes = false;
    return extractPage(saved, options);
}

std::string bodyText(const Article &article)
{
    std::string text;
    for (const auto &paragraph : article.paragraphs)
        text += paragraph.text + "\n";
    return text;
}

bool has(const std::string &text, const std::string &needle)
{
    return text.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("Generic: the block of prose is chosen over menus and link lists", "[extract][generic]")
{
    const auto article =
            extract(page("<div id=menu>" + linkList("menu", 12) + "</div><div id=story>" +
                         paragraphs("S", 5) + "</div><div id=more>" + linkList("more", 20) + "</div>"));
    REQUIRE(article.has_value());
    CHECK(article->layout == "generic");
    REQUIRE(article->paragraphs.size() == 5);
    CHECK(has(article->paragraphs.front().text, "Paragraph S1 "));
    CHECK_FALSE(has(bodyText(*article), "Headline"));
}

TEST_CASE("Generic: paragraph scores count commas, length, and reach ancestors by level",
          "[extract][generic]")
{
    auto document =
            HtmlDocument::parse(page("<div id=outer><div id=inner>" + paragraphs("A", 3) + "</div></div>"));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    const Node inner = selectFirst(document->body(), "#inner");
    const Node outer = selectFirst(document->body(), "#outer");
    // Each paragraph: 2 + 3 commas + 1 per 100 characters (1) = 6; three of
    // them on a div (base 5): in full for the parent, half for the grandparent.
    CHECK(scan.score(inner) == Approx(5 + 3 * 6.0));
    CHECK(scan.score(outer) == Approx(5 + 3 * 6.0 / 2));
    CHECK(scan.topCandidates(1).front() == inner);
}

TEST_CASE("Generic: short paragraphs do not score", "[extract][generic]")
{
    auto document = HtmlDocument::parse(page("<div id=d><p>Too short to count.</p></div>"));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    CHECK_FALSE(scan.isCandidate(selectFirst(document->body(), "#d")));
    CHECK(scan.topCandidates(5).empty());
}

TEST_CASE("Generic: class and id names weigh for and against a block", "[extract][generic]")
{
    auto document = HtmlDocument::parse(
            page("<div id=a class=article-body></div><div id=b class=comment-list></div>"
                 "<div id=c class='post' data-x=1></div><div id=d class=plain></div>"
                 "<div id=sidebar class=entry-content></div><div id=e class='hid'></div>"));
    REQUIRE(document.has_value());
    const Node body = document->body();
    CHECK(classWeight(selectFirst(body, ".article-body")) == 25);
    CHECK(classWeight(selectFirst(body, ".comment-list")) == -25);
    CHECK(classWeight(selectFirst(body, "#c")) == 25);
    CHECK(classWeight(selectFirst(body, ".plain")) == 0);
    CHECK(classWeight(selectFirst(body, "#sidebar")) == 0); // −25 for the id, +25 for the class
    CHECK(classWeight(selectFirst(body, "#e")) == -25);
    CHECK(isUnlikelyCandidate(selectFirst(body, ".comment-list")));
    CHECK_FALSE(isUnlikelyCandidate(selectFirst(body, ".article-body")));
    // "main-sidebar-and-content" names both: it may be the content.
    auto mixed =
            HtmlDocument::parse(page("<div class='sidebar-and-content'></div><nav role=navigation></nav>"));
    REQUIRE(mixed.has_value());
    CHECK_FALSE(isUnlikelyCandidate(selectFirst(mixed->body(), "div")));
    CHECK(isUnlikelyCandidate(selectFirst(mixed->body(), "nav")));
}

TEST_CASE("Generic: a boilerplate name outweighs a little more text", "[extract][generic]")
{
    const auto article = extract(page("<div class=content>" + paragraphs("C", 4) +
                                      "</div><div class=comments>" + paragraphs("X", 5) + "</div>"));
    REQUIRE(article.has_value());
    CHECK(has(bodyText(*article), "Paragraph C4 "));
    CHECK_FALSE(has(bodyText(*article), "Paragraph X1 "));
}

TEST_CASE("Generic: link density scales a candidate's score down", "[extract][generic]")
{
    auto document = HtmlDocument::parse(page("<div id=links>" + std::string("<p><a href=/x>") + prose("L") +
                                             "</a></p></div><div id=text><p>" + prose("T") + "</p></div>"));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    const Node links = selectFirst(document->body(), "#links");
    const Node text = selectFirst(document->body(), "#text");
    CHECK(scan.linkDensity(links) == Approx(1.0));
    CHECK(scan.linkDensity(text) == Approx(0.0));
    CHECK(scan.score(links) < 1.0);
    CHECK(scan.score(text) > 5.0);
    // "#" links are in-page anchors: they count for less.
    auto anchors = HtmlDocument::parse(
            page("<div id=d><a href='#n1'>note one</a> and ten more words of text here</div>"));
    REQUIRE(anchors.has_value());
    ContentScan anchorScan(anchors->body(), {});
    CHECK(anchorScan.linkDensity(selectFirst(anchors->body(), "#d")) < 0.1);
}

TEST_CASE("Generic: well-scoring siblings, siblings of the same class and prose <p> join the content",
          "[extract][generic]")
{
    const std::string body =
            "<div id=wrap><div class=part>" + paragraphs("A", 4) + "</div>" +
            "<div class=ad-slot><a href=/buy>Buy now</a></div>" + "<p>" + prose("B") + "</p>" +
            "<p>Short closing line with a full stop. </p>" +
            "<p><a href=/x>Every word of this paragraph is a link to another page of the site</a></p>" +
            "<div class=part>" + paragraphs("C", 1) + "</div></div>" + "<div id=aside>" +
            linkList("side", 8) + "</div>";
    auto document = HtmlDocument::parse(page(body));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    const auto bodies = selectContent(scan, document->body());
    REQUIRE(bodies.size() == 4);
    CHECK(bodies[0].hasClass("part"));
    CHECK(bodies[1].is("p"));
    CHECK(has(bodies[1].cleanText(), "Paragraph B "));
    CHECK(has(bodies[2].cleanText(), "Short closing line"));
    CHECK(bodies[3].hasClass("part"));
}

TEST_CASE("Generic: an article split into parts is taken from their common ancestor", "[extract][generic]")
{
    std::string parts;
    for (const char *name : {"A", "B", "C", "D"})
        parts += "<section><div class=x>" + paragraphs(name, 3) +
                 "</div><figure><img src=a.jpg></figure></section>";
    const auto article =
            extract(page("<div id=story>" + parts + "</div><div id=side>" + linkList("s", 5) + "</div>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    for (const char *first : {"Paragraph A1 ", "Paragraph B1 ", "Paragraph C1 ", "Paragraph D3 "})
        CHECK(has(text, first));
}

TEST_CASE("Generic: when the strict pass finds too little, unlikely blocks are tried again",
          "[extract][generic]")
{
    // The only prose sits in a block named like a comment thread.
    const auto article = extract(page("<div class=comment-body>" + paragraphs("R", 4) + "</div>"));
    REQUIRE(article.has_value());
    CHECK(article->paragraphs.size() == 4);
}

TEST_CASE("Generic: headings and lists inside the content are kept", "[extract][generic]")
{
    const auto article = extract(page("<article><h1>Council delays vote</h1>" + paragraphs("A", 3) +
                                      "<h2>What comes next</h2><ul><li>A meeting in May, with the mayor.</li>"
                                      "<li>A second vote in June.</li></ul>" +
                                      paragraphs("B", 2) + "</article>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK(has(text, "What comes next"));
    CHECK(has(text, "A second vote in June."));
    // The headline repeated at the top of the content is the title, not body text.
    CHECK_FALSE(has(text, "Council delays vote"));
}

TEST_CASE("Generic: captions, share bars, bylines, ad labels and related lists are left out",
          "[extract][generic]")
{
    const auto article = extract(
            page("<article><div class=byline>By Jane Doe</div><div class=share-tools><a "
                 "href=/fb>Facebook</a> Share this</div>" +
                 paragraphs("A", 2) +
                 "<figure><img src=x.jpg><figcaption>The council chamber on Tuesday.</figcaption></figure>"
                 "<div class=image-caption>Photo: Agency</div><div class=ad>Advertisement</div>" +
                 paragraphs("B", 2) +
                 "<p>Read more: <a href=/1>First story</a> | <a href=/2>Second story</a></p>" +
                 "<div class=related-articles>" + linkList("rel", 4) + "</div></article>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK(has(text, "Paragraph B2 "));
    for (const char *noise : {"Jane Doe", "Share this", "council chamber", "Photo: Agency", "Advertisement",
                              "First story", "Headline"}) {
        INFO(noise);
        CHECK_FALSE(has(text, noise));
    }
}

TEST_CASE("Generic: hidden blocks are not read", "[extract][generic]")
{
    const auto article =
            extract(page("<article>" + paragraphs("A", 3) + "<div style='display: none'>Secret text.</div>" +
                         "<p hidden>Hidden paragraph.</p><div aria-hidden=true>Aria text.</div></article>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK_FALSE(has(text, "Secret"));
    CHECK_FALSE(has(text, "Hidden paragraph"));
    CHECK_FALSE(has(text, "Aria text"));
}

TEST_CASE("Generic: blocks of images, forms or links inside the content are cleaned", "[extract][generic]")
{
    const auto article =
            extract(page("<div id=story>" + paragraphs("A", 3) +
                         "<div class=promo-box><img src=1.jpg><img src=2.jpg><img src=3.jpg> Deals</div>"
                         "<form><label>Sign up now</label><input name=q><input name=e></form>"
                         "<div>" +
                         linkList("in", 6) + "</div>" + paragraphs("B", 2) + "</div>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    INFO(text);
    CHECK(has(text, "Paragraph B2 "));
    CHECK_FALSE(has(text, "Deals"));
    CHECK_FALSE(has(text, "Sign up"));
    CHECK_FALSE(has(text, "Headline"));
}

TEST_CASE("Generic: a data table stays, a layout table of links goes", "[extract][generic]")
{
    auto document =
            HtmlDocument::parse(page("<table id=data><tr><th>Year</th></tr><tr><td>2019</td></tr></table>"
                                     "<table id=layout role=presentation><tr><td>x</td></tr></table>"
                                     "<table id=small><tr><td>a</td></tr></table>"));
    REQUIRE(document.has_value());
    CHECK(isDataTable(selectFirst(document->body(), "#data")));
    CHECK_FALSE(isDataTable(selectFirst(document->body(), "#layout")));
    CHECK_FALSE(isDataTable(selectFirst(document->body(), "#small")));
    const auto article =
            extract(page("<div id=story>" + paragraphs("A", 3) +
                         "<table id=results><caption>Results</caption><tr><th>Team</th><th>Points</th></tr>"
                         "<tr><td><a href=/t>Team A</a></td><td>12</td></tr></table>"
                         "<table><tr><td><a href=/1>More news one</a></td><td><a href=/2>More news "
                         "two</a></td></tr></table>" +
                         paragraphs("B", 1) + "</div>"));
    REQUIRE(article.has_value());
    CHECK(has(bodyText(*article), "Team A"));
    CHECK_FALSE(has(bodyText(*article), "More news"));
}

TEST_CASE("Generic: text split by <br> in a div is scored and split into paragraphs", "[extract][generic]")
{
    std::string text;
    for (int i = 1; i <= 4; ++i)
        text += prose("BR" + std::to_string(i)) + "<br><br>\n";
    const auto article = extract(page("<div id=nav>" + linkList("n", 6) +
                                      "</div><div class=x><strong>JAKARTA</strong> - " + text + "</div>"));
    REQUIRE(article.has_value());
    REQUIRE(article->paragraphs.size() == 4);
    CHECK(has(article->paragraphs[0].text, "JAKARTA - Paragraph BR1 "));
    CHECK(has(article->paragraphs[3].text, "Paragraph BR4 "));
    // Each blank-line run counts as a paragraph of its div.
    auto document = HtmlDocument::parse(page("<div id=d>" + text + "</div>"));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    CHECK(scan.score(selectFirst(document->body(), "#d")) == Approx(5 + 4 * 6.0));
}

TEST_CASE("Generic: a div with only one run of inline text counts as a paragraph", "[extract][generic]")
{
    auto document = HtmlDocument::parse(page("<div id=outer><div id=p1>" + prose("D1") + "</div><div id=p2>" +
                                             prose("D2") + "</div></div>"));
    REQUIRE(document.has_value());
    ContentScan scan(document->body(), {});
    CHECK(scan.score(selectFirst(document->body(), "#outer")) == Approx(5 + 2 * 6.0));
    CHECK(scan.stats(selectFirst(document->body(), "#outer"))->paragraphs == 2);
}

TEST_CASE("Generic: lists of headlines are not an article; a short declared article is", "[extract][generic]")
{
    std::string blocks;
    for (int i = 0; i < 6; ++i) {
        const std::string prefix = std::string("h") + std::to_string(i);
        blocks += "<div class=box><h3>Section</h3>" + linkList(prefix, 6) + "</div>";
    }
    const auto homepage = extract(page(blocks));
    REQUIRE_FALSE(homepage.has_value());
    CHECK(homepage.error().code == ErrorCode::NotAnArticle);
    const std::string teaser =
            "<div class=snippet>" + paragraphs("T", 1) + "</div><div>Subscribe to read on.</div>";
    const auto undeclared = extract(page(teaser));
    REQUIRE_FALSE(undeclared.has_value());
    CHECK(undeclared.error().code == ErrorCode::NotAnArticle);
    const auto declared = extract(page(teaser, "<meta property=og:type content=article>"));
    REQUIRE(declared.has_value());
    CHECK(has(bodyText(*declared), "Paragraph T1 "));
}

TEST_CASE("Generic: ad labels are recognised whole, not inside sentences", "[extract][generic]")
{
    CHECK(isAdLabel("ADVERTISEMENT"));
    CHECK(isAdLabel("Iklan"));
    CHECK_FALSE(isAdLabel("Advertisement revenue fell"));
}

TEST_CASE("Generic: a page nested deeper than the call stack allows is scanned", "[extract][generic]")
{
    std::string html;
    for (int i = 0; i < 1500; ++i)
        html += "<div>";
    html += paragraphs("Deep", 4);
    auto document = HtmlDocument::parse(page(html));
    REQUIRE(document.has_value());
    const auto choice = chooseContent(*document, "");
    REQUIRE(choice.bodies.size() == 1);
    CHECK(choice.textLength == 4 * prose("Deep1").size());
    CHECK(choice.proseLength == choice.textLength);
}

TEST_CASE("Generic: date and meta lines and the article header are left out, a <time> in a sentence stays",
          "[extract][generic]")
{
    const auto article = extract(
            page("<article><header><h1>Council delays vote</h1><p class=standfirst-x>Kicker line</p></header>"
                 "<div class=post-meta>Posted in Politics</div><span class=timestamp>Updated 5:27 am</span>"
                 "<p>The council met on <time datetime=2019-11-19>Tuesday</time>, with members arguing about "
                 "the budget, "
                 "the roads and the schools, and the vote was put off.</p>" +
                 paragraphs("A", 3) + "<time datetime=2019-11-19>November 19, 2019</time></article>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK(has(text, "The council met on Tuesday, with members"));
    for (const char *noise : {"Kicker line", "Posted in Politics", "Updated 5:27", "November 19, 2019"}) {
        INFO(noise);
        CHECK_FALSE(has(text, noise));
    }
}

TEST_CASE("Generic: a heading left alone by a removed list goes with it", "[extract][generic]")
{
    const auto article = extract(page("<div id=story>" + paragraphs("A", 3) +
                                      "<div class=box><h3>More on this story</h3>" + linkList("more", 5) +
                                      "</div>" + paragraphs("B", 2) + "</div>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK(has(text, "Paragraph B2 "));
    CHECK_FALSE(has(text, "More on this story"));
    CHECK_FALSE(has(text, "Headline"));
}

TEST_CASE("Generic: the box about the author is left out, however long", "[extract][generic]")
{
    const auto article = extract(page("<article>" + paragraphs("A", 4) +
                                      "<div class=author-bio><h3>About the author</h3><p>" + prose("Bio") +
                                      "</p></div></article>"));
    REQUIRE(article.has_value());
    CHECK(has(bodyText(*article), "Paragraph A4 "));
    CHECK_FALSE(has(bodyText(*article), "About the author"));
    CHECK_FALSE(has(bodyText(*article), "Paragraph Bio "));
}

TEST_CASE("Generic: a heading that repeats the headline with small differences is left out",
          "[extract][generic]")
{
    // The metadata's headline keeps an entity the page decodes.
    const auto article = extract(
            page("<article><h2>Council delays vote on the £5m budget</h2>" + paragraphs("A", 3) +
                         "<h2>Why the roads matter</h2>" + paragraphs("B", 1) + "</article>",
                 "<meta property=og:title content='Council delays vote on the &amp;#163;5m budget'>"));
    REQUIRE(article.has_value());
    const std::string text = bodyText(*article);
    CHECK_FALSE(has(text, "Council delays vote on the"));
    CHECK(has(text, "Why the roads matter"));
}

// An author's box ("About the author", a bio in "author-info") is prose but
// not the article; beside a short article it must not become the body.
TEST_CASE("Generic: an author's box is not the body", "[extract][generic]")
{
    const std::string bio =
            "<p>Ann Example is the head of the test lab here. When she is not writing reviews, "
            "she tries new kitchen gadgets at home and reports on them for the readers of this "
            "magazine every week, with photographs of each of them.</p>";
    for (const std::string box :
         {"<div id=author-info><div id=author-description>", "<div class=authorBox><div>"}) {
        const auto article = extract(page("<div class=entry>" + paragraphs("S", 3) + "</div>" + box + bio +
                                          bio + bio + bio + "</div></div>"));
        REQUIRE(article.has_value());
        CHECK(has(bodyText(*article), "Paragraph S1 "));
        CHECK_FALSE(has(bodyText(*article), "Ann Example"));
    }
}
