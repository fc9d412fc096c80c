#pragma once

#include "article_html.h"
#include "article_text.h"
#include "reading_parts.h"
#include "view_settings.h"

#include "warta/article/article.h"

#include <QByteArray>
#include <QHash>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace warta {

/// The article text. A QTextBrowser that loads nothing but the images handed
/// to it (the lead image's local copy): no remote URL is ever fetched, and the
/// saved page's scripts never reach it because it shows HTML built from the
/// extracted Article, not the page itself.
///
/// The document holds one part of the article (ReadingParts): an ordinary
/// article is one part; one of megabytes is shown part by part, so that
/// building, laying out and relaying the document out never stalls the
/// window however long the article is. Paragraph numbers are the article's;
/// document positions are those of the part shown.
class ReadingPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    /// Shows an article from its first part; `images` maps the URLs used in
    /// the HTML to image bytes. `article` and `text` must outlive the pane's
    /// use of them (the window keeps both).
    void setArticle(const Article &article, std::shared_ptr<const ArticleText> text,
                    const QHash<QString, QByteArray> &images, const HtmlOptions &options);
    /// Builds the part shown again with new colours or text size.
    void setHtmlOptions(const HtmlOptions &options);
    void applyTheme(const ThemeColors &colors);
    void setLimitLineWidth(bool limit);

    int paragraphCount() const { return m_text ? m_text->paragraphCount() : 0; }
    int currentParagraph() const { return m_current; }
    int partCount() const { return m_text ? m_text->parts.partCount() : 1; }
    int currentPart() const { return m_part; }
    /// Shows another part, from its start.
    void showPart(int part);

    /// Document position where paragraph `index` starts, or -1 when its
    /// start is not in the part shown.
    int paragraphPosition(int index) const;
    /// Document position of a QString position of a paragraph, or -1 when
    /// it is not in the part shown.
    int documentPosition(int paragraph, int offset) const;
    /// The paragraph holding a document position (the part's last one past
    /// its body), or -1 before the body.
    int paragraphAt(int position) const;

    /// Shows the headline and marks the first paragraph.
    void scrollToTop();
    /// Moves the marker to a paragraph and scrolls it to the top.
    void goToParagraph(int index);
    /// Selects and shows a stretch of a paragraph given in QString positions
    /// relative to the paragraph start(s).
    void highlightRange(int paragraph, int begin, int endParagraph, int end);

    /// Looks for `text` in the article's text (never its layout) and moves to
    /// the next (or previous) match, returning {index of the current match
    /// (1-based, 0 before one is reached), matches found}. A long article is
    /// searched in steps between the window's events; findProgress() reports
    /// the rest. `incremental` (typing in the find field) may stay on the
    /// current match.
    std::pair<int, int> find(const QString &text, bool forward, bool incremental = false);
    void clearFind();
    /// How many matches the last find() found so far.
    int findMatchCount() const { return static_cast<int>(m_matches.size()); }
    /// The search has been through the whole article.
    bool findComplete() const { return m_searchNext >= paragraphCount(); }

    /// How many resource requests were refused (remote or unknown URLs).
    int refusedRequests() const { return m_refused; }

signals:
    void currentParagraphChanged(int index);
    /// The search went on: {current match, matches so far, whether done}.
    void findProgress(int current, int total, bool complete);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    void indexPieces();
    void setCurrent(int index);
    void refreshSelections();
    /// Centres the text in the view; true when the margins changed.
    bool updateMargins();
    /// Shows the part holding a position of a paragraph.
    void showPartOf(int paragraph, int offset);
    /// Offset in the whole body (ArticleText::starts) of a document position,
    /// or nothing before the body.
    std::optional<qint64> bodyOffsetAt(int position) const;
    int documentPositionOfBody(qint64 offset) const;
    QRect currentBand() const;
    QList<QTextEdit::ExtraSelection> visibleMatches() const;
    /// Searches on for a while; true when the search is through.
    bool searchSlice();
    void goToMatch(std::size_t index);
    /// Where find() goes once the match it wants is known.
    struct PendingJump {
        bool forward;
        qint64 from;
    };
    std::optional<std::size_t> matchFor(const PendingJump &jump, bool wrap) const;

    static constexpr int kMaxPaintedMatches = 2000;
    static constexpr int kSearchSliceMs = 20;

    const Article *m_article = nullptr;
    std::shared_ptr<const ArticleText> m_text;
    HtmlOptions m_options;
    QHash<QString, QByteArray> m_images;
    int m_part = 0;
    std::vector<int> m_piecePositions; ///< document position of each piece of the part shown
    ThemeColors m_colors;
    QString m_findText;            ///< what m_matches were found for
    std::vector<qint64> m_matches; ///< body offsets of the matches, in order
    int m_searchNext = 0;          ///< the next paragraph to search
    std::optional<PendingJump> m_pendingJump;
    int m_currentMatch = -1;
    QTimer m_searchTimer;
    QList<QTextEdit::ExtraSelection> m_quoteSelections;
    int m_current = -1;
    int m_refused = 0;
    bool m_limitWidth = true;
};

} // namespace warta
