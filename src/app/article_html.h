#pragma once

#include "article_format.h"
#include "view_settings.h"

#include "warta/article/article.h"

#include <QString>

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
/// understands. Every body paragraph is one block that starts with an anchor
/// named after the paragraph's id, and whose text is exactly Paragraph::text,
/// so quote offsets map straight onto document positions.
QString articleHtml(const Article &article, const HtmlOptions &options);

/// The anchor name of paragraph `index` (0-based): its id, or "p<index+1>".
QString paragraphAnchor(const Article &article, int index);

} // namespace warta
