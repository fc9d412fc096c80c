// The contract every extractor keeps: it has fixtures, claims its own pages,
// and declines or degrades on others without crashing.
#include "dom/html_document.h"
#include "extract/extractor.h"
#include "golden_support.h"
#include "meta/page_metadata.h"

#include "warta/load/saved_page.h"
#include "warta/sites/sites.h"

#include <algorithm>

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace warta;

namespace {

struct Scored {
    std::string best;
    bool extracted = false;
    std::vector<std::pair<std::string, int>> scores; ///< every extractor's
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
        result.scores.emplace_back(std::string(extractor->name()), score);
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

// The registry is data: every installed rules file has fixture pages in
// tests/fixtures/sites/<file name>/, its extractor claims them, and every
// other site's declines them; a folder without rules goes to the generic
// extractor. Every pair of sites is tried.
TEST_CASE("Each site claims its own pages and declines every other site's", "[extract][registry]")
{
    const fs::path root = fs::path(WARTA_FIXTURE_DIR) / "sites";
    const auto sites = installedSites();
    for (const auto &site : sites) {
        INFO("site: " << site.id);
        CHECK(fs::is_directory(root / site.id));
        CHECK_FALSE(test::goldFilesBelow(root / site.id).empty());
    }
    int pages = 0;
    for (const auto &entry : fs::directory_iterator(root)) {
        if (!entry.is_directory())
            continue;
        const std::string folder = entry.path().filename().string();
        const bool hasRules = std::any_of(sites.begin(), sites.end(),
                                          [&](const InstalledSite &site) { return site.id == folder; });
        for (const auto &gold : test::goldFilesBelow(entry.path())) {
            INFO(gold.string());
            const Scored scored = runRegistry(test::pageBesideGold(gold));
            CHECK(scored.best == (hasRules ? folder : std::string("generic")));
            CHECK(scored.extracted);
            for (const auto &[name, score] : scored.scores) {
                if (name != "generic" && name != folder)
                    CHECK(score == 0);
            }
            ++pages;
        }
    }
    CHECK(pages > 0);
}

TEST_CASE("The registry lists the generic extractor last, as the fallback", "[extract][registry]")
{
    const auto &registry = extractorRegistry();
    REQUIRE(registry.size() >= 2);
    CHECK(registry.back()->name() == "generic");
}
