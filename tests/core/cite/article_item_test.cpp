// The CSL item of an article is built directly from the Article; it must hold exactly what
// reading the article's own CSL-JSON export back gives, on every fixture page and on fields
// written to catch a difference between the two paths: names CSL-JSON's reading changes
// (particles, a suffix after a comma, apostrophes), bytes that are not UTF-8, empty fields,
// dates with no day or no year.
#include "golden_support.h"

#include "cite/csl_item.h"
#include "warta/cite/article_item.h"
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

using namespace warta;
using detail::CslDate;
using detail::CslName;
using detail::ItemData;

std::string describe(const CslName &name)
{
    return "{family=" + name.family + " given=" + name.given + " dropping=" + name.droppingParticle +
           " non-dropping=" + name.nonDroppingParticle + " suffix=" + name.suffix +
           " literal=" + name.literal + " comma-suffix=" + (name.commaSuffix ? "1" : "0") + "}";
}

std::string describe(const CslDate &date)
{
    std::ostringstream out;
    out << "{";
    for (const auto &part : date.parts)
        out << "[" << part[0] << "," << part[1] << "," << part[2] << "]";
    out << " literal=" << date.literal << " season=" << date.season << " circa=" << date.circa << "}";
    return out.str();
}

// Every field of an item as lines of text, so that a difference names its field.
std::string describe(const ItemData &item)
{
    std::ostringstream out;
    out << "id=" << item.id << "\ntype=" << item.type << "\nlanguage=" << item.language << "\n";
    for (const auto &[key, value] : item.vars)
        out << "var " << key << "=" << value << "\n";
    for (const auto &[key, names] : item.names) {
        out << "names " << key << ":";
        for (const auto &name : names)
            out << " " << describe(name);
        out << "\n";
    }
    for (const auto &[key, date] : item.dates)
        out << "date " << key << "=" << describe(date) << "\n";
    return out.str();
}

void checkSameAsThroughJson(const Article &article, const ItemOptions &options = {})
{
    const auto direct = articleToItem(article, options);
    const auto throughJson = CslItem::fromJson(articleToCslJson(article, options));
    REQUIRE(direct);
    REQUIRE(throughJson);
    CHECK(describe(direct->data()) == describe(throughJson->data()));
}

Article plainArticle()
{
    Article article;
    article.site = "Contoh News";
    article.title = "Gubernur Meresmikan Jaringan Desa";
    article.language = "id";
    article.url = "https://example.id/read/1/x";
    article.authors = {{"Ahmad Dani", AuthorRole::Reporter}, {"Solo", AuthorRole::Writer}};
    article.published = ZonedTime{epochFromCivil(2019, 6, 27, 10, 54, 0), 420};
    article.source.savedAt = "2026-11-28T09:00:00+07:00";
    return article;
}

} // namespace

TEST_CASE("article item: the direct item equals the CSL-JSON export read back, on every fixture page",
          "[cite][item]")
{
    const auto golds = warta::test::goldFilesBelow(WARTA_FIXTURE_DIR);
    REQUIRE(golds.size() > 10);
    for (const auto &gold : golds) {
        const auto page = warta::test::pageBesideGold(gold);
        INFO("page: " << page.string());
        const auto article = extractFile(page.string());
        if (!article)
            continue; // pages that are refused have no citation
        checkSameAsThroughJson(*article, {"2026-12-04", "", BibtexDialect::Bibtex});
    }
}

TEST_CASE("article item: names that CSL-JSON's name reading changes come out the same", "[cite][item]")
{
    for (const std::string name :
         {"Ahmad Dani", "Solo", "Vincent van der Berg", "Ludwig van Beethoven jr", "Budi, Jr. Santoso",
          "Budi,! Jr. Santoso", "Dewi O'Neil", "d'Artagnan", "Ani de la Cruz", "  Spaced  Name  ", "A}B {C",
          "Nama\xC3\x28Rusak", "\xFF\xFE"}) {
        INFO("name: " << name);
        Article article = plainArticle();
        article.authors = {{name, AuthorRole::Reporter}, {"Editor Only", AuthorRole::Editor}};
        checkSameAsThroughJson(article);
    }
}

TEST_CASE("article item: text that is not UTF-8, empty fields and missing dates come out the same",
          "[cite][item]")
{
    SECTION("ill-formed bytes in every string field")
    {
        Article article = plainArticle();
        article.title = "Judul \xC3 setengah \xE2\x82 dan \xED\xA0\x80 surrogat \xF4\x90\x80\x80";
        article.site = "Situs\x80";
        article.language = "id\xFF";
        article.url = "https://example.id/\xC0\xAF";
        checkSameAsThroughJson(article);
        checkSameAsThroughJson(article, {"2026-12-04", "kunci\xE9", BibtexDialect::Bibtex});
    }
    SECTION("empty and absent fields")
    {
        Article article;
        checkSameAsThroughJson(article, {"2026-12-04", "", BibtexDialect::Bibtex});
        article.url = "";
        article.savedFromUrl = "";
        checkSameAsThroughJson(article, {"2026-12-04", "", BibtexDialect::Bibtex});
    }
    SECTION("dates at the edges of date-parts")
    {
        Article article = plainArticle();
        article.published = ZonedTime{epochFromCivil(0, 1, 1, 0, 0, 0), 0};
        checkSameAsThroughJson(article);
        article.published = ZonedTime{epochFromCivil(-44, 3, 15, 12, 0, 0), 0};
        checkSameAsThroughJson(article);
        article.published = ZonedTime{epochFromCivil(2019, 6, 27, 0, 0, 0), 0, false, false};
        checkSameAsThroughJson(article);
        article.source.savedAt = "not a date";
        checkSameAsThroughJson(article, {"0000-00-00", "", BibtexDialect::Bibtex});
    }
}
