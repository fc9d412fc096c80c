#pragma once

// The reader's search text, read without any syntax error: words (all
// required), "phrases", prefix* and -excluded words; turned into an FTS5
// query, and matched again over a paragraph to place highlights.

#include "text_fold.h"

#include <string>
#include <string_view>
#include <vector>

namespace warta::library {

struct SearchTerm {
    std::vector<std::string> words; ///< folded; several for a phrase
    bool prefix = false;            ///< the last word is a prefix
    bool excluded = false;
    /// For a word being typed: the library's commonest words it starts,
    /// searched instead of the prefix itself (completions.h). Empty: the prefix.
    std::vector<std::string> completions;
};

/// The terms of `text`; `asYouType` reads an unfinished last word as a prefix.
std::vector<SearchTerm> parseSearchTerms(std::string_view text, bool asYouType);

/// The FTS5 MATCH expression of the terms: empty when no term is required
/// (FTS5 cannot search for exclusions alone, nor for nothing).
std::string ftsExpression(const std::vector<SearchTerm> &terms);

/// A match of a required term in a text: byte range.
struct TermMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t term = 0; ///< index of the term matched
};

/// The places where the required terms occur among `tokens` (of the text they
/// came from), in text order.
std::vector<TermMatch> matchTerms(const std::vector<SearchTerm> &terms,
                                  const std::vector<FoldedToken> &tokens);

/// Whether `tokens` hold every required term and no excluded one: what the
/// full-text query asks of an article, asked of one quote.
bool holdsTerms(const std::vector<SearchTerm> &terms, const std::vector<FoldedToken> &tokens);

} // namespace warta::library
