#pragma once

// Finds quotation spans (the text between an opening and a closing mark) in
// an article's paragraphs, before any question of who said them.

#include "warta/article/article.h"

#include <cstddef>
#include <vector>

namespace warta {

/// Longest quotation kept, in bytes of text, and in paragraphs: a span that
/// grows beyond this is almost surely a missing closing mark, and is dropped.
inline constexpr std::size_t kMaxQuoteBytes = 20000;
inline constexpr int kMaxQuoteParagraphs = 12;

struct QuotePiece {
    int paragraph = 0;
    std::size_t begin = 0; ///< first byte inside the marks
    std::size_t end = 0;   ///< byte after the last one inside the marks
};

struct QuoteSpan {
    std::vector<QuotePiece> pieces; ///< one per paragraph, in order; never empty
    std::size_t openMark = 0;       ///< where the opening mark starts (first paragraph)
    std::size_t afterClose = 0;     ///< byte after the closing mark (last paragraph), or its size
    bool closed = false;            ///< false when the paragraph (or article) ended first
    bool single = false;            ///< ‘…’ or '…' at the top level

    int firstParagraph() const { return pieces.front().paragraph; }
    int lastParagraph() const { return pieces.back().paragraph; }
};

/// All top-level quotation spans, in reading order. Nested marks stay inside
/// the outer span's text. Linear in the size of the text.
std::vector<QuoteSpan> findQuoteSpans(const std::vector<Paragraph> &paragraphs);

} // namespace warta
