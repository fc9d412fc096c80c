// The publication date chosen from the page's candidates, on hand-written
// pages: one per class of page seen getting it wrong (a @graph without an
// article node, Blogger's microdata, a masthead's "today", a comment's date,
// a day printed beside a zoned machine time, a modification before the
// publication, a page that prints its date only in its text).
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <string>

using namespace warta;

namespace {

const std::string kProse =
        "<p>The council met on Tuesday, and the members argued about the budget, the roads and the schools, "
        "and the vote was put off until next month, when the new figures are due.</p>"
        "<p>The mayor said the delay was regrettable, but that the figures had to be right, and that the "
        "council would meet again as soon as the auditors had finished their work on the accounts.</p>"
        "<p>Residents who came to the meeting said they had hoped for a decision, since the roads in the old "
        "quarter have waited for repairs for years, and the schools need new roofs before winter.</p>";

Article extractHtml(const std::string &head, const std::string &body)
{
    SavedPage saved;
    saved.html = "<html><head><title>Council delays vote</title>" + head + "</head><body>" + body +
                 "</body></html>";
    ExtractOptions options;
    options.findQuotes = false;
    auto article = extractPage(saved, options);
    REQUIRE(article);
    return *article;
}

std::string published(const Article &article)
{
    return article.published ? article.published->toIso8601() : std::string("none");
}

} // namespace

TEST_CASE("Dates: a @graph without an article node still dates the page", "[extract][dates]")
{
    const Article article = extractHtml(
            R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[)"
            R"({"@type":"WebSite","name":"Example"},{"@type":"WebPage","datePublished":"2020-07-19T15:02:00+02:00"}]})"
            "</script>",
            "<div class=\"masthead\"><span class=\"date\">Friday, 4 December 2026</span></div>"
            "<h1>Council delays vote</h1>" +
                    kProse);
    // The masthead's "today" is printed; the page's own metadata wins.
    CHECK(published(article) == "2020-07-19T15:02:00+02:00");
    CHECK(article.hasDiagnostic(DiagnosticCode::DateChosen));
    CHECK(article.hasDiagnostic(DiagnosticCode::DateConflict));
}

TEST_CASE("Dates: microdata with title, as Blogger writes it", "[extract][dates]")
{
    const Article article = extractHtml(
            "",
            "<div itemscope itemtype=\"http://schema.org/BlogPosting\"><h1>Council delays vote</h1>"
            "<abbr class=\"published\" itemprop=\"datePublished\" title=\"2019-03-02T08:15:00-08:00\">March 2"
            "</abbr>" +
                    kProse + "</div>");
    CHECK(published(article) == "2019-03-02T08:15:00-08:00");
}

TEST_CASE("Dates: a comment's date is not the article's", "[extract][dates]")
{
    const Article article = extractHtml(
            "", "<article><h1>Council delays vote</h1>" + kProse +
                        "</article><div class=\"comments\"><time datetime=\"2021-01-05T10:00:00Z\">"
                        "5 Jan 2021</time> Great piece!</div>");
    CHECK(published(article) == "none");
    CHECK(article.hasDiagnostic(DiagnosticCode::NoDate));
}

TEST_CASE("Dates: a printed day borrows the metadata's time, a printed time its zone", "[extract][dates]")
{
    const std::string meta =
            R"(<meta property="article:published_time" content="2015-06-17T22:26:00+07:00">)";
    const Article day = extractHtml(
            meta, "<h1>Council delays vote</h1><div class=\"date\">Rabu, 17 Juni 2015</div>" + kProse);
    CHECK(published(day) == "2015-06-17T22:26:00+07:00");
    CHECK(day.publishedText == "Rabu, 17 Juni 2015");
    const Article time = extractHtml(
            meta, "<h1>Council delays vote</h1><div class=\"date\">Rabu, 17/06/2015 22:26</div>" + kProse);
    CHECK(published(time) == "2015-06-17T22:26:00+07:00");
}

TEST_CASE("Dates: no zone and no time are invented", "[extract][dates]")
{
    const Article floating = extractHtml(
            "", "<h1>Council delays vote</h1><div class=\"date\">July 19, 2020 3:02 pm</div>" + kProse);
    CHECK(published(floating) == "2020-07-19T15:02:00");
    CHECK(floating.hasDiagnostic(DiagnosticCode::DateZoneUnknown));
    const Article day = extractHtml(R"(<meta name="date" content="2020-07-19">)",
                                    "<h1>Council delays vote</h1>" + kProse);
    CHECK(published(day) == "2020-07-19");
}

TEST_CASE("Dates: a modification before the publication is dropped", "[extract][dates]")
{
    const Article article =
            extractHtml(R"(<meta property="article:published_time" content="2020-07-19T15:02:00Z">)"
                        R"(<meta property="article:modified_time" content="2020-07-18T09:00:00Z">)",
                        "<h1>Council delays vote</h1>" + kProse);
    CHECK(published(article) == "2020-07-19T15:02:00+00:00");
    CHECK_FALSE(article.updated);
    CHECK(article.hasDiagnostic(DiagnosticCode::DateAfterUpdate));
    const Article later =
            extractHtml(R"(<meta property="article:published_time" content="2020-07-19T15:02:00Z">)"
                        R"(<meta property="article:modified_time" content="2020-07-20T09:00:00Z">)",
                        "<h1>Council delays vote</h1>" + kProse);
    REQUIRE(later.updated);
    CHECK(later.updated->toIso8601() == "2020-07-20T09:00:00+00:00");
}

TEST_CASE("Dates: independent statements of one day beat a single one", "[extract][dates]")
{
    // og: names the 21st; a meta date, a <time> marked as published and the
    // URL all name the 19th.
    const Article article = extractHtml(
            R"(<link rel="canonical" href="https://example.org/2020/07/19/council-delays-vote">)"
            R"(<meta property="article:published_time" content="2020-07-21T08:00:00Z">)"
            R"(<meta name="date" content="2020-07-19">)",
            "<h1>Council delays vote</h1><time class=\"published\" datetime=\"2020-07-19T10:00:00+02:00\">"
            "19.07.2020</time>" +
                    kProse);
    CHECK(published(article) == "2020-07-19T10:00:00+02:00");
    CHECK(article.hasDiagnostic(DiagnosticCode::DateConflict));
}

TEST_CASE("Dates: a page that prints its date only in its text", "[extract][dates]")
{
    const Article article = extractHtml(
            "",
            "<h1>Council delays vote</h1><p><strong>01.02.2022</strong> The council met again.</p>" + kProse);
    CHECK(published(article) == "2022-02-01");
}

// Layout classes on the page's outer blocks name the layout, not a region:
// WordPress writes "single right-sidebar" on <body>, other CMSs
// "layoutTwoColumnsRightSidebar" on the wrapper of everything.
TEST_CASE("Dates: a layout named after its sidebar still holds the article's date", "[extract][dates]")
{
    SECTION("on <body>")
    {
        SavedPage saved;
        saved.html =
                "<html><body class=\"single right-sidebar has-comments\"><h1>Council delays vote</h1>"
                "<time class=\"entry-date\" datetime=\"2014-01-27T19:02:50+00:00\">27. Januar 2014</time>" +
                kProse + "</body></html>";
        ExtractOptions options;
        options.findQuotes = false;
        auto article = extractPage(saved, options);
        REQUIRE(article);
        CHECK(published(*article) == "2014-01-27T19:02:50+00:00");
    }
    SECTION("on a wrapper that holds the headline")
    {
        const Article article = extractHtml("", "<div class=\"layoutTwoColumnsRightSidebar\"><div "
                                                "class=\"content\"><h2>Council delays vote</h2>"
                                                "<ul><li class=\"meta\"><time datetime=\"2021-11-25 "
                                                "16:11\">25. November 2021</time></li></ul>" +
                                                        kProse + "</div></div>");
        CHECK(published(article) == "2021-11-25T16:11:00");
    }
    SECTION("but a real sidebar's date stays out")
    {
        const Article article = extractHtml(
                "", "<h1>Council delays vote</h1>" + kProse +
                            "<div class=\"sidebar\"><time datetime=\"2019-03-01\">1 March 2019</time></div>");
        CHECK(published(article) == "none");
    }
}

// An article's own column of details ("podcast__sidebar", "sidebar__item")
// holds its date and credits; comments and related links inside the
// <article> stay someone else's.
TEST_CASE("Dates: a sidebar inside the article is the article's", "[extract][dates]")
{
    const Article article = extractHtml(
            "",
            "<article><h1>Council delays vote</h1><div class=\"article__sidebar\">"
            "<p class=\"time\"><time datetime=\"2022-01-28\">28. Januar 2022</time></p></div>" +
                    kProse +
                    "<div class=\"related\"><time datetime=\"2021-05-01\">1 May 2021</time></div></article>");
    CHECK(published(article) == "2022-01-28");
    const Article comments =
            extractHtml("", "<article><h1>Council delays vote</h1>" + kProse +
                                    "<div class=\"comments\"><time datetime=\"2021-05-01\">1 May "
                                    "2021</time></div></article>");
    CHECK(published(comments) == "none");
}

// Servers store times in UTC; the page's own zone says where it happened.
// The same instant in two zones is a publication of the local day.
TEST_CASE("Dates: one instant in UTC and in the page's zone is shown in the page's zone", "[extract][dates]")
{
    const Article article = extractHtml(
            R"(<meta property="article:published_time" content="2020-12-25T01:59:50+02:00">)"
            R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-24T23:59:50Z"}</script>)",
            "<h1>Council delays vote</h1>" + kProse);
    CHECK(published(article) == "2020-12-25T01:59:50+02:00");
    // Without a second statement the UTC time stays as stated.
    const Article alone =
            extractHtml(R"(<meta property="article:published_time" content="2020-05-02T02:54:29Z">)",
                        "<h1>Council delays vote</h1>" + kProse);
    CHECK(published(alone) == "2020-05-02T02:54:29+00:00");
}

// A video page, or an article whose text only a script writes, is a dated
// publication: it is kept with its metadata and its date (and says it has
// no body), where a homepage, which states no publication date, is refused.
TEST_CASE("Dates: a publication without prose keeps its date", "[extract][dates]")
{
    const Article video = extractHtml(
            R"(<meta property="og:type" content="video"><meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">)",
            "<h1>Council delays vote</h1><div id=\"player\"></div>");
    CHECK(published(video) == "2019-10-16T18:15:00+00:00");
    CHECK(video.hasDiagnostic(DiagnosticCode::NoBody));
    const Article scripted =
            extractHtml(R"(<meta property="article:published_time" content="2020-01-20T10:00:08+08:00">)",
                        "<div id=\"app\"></div><script>render()</script>");
    CHECK(published(scripted) == "2020-01-20T10:00:08+08:00");
    SavedPage homepage;
    homepage.html = "<html><body><div id=\"app\"></div></body></html>";
    CHECK_FALSE(extractPage(homepage, {}).has_value());
}

// A bare <meta name="date"> often says when the page was generated or last
// changed; the date line printed under the headline, even after a label
// ("Stand:") or a byline, is the article's.
TEST_CASE("Dates: a labelled date line under the headline beats a bare meta date", "[extract][dates]")
{
    const Article labelled = extractHtml(
            R"(<meta name="date" content="2020-04-29T11:52:23">)",
            "<h1>Council delays vote</h1><p class=\"text\"><span>Stand: 28.04.2020 18:00 Uhr</span></p>" +
                    kProse);
    CHECK(published(labelled) == "2020-04-28T18:00:00");
    const Article byline = extractHtml(R"(<meta name="date" content="2020-04-30">)",
                                       "<h1>Council delays vote</h1><ul class=\"infoline\"><li>Von Anna "
                                       "Beispiel</li><li><time>29.04.2020, "
                                       "12:01 Uhr</time></li></ul>" +
                                               kProse);
    CHECK(published(byline) == "2020-04-29T12:01:00");
    // A sentence that mentions a date is no date line.
    const Article sentence = extractHtml(R"(<meta name="date" content="2020-04-30">)",
                                         "<h1>Council delays vote</h1><p>The council had first met about the "
                                         "roads on 28.04.2020 in the hall.</p>" +
                                                 kProse);
    CHECK(published(sentence) == "2020-04-30");
}

// A republished page keeps its first day in the metadata but prints only the
// day of its update; the reader sees and cites the printed day. When the
// first day is printed too, it stays the publication date.
TEST_CASE("Dates: a page that prints only its modification day is dated by it", "[extract][dates]")
{
    const std::string head =
            R"(<script type="application/ld+json">{"@type":"Article","datePublished":"2018-02-28T20:00:18Z",)"
            R"("dateModified":"2020-01-05T11:53:45Z"}</script>)";
    const Article onlyUpdate =
            extractHtml(head, "<h1>Council delays vote</h1><p class=\"by\">By Ann Example</p><p>Updated "
                              "January 5, 2020</p>" +
                                      kProse);
    CHECK(published(onlyUpdate) == "2020-01-05T11:53:45+00:00");
    CHECK(onlyUpdate.updated->toIso8601() == "2020-01-05T11:53:45+00:00");
    const Article both = extractHtml(head, "<h1>Council delays vote</h1><p>February 28, 2018</p><p>Updated "
                                           "January 5, 2020</p>" +
                                                   kProse);
    CHECK(published(both) == "2018-02-28T20:00:18+00:00");
    const Article none = extractHtml(head, "<h1>Council delays vote</h1>" + kProse);
    CHECK(published(none) == "2018-02-28T20:00:18+00:00");
}

// A page updated after its first publication may carry the new time in its
// metadata; the date line beside the headline, a few days earlier, is the
// first publication. A kicker above the headline is such a line too.
TEST_CASE("Dates: metadata naming a later day than the printed first publication", "[extract][dates]")
{
    const std::string head = R"(<meta property="og:article:published_time" content="2020-01-20T09:49:32Z">)";
    const Article above = extractHtml(
            head, "<div><div class=\"kicker\">January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>"
                  "<h1>Council delays vote</h1></div>" +
                          kProse);
    CHECK(published(above) == "2020-01-19T12:25:00");
    // A date line far older than the metadata is another article's.
    const Article older = extractHtml(
            head,
            "<div><div class=\"kicker\">January 19, 2019</div><h1>Council delays vote</h1></div>" + kProse);
    CHECK(published(older) == "2020-01-20T09:49:32+00:00");
    // A heading inside the text is no headline: the line above it dates nothing.
    const Article inText = extractHtml(head, "<h2>Council delays vote</h2><p>January 17, 2020</p>"
                                             "<h1>Background</h1>" +
                                                     kProse);
    CHECK(published(inText) == "2020-01-20T09:49:32+00:00");
}

// Wikis and plain pages print their only date at the foot, after a label.
TEST_CASE("Dates: the last resort is a labelled date line anywhere", "[extract][dates]")
{
    const Article wiki = extractHtml("", "<h1>Council delays vote</h1>" + kProse +
                                                 "<p id=\"pageinfo\">Council/Minutes (last edited 2019-11-10 "
                                                 "13:28:18 by <span>Ann</span>)</p>");
    CHECK(published(wiki) == "2019-11-10T13:28:18");
    // Not in a comment, and not a date inside a long sentence.
    const Article comment =
            extractHtml("", "<h1>Council delays vote</h1>" + kProse +
                                    "<div class=\"comments\"><p>Posted: 30.12.2016</p></div>");
    CHECK(published(comment) == "none");
}

// A page that calls itself an article and dates itself with a <time> is a
// dated publication however short its text (a live page of two lines).
TEST_CASE("Dates: a short declared article with its <time> is kept", "[extract][dates]")
{
    const Article live = extractHtml(R"(<meta property="og:type" content="article">)",
                                     "<h1>Council delays vote</h1><div class=\"published\"><time "
                                     "datetime=\"2020-06-22T09:30:00+02:00\">28 minutes ago</time></div>"
                                     "<p>The council meets at noon.</p>");
    CHECK(published(live) == "2020-06-22T09:30:00+02:00");
    // Without the declaration, a few lines and a time are no article.
    SavedPage teaser;
    teaser.html = "<html><body><time datetime=\"2020-06-22\">22 June</time><p>Short.</p></body></html>";
    CHECK_FALSE(extractPage(teaser, {}).has_value());
}

// Uploads are filed by day; on a page that states its date nowhere else,
// the lead image's path dates it. Any other statement wins over it.
TEST_CASE("Dates: the lead image's path is the last hint", "[extract][dates]")
{
    const std::string image =
            R"(<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">)";
    CHECK(published(extractHtml(image, "<h1>Council delays vote</h1>" + kProse)) == "2016-05-04");
    CHECK(published(extractHtml(image + R"(<meta property="article:published_time" content="2016-06-01">)",
                                "<h1>Council delays vote</h1>" + kProse)) == "2016-06-01");
}
