// The public cite API: style lookup, dependent styles, the macro-loop guard,
// locale forcing, and the article → CSL-JSON mapping with its exports.
#include "warta/cite/article_item.h"
#include "warta/cite/citation_processor.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

namespace {

using namespace warta;

warta::Article sampleArticle()
{
    warta::Article article;
    article.site = "SINDOnews";
    article.title = "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa";
    article.url = "https://sumsel.sindonews.com/read/00000/1/x";
    article.language = "id";
    article.authors = {{"Ahmad Dani", warta::AuthorRole::Reporter},
                       {"Sutrisno", warta::AuthorRole::Writer},
                       {"Budi Editor", warta::AuthorRole::Editor}};
    warta::ZonedTime published;
    published.epochSeconds = warta::epochFromCivil(2019, 6, 27, 10, 54, 0); // 17:54 WIB
    published.offsetMinutes = 420;
    article.published = published;
    article.source.savedAt = "2026-11-28T09:00:00+07:00";
    return article;
}

const char *kItem = R"({"id":"x","type":"article-newspaper","title":"Judul","container-title":"SINDOnews.com",
  "author":[{"family":"Dani","given":"Ahmad"}],"issued":{"date-parts":[[2019,6,27]]},"language":"id"})";

} // namespace

TEST_CASE("cite: an unknown style id fails and names the nearest ids", "[cite]")
{
    auto style = CslStyle::load("apaa");
    REQUIRE_FALSE(style);
    CHECK(style.error().code == warta::ErrorCode::StyleNotFound);
    CHECK(style.error().message.find("apa") != std::string::npos);
}

TEST_CASE("cite: a dependent style renders through its parent with its own default locale", "[cite]")
{
    auto style = CslStyle::load("jurnal-elektrik");
    REQUIRE(style);
    CHECK(style->parentId() == "politeknik-negeri-manado-jurnal-p3m");
    CHECK(style->defaultLocale() == "id-ID");
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    CHECK(processor->localeId() == "id-ID");
}

TEST_CASE("cite: a macro that calls itself is an error, not a hang", "[cite]")
{
    const char *xml = R"(<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
      <info><id>loop</id><title>Loop</title></info>
      <macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro>
      <citation><layout><text macro="a"/></layout></citation></style>)";
    auto style = CslStyle::fromXml(xml);
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto item = CslItem::fromJson(kItem);
    REQUIRE(item);
    auto text = processor->citation(item.value(), OutputFormat::Text);
    REQUIRE_FALSE(text);
    CHECK(text.error().code == warta::ErrorCode::BadStyle);
}

TEST_CASE("cite: macros that fan out exponentially are an error, not a hang", "[cite]")
{
    // Regression fixture: 31 macros, each calling the next twice (2^30 renderings).
    std::ifstream in(std::string(WARTA_FIXTURE_DIR) + "/regressions/csl-macro-fanout.csl");
    const std::string xml{std::istreambuf_iterator<char>(in), {}};
    REQUIRE_FALSE(xml.empty());
    auto style = CslStyle::fromXml(xml);
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto item = CslItem::fromJson(kItem);
    REQUIRE(item);
    for (auto rendered : {processor->citation(item.value(), OutputFormat::Text),
                          processor->bibliography(item.value(), OutputFormat::Text)}) {
        if (!rendered)
            CHECK(rendered.error().code == warta::ErrorCode::BadStyle);
    }
    CHECK_FALSE(processor->citation(item.value(), OutputFormat::Text));
}

TEST_CASE("cite: a forced locale changes month names; the paragraph locator", "[cite]")
{
    auto style = CslStyle::load("apa");
    REQUIRE(style);
    auto item = CslItem::fromJson(kItem);
    REQUIRE(item);
    auto english = CitationProcessor::create(style.value());
    ProcessorOptions options;
    options.locale = "id-ID";
    auto indonesian = CitationProcessor::create(style.value(), options);
    REQUIRE(english);
    REQUIRE(indonesian);
    const Locator locator{"paragraph", "5"};
    CHECK(english->citation(item.value(), OutputFormat::Text, locator).value() == "(Dani, 2019, para. 5)");
    CHECK(english->bibliography(item.value(), OutputFormat::Text).value().find("June 27") !=
          std::string::npos);
    CHECK(indonesian->bibliography(item.value(), OutputFormat::Text).value().find("Juni 27") !=
          std::string::npos);
}

TEST_CASE("cite: bad CSL-JSON is BadInput", "[cite]")
{
    auto item = CslItem::fromJson("{not json");
    REQUIRE_FALSE(item);
    CHECK(item.error().code == warta::ErrorCode::BadInput);
}

TEST_CASE("cite: an article maps to CSL-JSON", "[cite][article]")
{
    auto json = nlohmann::json::parse(articleToCslJson(sampleArticle()));
    CHECK(json["type"] == "article-newspaper");
    CHECK(json["container-title"] == "SINDOnews.com");
    CHECK(json["language"] == "id");
    REQUIRE(json["author"].size() == 2); // the editor is not an author
    CHECK(json["author"][0]["family"] == "Dani");
    CHECK(json["author"][0]["given"] == "Ahmad");
    CHECK(json["author"][1]["literal"] == "Sutrisno");
    CHECK(json["issued"]["date-parts"][0] == nlohmann::json::array({2019, 6, 27}));
    CHECK(json["accessed"]["date-parts"][0] == nlohmann::json::array({2026, 11, 28}));
    CHECK(json["URL"] == "https://sumsel.sindonews.com/read/00000/1/x");
}

TEST_CASE("cite: an article renders in APA without title case for Indonesian", "[cite][article]")
{
    auto article = sampleArticle();
    article.title = "Pemprov sumsel segera wujudkan internet";
    auto item = articleToItem(article);
    REQUIRE(item);
    auto style = CslStyle::load("apa");
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    auto entry = processor->bibliography(item.value(), OutputFormat::Text);
    REQUIRE(entry);
    CHECK(entry.value() == "Dani, A., & Sutrisno. (2019, June 27). Pemprov sumsel segera wujudkan internet. "
                           "SINDOnews.com. https://sumsel.sindonews.com/read/00000/1/x");
}

TEST_CASE("cite: BibTeX, RIS and share exports of an article", "[cite][article]")
{
    const auto article = sampleArticle();
    const std::string bib = articleToBibtex(article);
    CHECK(bib.rfind("@article{dani2019pemprov,", 0) == 0);
    CHECK(bib.find("author = {Dani, Ahmad and {Sutrisno}}") != std::string::npos);
    CHECK(bib.find("title = {{Pemprov} {Sumsel} {Segera}") != std::string::npos);
    CHECK(bib.find("journal = {{SINDOnews.com}}") != std::string::npos);
    CHECK(bib.find("year = {2019}") != std::string::npos);
    CHECK(bib.find("month = jun,") != std::string::npos);
    CHECK(bib.find("entrysubtype") == std::string::npos); // biblatex only
    CHECK(bib.find("urldate = {2026-11-28}") != std::string::npos);
    CHECK(bib.find("language = {indonesian}") != std::string::npos);
    CHECK(bib.find(",\n}") == std::string::npos);
    ItemOptions biblatex;
    biblatex.bibtexDialect = BibtexDialect::Biblatex;
    const std::string biblatexEntry = articleToBibtex(article, biblatex);
    CHECK(biblatexEntry.rfind("@article{dani2019pemprov,", 0) == 0);
    CHECK(biblatexEntry.find("entrysubtype = {newspaper}") != std::string::npos);
    CHECK(biblatexEntry.find("journaltitle = {{SINDOnews.com}}") != std::string::npos);
    CHECK(biblatexEntry.find("date = {2019-06-27}") != std::string::npos);
    CHECK(biblatexEntry.find("langid = {indonesian}") != std::string::npos);
    CHECK(biblatexEntry.find("journal =") == std::string::npos);
    auto undated = article;
    undated.published.reset();
    CHECK(articleToBibtex(undated).rfind("@misc{", 0) == 0);
    CHECK(articleToBibtex(undated).find("howpublished = {{SINDOnews.com}}") != std::string::npos);
    CHECK(articleToBibtex(undated, biblatex).rfind("@online{", 0) == 0);
    auto punctuated = article;
    punctuated.title = "Menteri Agama, BP Haji, dan BPKH Datangi KPK, Ada Apa?";
    CHECK(articleToBibtex(punctuated)
                  .find("title = {{Menteri} {Agama}, {BP} {Haji}, dan {BPKH} {Datangi} {KPK}, {Ada} "
                        "{Apa}?}") != std::string::npos);

    const std::string ris = articleToRis(article);
    CHECK(ris.rfind("TY  - NEWS\n", 0) == 0);
    CHECK(ris.find("AU  - Dani, Ahmad\n") != std::string::npos);
    CHECK(ris.find("DA  - 2019/06/27\n") != std::string::npos);
    CHECK(ris.find("ER  - \n") != std::string::npos);

    CHECK(articleShareBlock(article) == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa\n"
                                        "SINDOnews.com \u00B7 Kamis, 27 Juni 2019, 17.54 WIB\n"
                                        "https://sumsel.sindonews.com/read/00000/1/x\n");
}
