#pragma once

#include <string>
#include <string_view>

namespace warta {

/// Unicode NFC of UTF-8 text. Text already in NFC comes back as it was; in text that needs
/// composing, ill-formed sequences come out as U+FFFD (page text reaches here already repaired).
std::string normalizeNfc(std::string_view utf8);

/// Collapses every run of white space, including no-break, thin and ideographic
/// spaces, to one ASCII space, drops invisible characters (zero-width spaces
/// and joiners, soft hyphens, BOMs) and trims both ends.
std::string collapseWhitespace(std::string_view utf8);

/// collapseWhitespace, then NFC: what every paragraph and field goes through.
std::string cleanText(std::string_view utf8);

/// Words by ICU word boundaries (Unicode UAX #29): segments that hold a letter,
/// a number or an ideograph. "ICON+ punya 2.200 pelanggan" is 4 words.
int countWords(std::string_view utf8);

/// HTML's ASCII white space: space, tab, line feed, form feed, carriage return.
inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/// An ASCII letter, a-z or A-Z (what starts a tag name).
inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// One character lower-cased if it is an ASCII capital, else as it is.
inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// The value of an ASCII hexadecimal digit ('7' → 7, 'b' and 'B' → 11); -1 for any other character.
int hexDigitValue(char c);

/// `text` without leading and trailing ASCII white space.
std::string_view trimAsciiSpace(std::string_view text);

/// ASCII lower-casing, enough for tag names, class names and URLs.
std::string asciiLower(std::string_view text);

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool startsWithIgnoringCase(std::string_view text, std::string_view prefix);

/// True when `a` and `b` are the same text, ignoring ASCII case.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

} // namespace warta
