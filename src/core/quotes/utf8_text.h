#pragma once

// Small UTF-8 helpers for the quote finder: decoding one code point at a
// time and the character classes the scanners need. Hand-written so that the
// scanners stay linear and allocation-free (see docs/quotes.md, "Cost").

#include <cstddef>
#include <string>
#include <string_view>

namespace warta {

struct CodePoint {
    char32_t value = 0;   ///< U+FFFD for an invalid byte
    std::size_t size = 0; ///< bytes used; 0 only at the end of the text
};

CodePoint decodeMultiByte(std::string_view text, std::size_t at);

/// The code point that starts at byte `at` (or {0,0} at the end).
inline CodePoint decodeAt(std::string_view text, std::size_t at)
{
    if (at >= text.size())
        return {0, 0};
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80U)
        return {lead, 1}; // ASCII: most of Indonesian text
    return decodeMultiByte(text, at);
}

/// The code point that ends right before byte `at` (or {0,0} at the start).
CodePoint decodeBefore(std::string_view text, std::size_t at);

bool isSpace(char32_t c);
bool isDigit(char32_t c);
bool isLetter(char32_t c);
bool isUpper(char32_t c);
bool isQuoteMark(char32_t c);

/// ASCII lower-casing into `out` (Indonesian lexicon words are ASCII).
void lowerAscii(std::string_view word, std::string &out);

} // namespace warta
