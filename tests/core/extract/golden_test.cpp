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

// tests/fixtures/sites/<site>/ holds each site's pages, whether Warta has
// rules for it or reads it the generic way; sindonews/ there points at the
// SINDOnews corpus (reconstructed and quote pages).
TEST_CASE("Every site's fixture pages match their gold articles", "[extract][golden]")
{
    int folders = 0;
    for (const auto &entry : fs::directory_iterator(fs::path(WARTA_FIXTURE_DIR) / "sites")) {
        if (!entry.is_directory())
            continue;
        INFO("site folder: " << entry.path().string());
        checkGoldFolder(entry.path(), {});
        ++folders;
    }
    CHECK(folders >= 3);
}
