#pragma once

// Folding for matching in the library: the same words match whatever their
// case and accents ("Désa", "DESA", "desa"), as FTS5's unicode61 tokenizer
// with remove_diacritics folds them in the index. Keys of people, tags and
// sites, and the highlighter, use it, so that they agree with the index.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warta::library {

/// Lower case, accents removed, runs of spaces and punctuation reduced to
/// one space, trimmed: "  Herman  Deru, S.H. " → "herman deru s h".
std::string foldKey(std::string_view utf8);

/// A word of a text as the index sees it: a run of letters and digits.
struct FoldedToken {
    std::size_t begin = 0; ///< byte range in the text
    std::size_t end = 0;
    std::string folded; ///< lower case, accents removed
};

/// The words of `utf8` with their places, in order.
std::vector<FoldedToken> foldedTokens(std::string_view utf8);

} // namespace warta::library
