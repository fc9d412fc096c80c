#include "load/file_reader.h"
#include "temp_dir.h"

#include "warta/common/sha256.h"
#include "warta/load/file_bytes.h"
#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace warta;
using namespace std::string_literals;
using warta::test::TempDir;

namespace {

Error loadError(const std::string &path, const LoadLimits &limits = {})
{
    auto page = loadSavedFile(path, limits);
    REQUIRE_FALSE(page.has_value());
    return page.error();
}

} // namespace

TEST_CASE("a missing path is NotFound", "[load][errors]")
{
    TempDir dir;
    const auto e = loadError((dir.path() / "no-such-page.html").string());
    CHECK(e.code == ErrorCode::NotFound);
    CHECK(e.message == "There is no such file.");
    CHECK(loadError((dir.path() / "missing-folder" / "x.html").string()).code == ErrorCode::NotFound);
}

TEST_CASE("a directory is NotAFile", "[load][errors]")
{
    TempDir dir;
    const auto e = loadError(dir.path().string());
    CHECK(e.code == ErrorCode::NotAFile);
    CHECK(e.message.find("folder") != std::string::npos);
}

TEST_CASE("an unreadable file is PermissionDenied", "[load][errors]")
{
    // The mapping is checked directly, because root (who runs CI) may read
    // any file whatever its mode.
    const Error e = openFailure(EACCES);
    CHECK(e.code == ErrorCode::PermissionDenied);
    CHECK(e.message.find("permission denied") != std::string::npos);
    CHECK(openFailure(EPERM).code == ErrorCode::PermissionDenied);
    CHECK(openFailure(ENOENT).code == ErrorCode::NotFound);
    CHECK(openFailure(EIO).code == ErrorCode::ReadFailed);

    TempDir dir;
    const std::string path = dir.write("locked.html", "<html><p>x</p></html>");
    REQUIRE(::chmod(path.c_str(), 0) == 0);
    auto page = loadSavedFile(path);
    if (::geteuid() != 0) {
        REQUIRE_FALSE(page.has_value());
        CHECK(page.error().code == ErrorCode::PermissionDenied);
    } else {
        // Root reads it anyway; the mapping above covers the error path.
        CHECK(page.has_value());
    }
}

TEST_CASE("empty and whitespace-only files are EmptyFile", "[load][errors]")
{
    TempDir dir;
    CHECK(loadError(dir.write("empty.html", "")).code == ErrorCode::EmptyFile);
    CHECK(loadError(dir.write("blank.html", " \r\n\t\n  \n")).code == ErrorCode::EmptyFile);
    CHECK(loadError(dir.write("bom.html", "\xef\xbb\xbf\n")).code == ErrorCode::EmptyFile);
    CHECK(loadError(dir.write("utf16.html", "\xff\xfe \0\n\0"s)).code == ErrorCode::EmptyFile);
}

TEST_CASE("binary files are NotHtml, named in the message", "[load][errors]")
{
    struct Case {
        std::string name;
        std::string bytes;
        std::string word;
        DataKind kind;
    };
    const Case cases[] = {
            {"image.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s, "PNG", DataKind::PngImage},
            {"doc.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"s, "PDF", DataKind::PdfDocument},
            {"archive.zip", "PK\x03\x04\x14\0\0\0\x08\0"s, "ZIP", DataKind::ZipArchive},
            {"anim.gif", "GIF89a\x01\0\x01\0\x80\0\0"s, "GIF", DataKind::GifImage},
            {"photo.jpg", "\xff\xd8\xff\xe0\0\x10JFIF\0"s, "JPEG", DataKind::JpegImage},
            {"page.html.gz", "\x1f\x8b\x08\0\0\0\0\0\0\x03"s, "gzip", DataKind::GzipFile},
    };
    TempDir dir;
    for (const Case &c : cases) {
        INFO(c.name);
        const auto e = loadError(dir.write(c.name, c.bytes));
        CHECK(e.code == ErrorCode::NotHtml);
        CHECK(e.message.find(c.word) != std::string::npos);
        CHECK(e.dataKind == c.kind); // for the viewer to word in its own language
    }
    // Unknown binary: many control bytes, not UTF-16.
    std::string noise;
    for (unsigned i = 0; i < 4096; ++i)
        noise.push_back(static_cast<char>((i * 2654435761u) >> 13));
    CHECK(loadError(dir.write("noise.bin", noise)).code == ErrorCode::NotHtml);
    CHECK(loadError(dir.write("noise.bin", noise)).dataKind == DataKind::BinaryData);
    // Text without any markup is no page either.
    CHECK(loadError(dir.write("notes.txt", "just some notes\n")).code == ErrorCode::NotHtml);
    CHECK(loadError(dir.write("notes.txt", "just some notes\n")).dataKind == DataKind::PlainText);
}

TEST_CASE("a file over the limit is TooLarge, refused before reading", "[load][errors]")
{
    TempDir dir;
    const std::string path = (dir.path() / "huge.html").string();
    {
        // A sparse 80 MB file: refusing it must not need to read it.
        std::filesystem::resize_file(dir.write("huge.html", "<html>"), 80u * 1024u * 1024u);
    }
    const auto started = std::chrono::steady_clock::now();
    const auto e = loadError(path);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    CHECK(e.code == ErrorCode::TooLarge);
    CHECK(e.message == "The file is 80 MB; Warta opens pages up to 64 MB.");
    CHECK(elapsed < std::chrono::milliseconds(200));

    LoadLimits small;
    small.maxFileBytes = 1000;
    const auto tiny = loadError(dir.write("page.html", "<p>" + std::string(2000, 'x') + "</p>"), small);
    CHECK(tiny.code == ErrorCode::TooLarge);
    auto bytes = loadSavedBytes(std::string(1001, ' '), "mem.html", small);
    REQUIRE_FALSE(bytes.has_value());
    CHECK(bytes.error().code == ErrorCode::TooLarge);
}

TEST_CASE("sizes are described in plain words", "[load][errors]")
{
    CHECK(describeSize(512) == "512 bytes");
    CHECK(describeSize(2048) == "2 KB");
    CHECK(describeSize(64u * 1024u * 1024u) == "64 MB");
    CHECK(describeSize(80u * 1024u * 1024u + 52429u) == "80.1 MB");
}

TEST_CASE("a 50 MB page loads within the limit, quickly", "[load][large]")
{
    TempDir dir;
    std::string page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n";
    const std::string paragraph =
            "<p>“Kami tidak akan mundur,” kata Gubernur Sumsel – Herman Deru – di Palembang.</p>\n";
    page.reserve(50u * 1024u * 1024u + 1024u);
    while (page.size() < 50u * 1024u * 1024u)
        page += paragraph;
    page += "</body></html>\n";
    const std::string path = dir.write("big.html", page);

    const auto started = std::chrono::steady_clock::now();
    auto loaded = loadSavedFile(path);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    REQUIRE(loaded.has_value());
    CHECK((loaded->html == page)); // not CHECK(a == b): it would print 50 MB
    CHECK(loaded->source.bytes == page.size());
    CHECK(loaded->source.encoding == "UTF-8");
    CHECK(loaded->source.sha256 == sha256Hex(page));
#ifdef NDEBUG
    // Generous for a shared 2-core machine: reading, hashing and validating
    // 50 MB take about 0.6 s there in an optimised build (also with the
    // sanitizers, under 2 s). An unoptimised build hashes ten times slower,
    // so the bound holds for optimised builds only.
    CHECK(elapsed < std::chrono::seconds(5));
#else
    (void)elapsed;
#endif
}

TEST_CASE("a FIFO is NotAFile at once, with or without a writer", "[load][errors][fifo]")
{
    TempDir dir;
    const std::string path = (dir.path() / "pipe.html").string();
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    // No writer: an open without O_NONBLOCK would wait here for ever.
    const auto started = std::chrono::steady_clock::now();
    const auto e = loadError(path);
    CHECK(e.code == ErrorCode::NotAFile);
    CHECK(e.message ==
          "It is not a regular file (a device, pipe or socket), so it cannot be opened as a saved page.");
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
    // The same through the reader every other file goes through.
    auto bytes = readFileBytes(path, 1000, FileKind{"a CSL-JSON file", "CSL-JSON files"});
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().message ==
          "It is not a regular file (a device, pipe or socket), so it cannot be opened as a CSL-JSON file.");
}

TEST_CASE("a device that never ends is refused before it is read", "[load][errors]")
{
    // /dev/zero reads zeros for ever; its size says 0. Refused from the descriptor's type.
    const auto e = loadError("/dev/zero");
    CHECK(e.code == ErrorCode::NotAFile);
    auto bytes = readFileBytes("/dev/zero", 1000);
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().code == ErrorCode::NotAFile);
    // A symbolic link to it too: the check is on what was opened, not on the name.
    TempDir dir;
    const auto link = dir.path() / "zero.html";
    std::filesystem::create_symlink("/dev/zero", link);
    CHECK(loadError(link.string()).code == ErrorCode::NotAFile);
}

TEST_CASE("the reader names what it expected and its limit", "[load][errors]")
{
    TempDir dir;
    auto folder = readFileBytes(dir.path().string(), 1000, FileKind{"a CSL style", "styles"});
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == ErrorCode::NotAFile);
    CHECK(folder.error().message == "It is a folder, not a CSL style.");
    auto large = readFileBytes(dir.write("big.json", std::string(3000, ' ')), 2048,
                               FileKind{"a CSL-JSON file", "CSL-JSON files"});
    REQUIRE_FALSE(large);
    CHECK(large.error().code == ErrorCode::TooLarge);
    CHECK(large.error().message == "The file is 3 KB; Warta opens CSL-JSON files up to 2 KB.");
    auto head = readFileHead(dir.write("style.csl", std::string(3000, 'x')), 100);
    REQUIRE(head);
    CHECK(head->size() == 100);
}

TEST_CASE("UTF-32 with a byte order mark is decoded", "[load][charset]")
{
    auto utf32 = [](const std::u32string &text, bool bigEndian) {
        std::string bytes;
        for (char32_t c : U"\uFEFF" + text)
            for (int i = 0; i < 4; ++i)
                bytes.push_back(static_cast<char>((c >> (8 * (bigEndian ? 3 - i : i))) & 0xFF));
        return bytes;
    };
    const std::u32string page = U"<html><body><p>Berita hari ini — \u201Ckutipan\u201D</p></body></html>";
    for (bool bigEndian : {false, true}) {
        INFO((bigEndian ? "UTF-32BE" : "UTF-32LE"));
        auto loaded = loadSavedBytes(utf32(page, bigEndian), "page.html");
        REQUIRE(loaded);
        CHECK(loaded->source.encoding == (bigEndian ? "UTF-32BE" : "UTF-32LE"));
        CHECK(loaded->html == "<html><body><p>Berita hari ini \u2014 \u201Ckutipan\u201D</p></body></html>");
    }
}
