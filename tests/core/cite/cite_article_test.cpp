// The citation façade both front ends call: the pinpoint mapping (a quote is
// cited at its paragraph), and that it gives what the processor gives when
// driven by hand.
#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"

#include <catch2/catch.hpp>

namespace {

using namespace warta;

warta::Article quotedArticle()
{
    warta::Article article;
    article.site = "SINDOnews";
    article.title = "Gubernur Meresmikan Jaringan Desa";
    article.url = "https://example.sindonews.com/read/1/2/x";
    article.authors = {{"Ahmad Dani", warta::AuthorRole::Reporter}};
    article.published = warta::ZonedTime{warta::epochFromCivil(2019, 6, 27, 10, 54, 0), 420};
    article.source.savedAt = "2026-11-28T09:00:00+07:00";
    article.paragraphs = {{"p1", "Satu.", 0}, {"p2", "Dua.", 10}, {"p3", "“Tiga,” kata dia.", 20}};
    warta::Quote quote;
    quote.text = "Tiga";
    quote.paragraph = 2;
    quote.endParagraph = 2;
    article.quotes = {quote};
    return article;
}

} // namespace

TEST_CASE("cite façade: a quote pinpoint is the paragraph where the quote starts", "[cite][facade]")
{
    const warta::Article article = quotedArticle();
    auto byQuote = pinpointLocator(article, {std::nullopt, 1});
    REQUIRE(byQuote);
    REQUIRE(byQuote->has_value());
    CHECK((*byQuote)->label == "paragraph");
    CHECK((*byQuote)->value == "3");

    auto byParagraph = pinpointLocator(article, {2, std::nullopt});
    REQUIRE(byParagraph);
    CHECK((*byParagraph)->value == "2");

    auto none = pinpointLocator(article, {});
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    auto pastTheEnd = pinpointLocator(article, {std::nullopt, 2});
    REQUIRE_FALSE(pastTheEnd);
    CHECK(pastTheEnd.error().code == warta::ErrorCode::Usage);
    CHECK(pastTheEnd.error().message == "the article has 1 quotes");
    CHECK_FALSE(pinpointLocator(article, {1, 1}));
}

TEST_CASE("cite façade: citeArticle gives what the processor gives by hand", "[cite][facade]")
{
    const warta::Article article = quotedArticle();
    auto style = CslStyle::load("apa");
    REQUIRE(style);
    auto processor = CitationProcessor::create(*style, {"en-US"});
    REQUIRE(processor);
    auto item = articleToItem(article);
    REQUIRE(item);

    CiteOptions options;
    options.locale = "en-US";
    auto entry = citeArticle(article, options);
    REQUIRE(entry);
    CHECK(*entry == processor->bibliography(*item, OutputFormat::Text).value());

    options.format = OutputFormat::Html;
    options.pinpoint.quote = 1;
    auto pinned = citeArticle(article, options);
    REQUIRE(pinned);
    CHECK(*pinned == processor->citation(*item, OutputFormat::Html, Locator{"paragraph", "3"}).value());
    CHECK(pinned->find("3") != std::string::npos);
}

TEST_CASE("cite façade: one Citer renders several items in order", "[cite][facade]")
{
    auto citer = Citer::create("apa", "en-US");
    REQUIRE(citer);
    auto items = CslItem::listFromJson(
            R"([{"id":"a","type":"article-newspaper","title":"Alpha","issued":{"date-parts":[[2019]]}},
                {"id":"b","type":"article-newspaper","title":"Beta","issued":{"date-parts":[[2020]]}}])");
    REQUIRE(items);
    auto lines = citer->renderEach(*items, {});
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).find("Alpha") != std::string::npos);
    CHECK(lines->at(1).find("Beta") != std::string::npos);

    auto unknown = Citer::create("no-such-style-anywhere");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == warta::ErrorCode::StyleNotFound);
}
