#pragma once

#include "article_format.h"
#include "article_text.h"
#include "reading_parts.h"
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

/// One part of the reading-pane document, in the HTML subset QTextDocument
/// understands: the header in the first part, the tags in the last, links
/// to the neighbouring parts ("warta-part:previous", "warta-part:next"), and
/// each piece of a paragraph as one block whose text is exactly that stretch
/// of Paragraph::text, so positions map straight onto document positions.
/// The pieces are consecutive blocks, the first marked by bodyAnchor().
QString articlePartHtml(const Article &article, const ArticleText &text, const ReadingParts &parts, int part,
                        const HtmlOptions &options);

/// The whole article as one document, one block per paragraph (printing and
/// PDF export, which lay out every page anyway).
QString articleHtml(const Article &article, const HtmlOptions &options);

/// The links of the part navigation.
QString previousPartLink();
QString nextPartLink();

/// The name of the anchor at the start of the first body paragraph. One
/// anchor, not one per paragraph: Qt keeps every distinct character format
/// in a table that hashes anchor names poorly, so a named anchor on each of
/// 10,000 paragraphs made loading the document take seconds (quadratic).
QString bodyAnchor();

/// The id of paragraph `index` (0-based): Paragraph::id, or "p<index+1>".
QString paragraphId(const Article &article, int index);

} // namespace warta
