#pragma once

#include <string_view>
#include <vector>

namespace warta {

/// One piece of folded date text. Spaces are not tokens; `spaceBefore` keeps
/// the one fact about them the grammar needs ("+0700" vs "- 07").
struct DateToken {
    enum class Kind {
        Number,
        Word,
        Punct
    };
    Kind kind = Kind::Punct;
    std::string_view text; ///< a view into the folded text
    int value = -1;        ///< a Number's value, -1 when it has more than 9 digits
    bool spaceBefore = false;

    bool isNumber(std::size_t minDigits, std::size_t maxDigits) const
    {
        return kind == Kind::Number && value >= 0 && text.size() >= minDigits && text.size() <= maxDigits;
    }
    bool isPunct(char c) const { return kind == Kind::Punct && text.front() == c; }
    bool isWord(std::string_view word) const { return kind == Kind::Word && text == word; }
};

/// Splits folded text (see foldDateText) into runs of ASCII digits, words
/// (letters, apostrophes and any non-ASCII character) and single punctuation
/// characters. Whitespace and control characters separate tokens.
std::vector<DateToken> tokenizeDateText(std::string_view folded);

} // namespace warta
