// The text utilities every field and paragraph goes through: white space as pages write it
// (no-break, thin, narrow and ideographic spaces, invisible characters), NFC, word counts by
// UAX #29, and the ASCII helpers of the tokenizer-level code.
#include "warta/text/text.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("collapseWhitespace: every space a page uses becomes one ASCII space, ends trimmed", "[text]")
{
    CHECK(collapseWhitespace("  Budi \t\n Santoso  ") == "Budi Santoso");
    // U+00A0 between a name and a title, U+2009 thin, U+202F narrow no-break, U+3000 ideographic
    CHECK(collapseWhitespace("Rp\xC2\xA0"
                             "10\xE2\x80\x89"
                             "000\xE2\x80\xAF"
                             "juta\xE3\x80\x80x") == "Rp 10 000 juta x");
    CHECK(collapseWhitespace("\xC2\xA0\xC2\xA0") == "");
    CHECK(collapseWhitespace("") == "");
}

TEST_CASE("collapseWhitespace: invisible characters go without leaving a space", "[text]")
{
    // zero-width space, soft hyphen, word joiner, BOM inside a word
    CHECK(collapseWhitespace("Ja\xE2\x80\x8Bkar\xC2\xADta\xE2\x81\xA0 \xEF\xBB\xBFkota") == "Jakarta kota");
    // an invisible character between two spaces does not split the run
    CHECK(collapseWhitespace("a \xE2\x80\x8B b") == "a b");
}

TEST_CASE("collapseWhitespace: an ill-formed byte becomes U+FFFD", "[text]")
{
    CHECK(collapseWhitespace("a\xFF"
                             "b") == "a\xEF\xBF\xBD"
                                     "b");
    CHECK(collapseWhitespace("\xC3") == "\xEF\xBF\xBD");
}

TEST_CASE("normalizeNfc: decomposed letters compose, ASCII and NFC text stay as they are", "[text]")
{
    CHECK(normalizeNfc("Cafe\xCC\x81") == "Caf\xC3\xA9");          // e + combining acute → é
    CHECK(normalizeNfc("Caf\xC3\xA9 kopi") == "Caf\xC3\xA9 kopi"); // already NFC
    CHECK(normalizeNfc("plain ASCII, 2019") == "plain ASCII, 2019");
    CHECK(normalizeNfc("") == "");
    // text that needs composing: an ill-formed byte in it comes out as U+FFFD
    CHECK(normalizeNfc("e\xCC\x81\xFF") == "\xC3\xA9\xEF\xBF\xBD");
}

TEST_CASE("cleanText: collapsing then NFC", "[text]")
{
    CHECK(cleanText("  Cafe\xCC\x81\xC2\xA0 Jakarta ") == "Caf\xC3\xA9 Jakarta");
}

TEST_CASE("countWords: words by UAX #29, numbers with their separators are one word", "[text]")
{
    CHECK(countWords("ICON+ punya 2.200 pelanggan") == 4);
    CHECK(countWords("Rp10.000 dan 3,5 persen") == 4);
    CHECK(countWords("Jakarta, 27/6/2019") == 4);
    CHECK(countWords("anak-anak bermain") == 3); // a hyphen separates words
    CHECK(countWords("don't stop") == 2);
    CHECK(countWords("\xE2\x80\x94 , . !") == 0); // punctuation alone is no word
    CHECK(countWords("") == 0);
}

TEST_CASE("trimAsciiSpace: HTML's ASCII white space only", "[text]")
{
    CHECK(trimAsciiSpace("\t\r\n\f a b \n") == "a b");
    CHECK(trimAsciiSpace("\xC2\xA0x\xC2\xA0") == "\xC2\xA0x\xC2\xA0"); // U+00A0 is not ASCII space
    CHECK(trimAsciiSpace("   ").empty());
    CHECK(isAsciiSpace('\f'));
    CHECK_FALSE(isAsciiSpace('\v'));
}

TEST_CASE("ASCII case helpers leave every other byte alone", "[text]")
{
    CHECK(asciiLower("Oleh: BUDI \xC3\x89") == "oleh: budi \xC3\x89");
    CHECK(asciiLower('Q') == 'q');
    CHECK(asciiLower('[') == '[');
    CHECK(asciiLower('@') == '@');
    CHECK(startsWithIgnoringCase("Reporter: Ani", "REPORTER:"));
    CHECK(startsWithIgnoringCase("abc", ""));
    CHECK_FALSE(startsWithIgnoringCase("ab", "abc"));
    CHECK(equalsIgnoringCase("SCRIPT", "script"));
    CHECK_FALSE(equalsIgnoringCase("scripts", "script"));
    CHECK_FALSE(equalsIgnoringCase("\xC3\x89", "\xC3\xA9")); // É and é differ beyond ASCII
    CHECK(isAsciiLetter('z'));
    CHECK(isAsciiLetter('A'));
    CHECK_FALSE(isAsciiLetter('1'));
    CHECK_FALSE(isAsciiLetter('\xC3'));
}

TEST_CASE("hexDigitValue: the sixteen digits in either case, -1 for the neighbours", "[text]")
{
    CHECK(hexDigitValue('0') == 0);
    CHECK(hexDigitValue('9') == 9);
    CHECK(hexDigitValue('a') == 10);
    CHECK(hexDigitValue('F') == 15);
    for (char c : {'/', ':', '@', 'G', '`', 'g', ' ', '\0'})
        CHECK(hexDigitValue(c) == -1);
}
