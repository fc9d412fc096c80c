#pragma once

// Words of a UTF-8 text, for varying articles and drawing queries from a
// library's vocabulary: ASCII letters and digits, and letters beyond ASCII
// (not the Latin-1 signs nor the General Punctuation block, where the curly
// quotation marks are). Close enough to the FTS tokenizer for benchmarks;
// not a word segmenter.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace warta::bench {

/// Length of the UTF-8 sequence at `at`, and whether it belongs to a word.
inline std::size_t wordChar(std::string_view text, std::size_t at, bool &isWord)
{
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) {
        isWord = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return 1;
    }
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (length > text.size() - at)
        length = text.size() - at;
    std::uint32_t code = length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t i = 1; i < length; ++i)
        code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3Fu);
    isWord = code >= 0xC0 && !(code >= 0x2000 && code <= 0x206F) && code != 0xD7 && code != 0xF7;
    return length;
}

/// Calls visit(begin, end, isWord) for each run of word or non-word characters.
template <typename Visit>
void forEachToken(std::string_view text, Visit &&visit)
{
    std::size_t at = 0;
    while (at < text.size()) {
        bool word = false;
        std::size_t end = at + wordChar(text, at, word);
        while (end < text.size()) {
            bool next = false;
            const std::size_t length = wordChar(text, end, next);
            if (next != word)
                break;
            end += length;
        }
        visit(at, end, word);
        at = end;
    }
}

/// ASCII letters lowered; other bytes as they are.
inline std::string lowerAscii(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return text;
}

} // namespace warta::bench
