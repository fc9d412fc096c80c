// The contract every extractor keeps: it has fixtures, claims its own pages,
// and declines or degrades on others without crashing.
#include "dom/html_document.h"
#include "extract/extractor.h"
#include "golden_support.h"
#include "meta/page_metadata.h"

#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace warta;

namespace {

struct Scored {
    std::string best;
    bool extracted = false;
};

Scored runRegistry(const fs::path &page)
{
    auto saved = loadSavedFile(page.string());
    REQUIRE(saved.has_value());
    auto document = HtmlDocument::parse(saved->html);
    REQUIRE(document.has_value());
    const PageMetadata metadata = readPageMetadata(*document);
    const PageContext context{*saved, *document, metadata};
    Scored result;
    int bestScore = 0;
    for (const Extractor *extractor : extractorRegistry()) {
        const int score = extractor->matchScore(context);
        if (score > bestScore) {
            bestScore = score;
            result.best = std::string(extractor->name());
        }
        // Every extractor must survive every page, whether it claims it or not.
        const auto article = extractor->extract(context);
        if (article.has_value() && std::string(extractor->name()) == result.best)
            result.extracted = true;
    }
    return result;
}

} // namespace

TEST_CASE("The SINDOnews extractor claims every SINDOnews page", "[extract][registry]")
{
    for (const auto &gold : test::goldFilesBelow(fs::path(WARTA_FIXTURE_DIR) / "sindonews")) {
        INFO(gold.string());
        const Scored scored = runRegistry(test::pageBesideGold(gold));
        CHECK(scored.best == "sindonews");
        CHECK(scored.extracted);
    }
}

TEST_CASE("Other sites go to the generic extractor", "[extract][registry]")
{
    for (const auto &gold : test::goldFilesBelow(fs::path(WARTA_FIXTURE_DIR) / "other")) {
        INFO(gold.string());
        const Scored scored = runRegistry(test::pageBesideGold(gold));
        CHECK(scored.best == "generic");
        CHECK(scored.extracted);
    }
}

TEST_CASE("The registry lists the generic extractor last, as the fallback", "[extract][registry]")
{
    const auto &registry = extractorRegistry();
    REQUIRE(registry.size() >= 2);
    CHECK(registry.back()->name() == "generic");
}
