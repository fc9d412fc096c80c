// Indexing saved files: new, unchanged, changed, moved, removed; several
// saves of one URL; the same bytes in two places; files without an article.

#include "library_test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace warta;
namespace fs = std::filesystem;

namespace {

const fs::path kPages = fs::path(WARTA_FIXTURE_DIR) / "sindonews" / "reconstructed";
// Two different articles (two URLs).
const fs::path kVillage = kPages / "g2-legacy-pemprov-sumsel-internet-masuk-desa.html";
const fs::path kHajj = kPages / "g2-layanan-eyab-haji-jeddah.html";

std::string bytesOf(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::size_t countOf(const Library &library, const std::string &words)
{
    SearchQuery query;
    query.text = words;
    auto found = library.search(query);
    REQUIRE(found);
    return found->total;
}

} // namespace

TEST_CASE("indexing a folder: articles, copies, assets and files without an article", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved / "sub" / "Desa_files");
    fs::copy_file(kVillage, saved / "desa.html");
    fs::copy_file(kVillage, saved / "sub" / "desa-copy.HTML"); // the same bytes elsewhere
    fs::copy_file(kHajj, saved / "sub" / "haji.html");
    fs::copy_file(kHajj, saved / "sub" / "Desa_files" / "frame.html"); // a page's assets: skipped
    std::ofstream(saved / "picture.html", std::ios::binary) << "\x89PNG\r\n\x1a\n binary";
    std::ofstream(saved / "notes.txt") << "not a page";

    Library library = scratch.open();
    auto report = library.addFolders({saved.string()});
    REQUIRE(report);
    CHECK(report->seen == 4);
    CHECK(report->added == 3);
    CHECK(report->failed == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems[0].code == ErrorCode::NotHtml);

    auto status = library.status();
    REQUIRE(status);
    CHECK(status->files == 4);
    CHECK(status->versions == 2);
    CHECK(status->articles == 2);
    CHECK(status->folders == std::vector<std::string>{fs::weakly_canonical(saved).string()});
    REQUIRE(status->problems.size() == 1);
    CHECK(fs::path(status->problems[0].path).filename() == "picture.html");
    CHECK(status->textBytes > 1000);
    CHECK(status->databaseBytes > 0);
    CHECK(countOf(library, "internet desa") == 1);

    // Nothing changed: nothing is read again.
    auto again = library.update();
    REQUIRE(again);
    CHECK(again->unchanged == 4);
    CHECK(again->added + again->changed + again->removed == 0);
}

TEST_CASE("updating: changed, moved and removed files", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved);
    fs::copy_file(kVillage, saved / "desa.html");
    fs::copy_file(kHajj, saved / "haji.html");
    Library library = scratch.open();
    REQUIRE(library.addFolders({saved.string()}));
    const auto articlesBefore = library.articles({}, ArticleOrder::Title, 0, 10).value();
    REQUIRE(articlesBefore.size() == 2);

    fs::rename(saved / "desa.html", saved / "moved-desa.html");
    fs::remove(saved / "haji.html");
    auto report = library.update();
    REQUIRE(report);
    CHECK(report->moved == 1);
    CHECK(report->removed == 1);
    CHECK(report->added == 0);
    auto status = library.status().value();
    CHECK(status.articles == 1);
    CHECK(status.files == 1);
    CHECK(countOf(library, "jeddah") == 0);
    // The moved file keeps its article.
    auto after = library.articles({}, ArticleOrder::Title, 0, 10).value();
    REQUIRE(after.size() == 1);
    CHECK(fs::path(after[0].path).filename() == "moved-desa.html");
    CHECK(after[0].id ==
          (articlesBefore[0].title == after[0].title ? articlesBefore[0].id : articlesBefore[1].id));
}

TEST_CASE("two saves of one URL are versions of one article, the newest shown", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved);
    std::string page = bytesOf(kVillage);
    fs::copy_file(kVillage, saved / "first-save.html");
    fs::last_write_time(saved / "first-save.html", fs::file_time_type::clock::now() - std::chrono::hours(48));
    // A later save of the same page: one more paragraph-free comment, other bytes.
    std::ofstream(saved / "second-save.html", std::ios::binary) << page << "<!-- saved again -->";

    Library library = scratch.open();
    REQUIRE(library.addFolders({saved.string()}));
    auto status = library.status().value();
    CHECK(status.articles == 1);
    CHECK(status.versions == 2);
    auto rows = library.articles({}, ArticleOrder::Newest, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].versionCount == 2);
    CHECK(fs::path(rows[0].path).filename() == "second-save.html");
    auto versions = library.versions(rows[0].id).value();
    REQUIRE(versions.size() == 2);
    CHECK(fs::path(versions[0].paths.at(0)).filename() == "second-save.html");
    // One article: a search finds it once, its quotes count once.
    CHECK(countOf(library, "internet") == 1);
    const auto quotesShown = rows[0].quoteCount;
    CHECK(library.status()->quotes == quotesShown);

    // The newest save goes: the older one is shown again, with its text searchable.
    fs::remove(saved / "second-save.html");
    REQUIRE(library.update());
    rows = library.articles({}, ArticleOrder::Newest, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].versionCount == 1);
    CHECK(fs::path(rows[0].path).filename() == "first-save.html");
    CHECK(countOf(library, "internet") == 1);
}

TEST_CASE("a cancelled run keeps what it committed, and the next run goes on", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved);
    int n = 0;
    for (const auto &entry : fs::directory_iterator(kPages))
        if (entry.path().extension() == ".html" && n < 6)
            fs::copy_file(entry.path(), saved / ("page" + std::to_string(n++) + ".html"));
    std::atomic<bool> cancel{false};
    IndexOptions options;
    options.jobs = 1;
    options.commitEvery = 1;
    options.cancel = &cancel;
    options.progress = [&](const IndexProgress &progress) {
        if (progress.done == 2)
            cancel = true;
    };
    {
        Library library = scratch.open();
        auto report = library.addFolders({saved.string()}, options);
        REQUIRE(report);
        CHECK(report->cancelled);
        CHECK(library.status()->files >= 2);
        CHECK(library.status()->files < 6);
    }
    Library reopened = scratch.open();
    auto rest = reopened.update();
    REQUIRE(rest);
    CHECK_FALSE(rest->cancelled);
    CHECK(rest->unchanged >= 2);
    CHECK(reopened.status()->files == 6);
}

TEST_CASE("a folder that is gone keeps its articles until it is back", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path disk = scratch.dir.path() / "usb";
    fs::create_directories(disk);
    fs::copy_file(kHajj, disk / "haji.html");
    Library library = scratch.open();
    REQUIRE(library.addFolders({disk.string()}));
    fs::rename(disk, scratch.dir.path() / "unplugged");
    auto report = library.update();
    REQUIRE(report);
    CHECK(report->removed == 0);
    REQUIRE(report->problems.size() == 1);
    CHECK_THAT(report->problems[0].reason, Catch::Contains("stay in the library"));
    CHECK(library.status()->articles == 1);
    fs::rename(scratch.dir.path() / "unplugged", disk);
    auto back = library.update();
    REQUIRE(back);
    CHECK(back->unchanged == 1);
}

TEST_CASE("file names the library reads", "[library]")
{
    CHECK(isLibraryFileName("/a/b/page.html"));
    CHECK(isLibraryFileName("/a/b/page.MHT"));
    CHECK(isLibraryFileName("page.xhtml"));
    CHECK_FALSE(isLibraryFileName("/a/b/page.txt"));
    CHECK_FALSE(isLibraryFileName("/a/Page_files/ad.html"));
    CHECK_FALSE(isLibraryFileName("/a/Seite-Dateien/ad.htm"));
}
