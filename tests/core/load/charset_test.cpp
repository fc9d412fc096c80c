#include "load/charset.h"

#include "load/encoding_label.h"

#include <catch2/catch.hpp>

#include <string>

using namespace warta;
using namespace std::string_literals;

namespace {

DecodedText decode(std::string bytes, std::optional<std::string> declared = {})
{
    auto result = decodeToUtf8(std::move(bytes), declared);
    REQUIRE(result.has_value());
    return std::move(result).value();
}

bool hasNote(const DecodedText &d, std::string_view code)
{
    for (const auto &n : d.notes) {
        if (warta::diagnosticName(n.code) == code)
            return true;
    }
    return false;
}

// "<p>“Kata” – ok</p>" in UTF-16, built from code units so that the test
// does not depend on a converter.
std::string utf16(const std::u16string &text, bool littleEndian)
{
    std::string out;
    for (char16_t unit : text) {
        const auto hi = static_cast<char>(unit >> 8);
        const auto lo = static_cast<char>(unit & 0xff);
        out += littleEndian ? std::string{lo, hi} : std::string{hi, lo};
    }
    return out;
}

} // namespace

TEST_CASE("UTF-8 without a declaration passes through unchanged", "[load][charset]")
{
    const std::string page = "<p>“Kutipan” – caf\xc3\xa9</p>";
    const auto d = decode(page);
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == page);
    CHECK(d.notes.empty());
}

TEST_CASE("a UTF-8 BOM is removed and wins over a meta", "[load][charset]")
{
    const auto d = decode("\xef\xbb\xbf<meta charset=windows-1252><p>\xe2\x80\x93</p>");
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == "<meta charset=windows-1252><p>–</p>");
}

TEST_CASE("UTF-16LE and UTF-16BE with a BOM are converted", "[load][charset]")
{
    const std::u16string text = u"<p>\u201cKata\u201d \u2013 ok</p>";
    const auto le = decode("\xff\xfe" + utf16(text, true));
    CHECK(le.encoding == "UTF-16LE");
    CHECK(le.text == "<p>“Kata” – ok</p>");
    const auto be = decode("\xfe\xff" + utf16(text, false));
    CHECK(be.encoding == "UTF-16BE");
    CHECK(be.text == "<p>“Kata” – ok</p>");
}

TEST_CASE("UTF-16 without a BOM is recognised from its zero bytes", "[load][charset]")
{
    const auto le = decode(utf16(u"<html><body><p>Berita hari ini</p></body></html>", true));
    CHECK(le.encoding == "UTF-16LE");
    CHECK(le.text == "<html><body><p>Berita hari ini</p></body></html>");
}

TEST_CASE("windows-1252 declared in a meta is converted", "[load][charset]")
{
    const auto d = decode("<meta charset=\"windows-1252\"><p>\x93Kata\x94 \x96 Rp\xa0"
                          "5 caf\xe9 \x85</p>");
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text == "<meta charset=\"windows-1252\"><p>“Kata” – Rp\u00a05 café …</p>");
}

TEST_CASE("a declared ISO-8859-1 or US-ASCII is read as windows-1252", "[load][charset]")
{
    const auto latin =
            decode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\x93x\x94");
    CHECK(latin.encoding == "windows-1252");
    CHECK(latin.text.find("“x”") != std::string::npos);
    const auto ascii = decode("<meta charset=us-ascii>\x96");
    CHECK(ascii.encoding == "windows-1252");
    CHECK(ascii.text == "<meta charset=us-ascii>–");
}

TEST_CASE("a meta declaring UTF-16 means UTF-8", "[load][charset]")
{
    const auto d = decode("<meta charset=utf-16><p>\xc3\xa9</p>");
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == "<meta charset=utf-16><p>é</p>");
}

TEST_CASE("ISO-8859-2 and KOI8-R go through ICU", "[load][charset]")
{
    CHECK(decode("<meta charset=iso-8859-2><p>\xb1</p>").text == "<meta charset=iso-8859-2><p>ą</p>");
    CHECK(decode("<meta charset=koi8-r><p>\xc1</p>").text == "<meta charset=koi8-r><p>а</p>");
}

TEST_CASE("a declared UTF-8 contradicted by the bytes falls back to detection", "[load][charset]")
{
    std::string page = "<html><head><meta charset=\"utf-8\"></head><body>";
    for (int i = 0; i < 20; ++i)
        page += "<p>Menurut dia, \x93pemerintah harus bertindak\x94 \x96 kata pejabat itu di caf\xe9.</p>";
    page += "</body></html>";
    const auto d = decode(page);
    CHECK(d.encoding != "UTF-8");
    CHECK(hasNote(d, "charset-declared-wrong"));
    CHECK(d.text.find("\xef\xbf\xbd") == std::string::npos);
    CHECK(d.text.find("“pemerintah harus bertindak” – kata") != std::string::npos);
}

TEST_CASE("a declared legacy charset over valid UTF-8 is overruled", "[load][charset]")
{
    const auto d =
            decode("<meta charset=iso-8859-1><p>\xe2\x80\x9cKata\xe2\x80\x9d \xe2\x80\x93 caf\xc3\xa9</p>");
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == "<meta charset=iso-8859-1><p>“Kata” – café</p>");
    CHECK(hasNote(d, "charset-declared-wrong"));
    // Pure ASCII proves nothing: the declaration stands.
    const auto ascii = decode("<meta charset=iso-8859-1><p>Kata</p>");
    CHECK(ascii.encoding == "windows-1252");
    CHECK(ascii.notes.empty());
}

TEST_CASE("an undeclared 8-bit page is detected, not turned into U+FFFD", "[load][charset]")
{
    std::string page = "<html><body>";
    for (int i = 0; i < 20; ++i)
        page += "<p>Dia bilang \x93tidak ada toleransi\x94 \x96 tegasnya di Jakarta.</p>";
    page += "</body></html>";
    const auto d = decode(page);
    // ICU ranks windows-1254 about as high for such text; the Latin-1
    // family's common member wins (it is also the WHATWG default).
    CHECK(d.encoding == "windows-1252");
    CHECK(hasNote(d, "charset-detected"));
    CHECK(d.text.find("“tidak ada toleransi” – tegasnya") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in a UTF-8 page becomes U+FFFD", "[load][charset]")
{
    // Mostly good UTF-8 with a stray byte, a truncated sequence and a surrogate.
    const auto d =
            decode("<meta charset=utf-8><p>caf\xc3\xa9 “a” – b – c – \xff b \xe2\x80 c \xed\xa0\x80 d</p>");
    CHECK(d.encoding == "UTF-8");
    CHECK(d.text == "<meta charset=utf-8><p>café “a” – b – c – \ufffd b \ufffd c \ufffd\ufffd\ufffd d</p>");
    CHECK(hasNote(d, "invalid-utf8"));
}

TEST_CASE("NUL bytes become U+FFFD", "[load][charset]")
{
    const auto d = decode("<p>a\0b</p>"s);
    CHECK(d.text == "<p>a\ufffdb</p>");
    CHECK(hasNote(d, "nul-bytes"));
    const auto latin = decode("<meta charset=windows-1252><p>\x93\0</p>"s);
    CHECK(latin.text == "<meta charset=windows-1252><p>“\ufffd</p>");
}

TEST_CASE("a container's charset comes after the BOM and before the meta", "[load][charset]")
{
    const auto d = decode("<meta charset=utf-8>\x96", std::string("windows-1252"));
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text == "<meta charset=utf-8>–");
}

TEST_CASE("firstUtf8Problem and sanitizeUtf8 agree with the Encoding Standard", "[load][charset]")
{
    CHECK(firstUtf8Problem("plain ascii text, long enough for words") == 39);
    CHECK(firstUtf8Problem("abcdefgh\xc3\xa9xyz") == 13);
    CHECK(firstUtf8Problem("abcdefghij\xc0\xaf") == 10); // overlong
    CHECK(firstUtf8Problem("abcdefghijk\0"s) == 11);
    Utf8Repairs repairs;
    // F0 90 80 is a maximal subpart (one U+FFFD); C0 and AF are one each.
    CHECK(sanitizeUtf8(std::string("\xf0\x90\x80x\xc0\xaf"), repairs) == "\ufffdx\ufffd\ufffd");
    CHECK(repairs.invalid == 3);
    std::string clean = "already clean – ok";
    const char *before = clean.data();
    std::string after = sanitizeUtf8(std::move(clean), repairs);
    CHECK(after.data() == before); // moved, not copied
}

TEST_CASE("canonicalEncoding resolves labels like the Encoding Standard", "[load][charset]")
{
    CHECK(canonicalEncoding(" Latin1 ") == std::optional<std::string>("windows-1252"));
    CHECK(canonicalEncoding("UTF8") == std::optional<std::string>("UTF-8"));
    CHECK(canonicalEncoding("utf-16") == std::optional<std::string>("UTF-16LE"));
    CHECK(canonicalEncoding("sjis") == std::optional<std::string>("Shift_JIS"));
    CHECK_FALSE(canonicalEncoding("no-such-charset"));
    CHECK_FALSE(canonicalEncoding(""));
}
