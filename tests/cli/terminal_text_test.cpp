// What warta-cli prints of a page's text: never a control character.
#include "terminal_text.h"

#include <catch2/catch.hpp>

using warta::Highlight;
using warta::highlightedSnippet;
using warta::terminalSafe;

TEST_CASE("A page's text cannot send a terminal escape", "[cli][terminal]")
{
    // A title that would clear the screen and retitle the window, written for this test.
    CHECK(terminalSafe("Judul\x1b[2J\x1b]0;owned\x07 berita") == "Judul\\x1B[2J\\x1B]0;owned\\x07 berita");
    // C1 controls: U+009B is CSI on terminals that read 8-bit controls.
    CHECK(terminalSafe("a\xc2\x9b"
                       "31mb") == "a\\u009B31mb");
    CHECK(terminalSafe("baris\nkedua\tketiga\r") == "baris kedua ketiga ");
    CHECK(terminalSafe(std::string("nul\0byte", 8)) == "nul\\x00byte");
    CHECK(terminalSafe("del\x7f") == "del\\x7F");
    // Bytes that are not UTF-8 are shown as U+FFFD; real text passes as it is.
    CHECK(terminalSafe("\xff\x9b"
                       "x") == "\uFFFD\uFFFDx");
    CHECK(terminalSafe("\u201CKami siap,\u201D kata Menteri \u00B7 \u00E9") ==
          "\u201CKami siap,\u201D kata Menteri \u00B7 \u00E9");
}

TEST_CASE("Highlights are bold on a terminal and plain elsewhere", "[cli][terminal]")
{
    const std::string snippet = "\u2026 internet masuk desa \u2026";
    const std::size_t internet = snippet.find("internet"), desa = snippet.find("desa");
    const std::vector<Highlight> ranges{{internet, internet + 8}, {desa, desa + 4}};
    CHECK(highlightedSnippet(snippet, ranges, true) ==
          "\u2026 \x1b[1minternet\x1b[0m masuk \x1b[1mdesa\x1b[0m \u2026");
    CHECK(highlightedSnippet(snippet, ranges, false) == snippet);
    // Ranges out of order or past the end are ignored; one inside a character is widened.
    CHECK(highlightedSnippet(snippet, {{desa, desa + 4}, {internet, internet + 8}}, true) ==
          "\u2026 internet masuk \x1b[1mdesa\x1b[0m \u2026");
    CHECK(highlightedSnippet("abc", {{1, 99}}, true) == "a\x1b[1mbc\x1b[0m");
    CHECK(highlightedSnippet("\u00E9t\u00E9", {{1, 3}}, true) == "\x1b[1m\u00E9t\x1b[0m\u00E9");
    // The escapes of the page stay escaped inside a highlight too.
    CHECK(highlightedSnippet("x\x1b[2Jy", {{0, 6}}, true) == "\x1b[1mx\\x1B[2Jy\x1b[0m");
}
