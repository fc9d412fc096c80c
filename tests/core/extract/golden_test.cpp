// Golden tests: the whole extracted article, compared with the reviewed gold
// answer beside each saved page. On a mismatch the actual JSON is written to
// the build tree with the diff command to run.
#include "golden_support.h"

#include "warta/article/article_json.h"
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;

namespace {

void checkGoldFolder(const fs::path &folder, const std::vector<std::string> &skipKeys)
{
    const auto golds = warta::test::goldFilesBelow(folder);
    REQUIRE_FALSE(golds.empty());
    for (const auto &gold : golds) {
        const fs::path page = warta::test::pageBesideGold(gold);
        INFO("page: " << page.string());
        REQUIRE_FALSE(page.empty());
        const auto article = warta::extractFile(page.string());
        REQUIRE(article.has_value());
        const auto actual = nlohmann::json::parse(warta::articleToJson(*article));
        const auto differences =
                warta::test::goldDifferences(warta::test::readJsonFile(gold), actual, skipKeys);
        if (!differences.empty()) {
            const fs::path actualPath = fs::path(WARTA_ACTUAL_DIR) / (page.stem().string() + ".actual.json");
            std::ofstream(actualPath) << actual.dump(2) << '\n';
            std::string report;
            for (const auto &line : differences)
                report += "  " + line + "\n";
            FAIL_CHECK(page.filename().string()
                       << " differs from its gold file:\n"
                       << report << "  diff " << gold.string() << " " << actualPath.string());
        }
    }
}

} // namespace

TEST_CASE("SINDOnews reconstructed pages match their gold articles", "[extract][golden]")
{
    checkGoldFolder(fs::path(WARTA_FIXTURE_DIR) / "sindonews" / "reconstructed", {});
}

TEST_CASE("SINDOnews quote pages match their gold articles", "[extract][golden]")
{
    checkGoldFolder(fs::path(WARTA_FIXTURE_DIR) / "sindonews" / "quotes", {});
}

TEST_CASE("Real pages of other sites match their reviewed articles", "[extract][golden]")
{
    checkGoldFolder(fs::path(WARTA_FIXTURE_DIR) / "other" / "real", {});
}
