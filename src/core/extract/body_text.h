#pragma once

#include "dom/node.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace warta {

/// A paragraph as found in the page, before site rules clean it.
struct RawParagraph {
    std::string text;         ///< whitespace collapsed, NFC
    std::size_t sourceOffset; ///< byte offset of its first text in the page
};

/// Decides which elements below a body container are not article text
/// (ads, related-link boxes, embeds). Returning true skips the subtree.
using NoiseTest = std::function<bool(Node)>;

/// Splits a body container into paragraphs the way a reader sees them: block
/// elements (p, div, li, h1–h6, blockquote, …) and blank lines made of two or
/// more <br> end a paragraph; a single <br> is a line break inside one.
/// Iterative: no recursion over the DOM.
std::vector<RawParagraph> collectParagraphs(Node container, const NoiseTest &isNoise);

/// Block-level HTML elements: their start and end break paragraphs.
bool isBlockElement(std::string_view tag);

} // namespace warta
