#pragma once

#include "dom/html_document.h"
#include "extract/body_text.h"
#include "extract/generic/content_scan.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace warta {

/// The article's text as the generic extractor found it.
struct ContentChoice {
    std::vector<Node> bodies;    ///< containers of the text, in reading order
    NoiseTest noise;             ///< what to leave out inside them
    std::size_t textLength = 0;  ///< bytes of text found, a run of white space counting one
    std::size_t proseLength = 0; ///< of which outside links
};

/// One attempt: the best-scoring candidate (moved up to a common ancestor
/// when several close runners-up share one, or to a parent that scores
/// better), joined by those of its siblings that score well, share its
/// class, or are prose-like <p>. Empty bodies when nothing scores.
std::vector<Node> selectContent(const ContentScan &scan, Node body);

/// Finds the article's text the way Readability does: scan, select, clean,
/// and when that leaves less than 500 characters, again with less
/// strictness; the longest result wins. `title` is the headline, whose copy
/// at the top of the content is left out.
ContentChoice chooseContent(const HtmlDocument &document, std::string_view title);

} // namespace warta
