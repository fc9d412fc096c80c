#include "load/mhtml.h"
#include "load/mime.h"

#include "warta/load/saved_page.h"

#include <catch2/catch.hpp>

#include <string>

using namespace warta;
using namespace warta;

namespace {

// An MHTML file in Blink's layout; `eol` is "\r\n" or "\n".
std::string blinkArchive(const std::string &eol, bool closed = true)
{
    const std::string b = "----MultipartBoundary--abc123----";
    std::string m;
    m += "From: <Saved by Blink>" + eol;
    m += "Snapshot-Content-Location: https://example.com/read/1/berita" + eol;
    m += "Subject: Berita" + eol;
    m += "Date: Thu, 23 Jan 2025 10:02:00 -0000" + eol;
    m += "MIME-Version: 1.0" + eol;
    m += "Content-Type: multipart/related;" + eol;
    m += "\ttype=\"text/html\";" + eol;
    m += "\tboundary=\"" + b + "\"" + eol + eol + eol;
    m += "--" + b + eol;
    m += "Content-Type: text/html" + eol;
    m += "Content-Transfer-Encoding: quoted-printable" + eol;
    m += "Content-Location: https://example.com/read/1/berita" + eol + eol;
    m += "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=" + eol;
    m += "=3DUTF-8\"></head><body><p>=E2=80=9CKata=E2=80=9D =E2=80=93 panjang sekali ya=" + eol;
    m += "ng baris</p></body></html>" + eol;
    m += "--" + b + eol;
    m += "Content-Type: image/gif" + eol;
    m += "Content-Transfer-Encoding: base64" + eol;
    m += "Content-Location: https://example.com/x.gif" + eol + eol;
    m += "R0lGODlhAQABAAAAACw=" + eol;
    if (closed)
        m += "--" + b + "--" + eol;
    return m;
}

} // namespace

TEST_CASE("quoted-printable: =XX, soft line breaks, malformed =", "[load][mhtml]")
{
    CHECK(decodeQuotedPrintable("a=3Db=3db") == "a=b=b");
    CHECK(decodeQuotedPrintable("panjang=\r\nsekali") == "panjangsekali");
    CHECK(decodeQuotedPrintable("panjang=\nsekali") == "panjangsekali");
    CHECK(decodeQuotedPrintable("trailing= \t\r\nspace") == "trailingspace");
    CHECK(decodeQuotedPrintable("=E2=80=9C") == "“");
    CHECK(decodeQuotedPrintable("keep =ZZ and =") == "keep =ZZ and ");
    CHECK(decodeQuotedPrintable("hard\r\nbreak") == "hard\r\nbreak");
}

TEST_CASE("base64 ignores line breaks and stops at padding", "[load][mhtml]")
{
    CHECK(decodeBase64("S2F0YQ==") == "Kata");
    CHECK(decodeBase64("S2F0\r\nYSBr\nYW11") == "Kata kamu");
    CHECK(decodeBase64("") == "");
    CHECK(decodeBase64("TWE=junk") == "Ma");
}

TEST_CASE("MIME headers unfold continuation lines", "[load][mhtml]")
{
    std::size_t body = 0;
    const auto h = MimeHeaders::parse("Subject: one\r\n two\r\nContent-Type: multipart/related;\r\n"
                                      "\tboundary=\"xyz\"\r\n\r\nBODY",
                                      body);
    CHECK(h.value("subject") == std::optional<std::string_view>("one two"));
    const auto type = ContentType::parse(std::string(*h.value("CONTENT-TYPE")));
    CHECK(type.mediaType == "multipart/related");
    CHECK(type.parameter("boundary") == std::optional<std::string>("xyz"));
    CHECK(body ==
          std::string(
                  "Subject: one\r\n two\r\nContent-Type: multipart/related;\r\n\tboundary=\"xyz\"\r\n\r\n")
                  .size());
}

TEST_CASE("a Blink MHTML archive is unpacked (CRLF and LF-only)", "[load][mhtml]")
{
    const std::string eol = GENERATE(std::string("\r\n"), std::string("\n"));
    auto archive = parseMhtml(blinkArchive(eol));
    REQUIRE(archive.has_value());
    CHECK(archive->html.find("<p>“Kata” – panjang sekali yang baris</p>") != std::string::npos);
    CHECK(archive->html.find("charset=UTF-8") != std::string::npos);
    CHECK(archive->savedFromUrl == std::optional<std::string>("https://example.com/read/1/berita"));
    CHECK(archive->savedAt == std::optional<std::string>("2025-01-23T10:02:00+00:00"));
    CHECK_FALSE(archive->truncated);
    REQUIRE(archive->resources.size() == 1);
    CHECK(archive->resources[0].location == "https://example.com/x.gif");
    CHECK(archive->resources[0].contentType == "image/gif");
    CHECK(archive->resources[0].bytes.substr(0, 6) == "GIF89a");
}

TEST_CASE("the main part is the Snapshot-Content-Location one", "[load][mhtml]")
{
    const std::string m =
            "Snapshot-Content-Location: https://e.com/main\n"
            "Content-Type: multipart/related; boundary=BB\n\n"
            "--BB\nContent-Type: text/html\nContent-Location: https://e.com/ad-frame\n\n<p>iklan</p>\n"
            "--BB\nContent-Type: text/html; charset=windows-1252\nContent-Location: https://e.com/main\n\n"
            "<p>berita</p>\n--BB--\n";
    auto archive = parseMhtml(m);
    REQUIRE(archive.has_value());
    CHECK(archive->html == "<p>berita</p>");
    CHECK(archive->charset == std::optional<std::string>("windows-1252"));
}

TEST_CASE("a truncated MHTML still loads, with a note", "[load][mhtml]")
{
    std::string m = blinkArchive("\r\n", false);
    auto archive = parseMhtml(m);
    REQUIRE(archive.has_value());
    CHECK(archive->truncated);
    auto page = loadSavedBytes(m, "page.mhtml");
    REQUIRE(page.has_value());
    CHECK(page->source.container == Container::Mhtml);
    CHECK(page->html.find("“Kata”") != std::string::npos);
    bool noted = false;
    for (const auto &d : page->diagnostics)
        noted = noted || d.code == DiagnosticCode::MhtmlTruncated;
    CHECK(noted);

    // Cut inside the HTML part's headers: nothing to show.
    const std::string cut = m.substr(0, m.find("Content-Transfer-Encoding: quoted"));
    auto broken = loadSavedBytes(cut, "page.mhtml");
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().code == ErrorCode::BadContainer);
}

TEST_CASE("broken MHTML containers are refused with BadContainer", "[load][mhtml]")
{
    const std::string noBoundary =
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"\r\n\r\nx";
    const std::string neverUsed = "Content-Type: multipart/related; boundary=QQ\r\n\r\n<p>no parts</p>";
    const std::string noHtml =
            "Content-Type: multipart/related; boundary=QQ\r\n\r\n--QQ\r\nContent-Type: text/css\r\n\r\n"
            "p{}\r\n--QQ--\r\n";
    for (const std::string &bytes : {noBoundary, neverUsed, noHtml}) {
        auto page = loadSavedBytes(bytes, "broken.mhtml");
        REQUIRE_FALSE(page.has_value());
        CHECK(page.error().code == ErrorCode::BadContainer);
        CHECK_FALSE(page.error().message.empty());
    }
}

TEST_CASE("an MHTML file is recognised without its extension", "[load][mhtml]")
{
    CHECK(looksLikeMhtml(blinkArchive("\r\n")));
    CHECK_FALSE(looksLikeMhtml("<html><body>Content-Type: multipart/related</body></html>"));
    CHECK_FALSE(looksLikeMhtml("\xef\xbb\xbf"
                               "Content-Type: multipart/related; boundary=x\n\n<p>"));
    CHECK_FALSE(looksLikeMhtml("Subject: no multipart here\n\n<p>x</p>"));
    auto page = loadSavedBytes(blinkArchive("\n"), "saved.html");
    REQUIRE(page.has_value());
    CHECK(page->source.container == Container::Mhtml);
    CHECK(page->source.encoding == "UTF-8");
    CHECK(page->savedFromUrl == std::optional<std::string>("https://example.com/read/1/berita"));
    CHECK(page->source.savedAt == std::optional<std::string>("2025-01-23T10:02:00+00:00"));
}

TEST_CASE("a single-part MHTML file is the page itself", "[load][mhtml]")
{
    const std::string single =
            "From: <Saved by a browser extension>\r\n"
            "Subject: Berita\r\n"
            "Date: Thu, 23 Jan 2025 10:02:00 +0700\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=windows-1252\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://example.com/read/2/berita\r\n\r\n"
            "<html><body><p>=93Kata=94 Jakarta =96 caf=E9 panjang se=\r\nkali</p></body></html>\r\n";
    CHECK(looksLikeMhtml(single));
    for (const char *name : {"saved.mht", "saved.html"}) {
        INFO(name);
        auto page = loadSavedBytes(single, name);
        REQUIRE(page.has_value());
        CHECK(page->source.container == Container::Mhtml);
        CHECK(page->source.encoding == "windows-1252");
        CHECK(page->html == "<html><body><p>\u201CKata\u201D Jakarta \u2013 caf\u00E9 panjang "
                            "sekali</p></body></html>\r\n");
        CHECK(page->savedFromUrl == std::optional<std::string>("https://example.com/read/2/berita"));
        CHECK(page->source.savedAt == std::optional<std::string>("2025-01-23T10:02:00+07:00"));
    }
    // Headers of an HTTP response saved before a page are not a MIME message.
    CHECK_FALSE(looksLikeMhtml("Content-Type: text/html\r\n\r\n<p>x</p>"));
}

TEST_CASE("an MHTML file cut anywhere loads or fails cleanly", "[load][mhtml]")
{
    // Regression guard for the splitter and the decoders: every prefix of a
    // real archive either loads or is refused with a container-level error.
    std::string archive = blinkArchive("\r\n");
    for (std::size_t cut = 0; cut <= archive.size(); ++cut) {
        INFO("cut at " << cut);
        auto page = loadSavedBytes(std::string_view(archive).substr(0, cut), "cut.mhtml");
        if (page.has_value()) {
            CHECK(page->source.container == Container::Mhtml);
        } else {
            const ErrorCode code = page.error().code;
            CHECK((code == ErrorCode::BadContainer || code == ErrorCode::EmptyFile ||
                   code == ErrorCode::NotHtml));
        }
    }
}
