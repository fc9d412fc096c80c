#pragma once

#include "dom/node.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Ordered-fallback lookups over a selector list: the first selector that
/// finds something wins. The generic extractor's fixed lists use these; site
/// rules read their candidates through extract/rules/candidate_values.h.

/// The first element matched by the first selector that matches at all.
Node firstMatch(Node scope, std::span<const std::string_view> selectors);

/// Cleaned text of the first matching element with non-empty text.
std::string firstText(Node scope, std::span<const std::string_view> selectors);

/// Text as printed: line breaks and tabs become spaces and the ends are
/// trimmed, but runs of spaces stay (a date line's "Selasa,  6 Oktober"
/// keeps its two spaces), NFC.
std::string printedText(std::string text);

/// Cleaned, non-empty texts of every element the first productive selector
/// matches (a tag list, a byline with two names).
std::vector<std::string> allTexts(Node scope, std::span<const std::string_view> selectors);

/// True when `node` is `ancestor` or lies below it.
bool isInside(Node node, Node ancestor);

} // namespace warta
