#pragma once

// Where in an article a search hit is, and the words around it: the
// paragraph that holds the most of the search's terms, cut to a short window
// with the terms marked.

#include "search_terms.h"
#include "warta/library/library.h"

#include <string>
#include <string_view>
#include <vector>

namespace warta::library {

struct PlacedSnippet {
    int paragraph = -1; ///< -1: only the title matched
    std::string text;
    std::vector<Highlight> highlights;
};

/// The best place of `terms` in an article of `title` and `paragraphs`
/// (its body split at '\n').
PlacedSnippet placeSnippet(const std::vector<SearchTerm> &terms, std::string_view title,
                           std::string_view body);

/// A window of about `width` bytes of `text` around its matches, cut at
/// word boundaries, with "…" where cut.
PlacedSnippet snippetOf(std::string_view text, const std::vector<TermMatch> &matches,
                        std::size_t width = 320);

} // namespace warta::library
