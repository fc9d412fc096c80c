// A library that is damaged, of a newer Warta, another program's database,
// or open read-only: a sentence and a way out, never a crash; the files the
// reader saved are never touched.

#include "library_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace warta;
namespace fs = std::filesystem;

namespace {

void runSql(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

std::string bytesOf(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("a damaged library says so, and rebuild keeps it aside", "[library]")
{
    test::ScratchLibrary scratch;
    const std::string garbage(8192, '\x5a');
    std::ofstream(scratch.path, std::ios::binary) << garbage;
    auto opened = Library::open(scratch.path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LibraryDamaged);
    CHECK_THAT(opened.error().message, Catch::Contains("rebuild"));

    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved);
    fs::copy_file(fs::path(WARTA_FIXTURE_DIR) / "sindonews" / "reconstructed" /
                          "g2-layanan-eyab-haji-jeddah.html",
                  saved / "haji.html");
    IndexReport report;
    auto rebuilt = Library::rebuild(scratch.path, {saved.string()}, {}, &report);
    REQUIRE(rebuilt);
    CHECK(report.added == 1);
    CHECK(rebuilt->status()->articles == 1);
    // The damaged file is kept aside, byte for byte.
    int asides = 0;
    for (const auto &entry : fs::directory_iterator(scratch.dir.path()))
        if (entry.path().filename().string().rfind("library.sqlite.damaged-", 0) == 0) {
            ++asides;
            CHECK(bytesOf(entry.path()) == garbage);
        }
    CHECK(asides == 1);
}

TEST_CASE("rebuild indexes the folders the old library listed", "[library]")
{
    test::ScratchLibrary scratch;
    const fs::path saved = scratch.dir.path() / "saved";
    fs::create_directories(saved);
    fs::copy_file(fs::path(WARTA_FIXTURE_DIR) / "sindonews" / "reconstructed" /
                          "g2-layanan-eyab-haji-jeddah.html",
                  saved / "haji.html");
    {
        Library library = scratch.open();
        REQUIRE(library.addFolders({saved.string()}));
    }
    runSql(scratch.path, "PRAGMA user_version = 99");
    auto rebuilt = Library::rebuild(scratch.path, {}, {});
    REQUIRE(rebuilt);
    CHECK(rebuilt->status()->articles == 1);
    CHECK(fs::exists(saved / "haji.html"));
}

TEST_CASE("a library of a newer Warta is refused, with the way out", "[library]")
{
    test::ScratchLibrary scratch;
    {
        Library library = scratch.open();
    }
    runSql(scratch.path, "PRAGMA user_version = " + std::to_string(librarySchemaVersion() + 1));
    for (const auto access : {LibraryAccess::ReadWrite, LibraryAccess::ReadOnly}) {
        auto opened = Library::open(scratch.path, access);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::LibraryTooNew);
        CHECK_THAT(opened.error().message, Catch::Contains("newer"));
    }
}

TEST_CASE("another program's database is not taken for a library", "[library]")
{
    test::ScratchLibrary scratch;
    runSql(scratch.path, "CREATE TABLE contacts(name TEXT)");
    auto opened = Library::open(scratch.path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LibraryDamaged);
    // And it is left as it was.
    runSql(scratch.path, "INSERT INTO contacts VALUES('still here')");
}

TEST_CASE("a library that lacks one of its tables is damaged, not a failed query later", "[library]")
{
    test::ScratchLibrary scratch;
    {
        Library library = scratch.open();
    }
    runSql(scratch.path, "DROP TABLE term");
    for (const auto access : {LibraryAccess::ReadWrite, LibraryAccess::ReadOnly}) {
        auto opened = Library::open(scratch.path, access);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::LibraryDamaged);
        CHECK_THAT(opened.error().message, Catch::Contains("'term'"));
    }
}

TEST_CASE("a read-only library reads and refuses to write", "[library]")
{
    test::ScratchLibrary scratch;
    CHECK(Library::open(scratch.path, LibraryAccess::ReadOnly).error().code == ErrorCode::NotFound);
    {
        Library library = scratch.open();
        REQUIRE(library.addExtracted(test::handMadeArticle("Judul", {"Isi berita desa."})));
    }
    Library reader = scratch.open(LibraryAccess::ReadOnly);
    CHECK(reader.readOnly());
    SearchQuery query;
    query.text = "desa";
    CHECK(reader.search(query)->total == 1);
    auto write = reader.addFolders({scratch.dir.path().string()});
    REQUIRE_FALSE(write);
    CHECK(write.error().code == ErrorCode::LibraryReadOnly);
}

TEST_CASE("a folder that does not exist is refused before anything is written", "[library]")
{
    test::ScratchLibrary scratch;
    Library library = scratch.open();
    auto report = library.addFolders({(scratch.dir.path() / "nowhere").string()});
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::NotFound);
    CHECK(library.status()->folders.empty());
}
