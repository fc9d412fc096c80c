#pragma once

#include "article_html.h"
#include "view_settings.h"

#include "warta/article/article.h"

#include <QByteArray>
#include <QHash>
#include <QTextBrowser>
#include <QTextEdit>

#include <vector>

namespace warta {

/// The article text. A QTextBrowser that loads nothing but the images handed
/// to it (the lead image's local copy): no remote URL is ever fetched, and the
/// saved page's scripts never reach it because it shows HTML built from the
/// extracted Article, not the page itself.
class ReadingPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    /// Shows a document; `images` maps the URLs used in `html` to image bytes.
    void showDocument(const QString &html, const QHash<QString, QByteArray> &images, const Article &article);
    void applyTheme(const ThemeColors &colors);
    void setLimitLineWidth(bool limit);

    int paragraphCount() const { return static_cast<int>(m_paragraphStarts.size()); }
    int currentParagraph() const { return m_current; }
    /// Document position where paragraph `index` starts, or -1.
    int paragraphPosition(int index) const;
    /// The paragraph holding a document position (the last one past the
    /// body), or -1 before the body.
    int paragraphAt(int position) const;

    /// Shows the headline and marks the first paragraph.
    void scrollToTop();
    /// Moves the marker to a paragraph and scrolls it to the top.
    void goToParagraph(int index);
    /// Selects and shows a stretch of a paragraph given in QString positions
    /// relative to the paragraph start(s).
    void highlightRange(int paragraph, int begin, int endParagraph, int end);

    /// Marks every match of `text`, moves to the next (or previous) one and
    /// returns {index of the current match (1-based), number of matches}.
    /// `incremental` (typing in the find field) may stay on the current match.
    std::pair<int, int> find(const QString &text, bool forward, bool incremental = false);
    void clearFind();
    /// How many matches the last find() found.
    int findMatchCount() const;

    /// How many resource requests were refused (remote or unknown URLs).
    int refusedRequests() const { return m_refused; }

signals:
    void currentParagraphChanged(int index);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void indexParagraphs(const Article &article);
    void setCurrent(int index);
    void refreshSelections();
    void updateMargins();
    QList<QTextEdit::ExtraSelection> visibleMatches() const;

    static constexpr int kMaxPaintedMatches = 2000;

    QHash<QString, QByteArray> m_images;
    std::vector<int> m_paragraphStarts;
    std::vector<std::vector<QuoteRange>> m_quoteRanges; ///< per paragraph, QString positions
    ThemeColors m_colors;
    QString m_rawText;          ///< the document's text, one character per position; null until a find
    QString m_findText;         ///< what m_matches were found for
    std::vector<int> m_matches; ///< document positions of the matches, in order
    QList<QTextEdit::ExtraSelection> m_quoteSelections;
    int m_current = -1;
    int m_refused = 0;
    bool m_limitWidth = true;
};

} // namespace warta
