#pragma once

#include "reading_parts.h"

#include "warta/article/article.h"

#include <QString>

#include <cstddef>
#include <memory>
#include <vector>

namespace warta {

/// A quoted stretch of one paragraph, [begin, end), in QString positions.
struct QuoteRange {
    std::size_t begin;
    std::size_t end;
};

/// The article's body as the window uses it: each paragraph as a QString and
/// every quote's place in QString positions. Built once per article, on the
/// reading thread (converting tens of megabytes is not the window's work),
/// and shared, read-only, by the reading pane, the outline and the ledger.
struct ArticleText {
    std::vector<QString> paragraphs;
    /// Where each paragraph starts in the body counted as one text, with one
    /// position between paragraphs; one more entry holds the total. Find
    /// keeps its matches as such offsets.
    std::vector<qint64> starts;
    /// The quoted stretches of each paragraph, sorted by start; a quote over
    /// several paragraphs has a stretch in each.
    std::vector<std::vector<QuoteRange>> quoteRanges;
    /// Article::quotes[i] in QString positions: begin in its first paragraph,
    /// end in its last (0, 0 for a quote whose paragraphs do not exist).
    std::vector<QuoteRange> quotes;
    /// How the reading pane cuts the body into blocks and parts.
    ReadingParts parts;

    int paragraphCount() const { return static_cast<int>(paragraphs.size()); }
    /// The body's length in QString units, paragraphs not counting the breaks between.
    qint64 characters() const { return starts.back() - static_cast<qint64>(paragraphs.size()); }
    /// The paragraph an offset of the whole body falls in (the last one past the end).
    int paragraphOfOffset(qint64 offset) const;
};

/// Linear in the text and the quotes: each paragraph's quotes are converted
/// from byte offsets in one walk of it, however many it holds.
std::shared_ptr<const ArticleText> makeArticleText(const Article &article);

} // namespace warta
