#pragma once

#include "dom/html_document.h"
#include "extract/body_text.h"

namespace warta {

/// The element most likely to hold the article's text: every element is
/// scored by the prose in its paragraphs (length, commas), less link-heavy
/// and boilerplate-named blocks, and each paragraph's score also counts for
/// its parent and half for its grandparent. Null when nothing scores.
Node findContentRoot(const HtmlDocument &document);

/// Noise inside a content root: navigation, share bars, related links,
/// comments, and blocks made mostly of links.
NoiseTest genericNoise();

/// Share of an element's text that sits inside links (0..1).
double linkDensity(Node element);

} // namespace warta
