#pragma once

#include "article_format.h"
#include "view_settings.h"

#include "warta/article/article.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace warta {

/// What the HTML builder needs besides the article.
struct HtmlOptions {
    ThemeColors colors;
    double bodyPointSize = 12.5;
    UiLanguage language = UiLanguage::Indonesian;
    /// URL the pane resolves to the lead image's local copy; empty when there is none.
    QString leadImageUrl;
};

/// The reading-pane document for an article, in the HTML subset QTextDocument
/// understands. Every body paragraph is one block whose text is exactly
/// Paragraph::text, so quote offsets map straight onto document positions;
/// the paragraphs are consecutive blocks, the first marked by the anchor
/// bodyAnchor().
QString articleHtml(const Article &article, const HtmlOptions &options);

/// A quoted stretch of one paragraph, [begin, end).
struct QuoteRange {
    std::size_t begin;
    std::size_t end;
};

/// The quoted stretches of each paragraph in QString positions, sorted by
/// start; a quote over several paragraphs has a stretch in each. Linear in
/// the text and the quotes.
std::vector<std::vector<QuoteRange>> quoteRanges(const Article &article);

/// The name of the anchor at the start of the first body paragraph. One
/// anchor, not one per paragraph: Qt keeps every distinct character format
/// in a table that hashes anchor names poorly, so a named anchor on each of
/// 10,000 paragraphs made loading the document take seconds (quadratic).
QString bodyAnchor();

/// The id of paragraph `index` (0-based): Paragraph::id, or "p<index+1>".
QString paragraphId(const Article &article, int index);

} // namespace warta
