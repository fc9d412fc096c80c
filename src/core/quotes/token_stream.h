#pragma once

// A paragraph as the attribution rules read it: the words and punctuation
// outside quotations, with one placeholder token where each quotation sits.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

enum class TokenKind {
    Word,
    Punct,
    Quote
};

struct Token {
    TokenKind kind = TokenKind::Word;
    std::size_t begin = 0; ///< byte offsets in the paragraph text
    std::size_t end = 0;
    std::string_view text;     ///< a view into the paragraph text
    std::string lower;         ///< ASCII lower case of `text`
    std::uint32_t classes = 0; ///< lexicon word classes of `lower` (WordClass bits)
    int quote = -1;            ///< for Quote tokens: index of the span
};

using TokenStream = std::vector<Token>;

/// A gap of paragraph text to tokenise, or a quotation placeholder.
struct StreamPart {
    std::size_t begin = 0;
    std::size_t end = 0;
    int quote = -1; ///< >= 0: a placeholder for that span
};

TokenStream tokenize(std::string_view text, const std::vector<StreamPart> &parts);

bool isWord(const Token &t);
bool isPunct(const Token &t, std::string_view which);
/// A word that starts with a capital ("Deru"), or "al-Mundiri".
bool isCapitalised(const Token &t);
/// Three or more capitals ("KPK"), or digits or '+' in it ("ICON+", "2019").
bool isAcronym(const Token &t);
/// One or two capitals: initials in a name ("M", "HM").
bool isInitials(const Token &t);
/// ".", "!", "?" or "…" that ends a sentence (not "Ny." or "A.").
bool endsSentence(const TokenStream &tokens, std::size_t i);

} // namespace warta
