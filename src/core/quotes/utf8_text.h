#pragma once

// Small UTF-8 helpers for the quote finder: decoding one code point at a
// time and the character classes the scanners need. Hand-written so that the
// scanners stay linear and allocation-free (see docs/quotes.md, "Cost").

#include <cstddef>
#include <string>
#include <string_view>

namespace warta::quotes {

struct CodePoint {
    char32_t value = 0;    ///< U+FFFD for an invalid byte
    std::size_t size = 0;  ///< bytes used; 0 only at the end of the text
};

/// The code point that starts at byte `at` (or {0,0} at the end).
CodePoint decodeAt(std::string_view text, std::size_t at);

/// The code point that ends right before byte `at` (or {0,0} at the start).
CodePoint decodeBefore(std::string_view text, std::size_t at);

bool isSpace(char32_t c);
bool isDigit(char32_t c);
bool isLetter(char32_t c);
bool isUpper(char32_t c);
bool isQuoteMark(char32_t c);

/// ASCII lower-casing into `out` (Indonesian lexicon words are ASCII).
void lowerAscii(std::string_view word, std::string &out);

} // namespace warta::quotes
