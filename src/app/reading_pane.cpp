#include "reading_pane.h"

#include "article_html.h"

#include <QFontMetrics>

#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QUrl>
#include <algorithm>

namespace warta {

ReadingPane::ReadingPane(QWidget *parent) : QTextBrowser(parent), m_colors(themeColors(Theme::Light))
{
    setOpenLinks(false); // links never navigate, let alone fetch
    setOpenExternalLinks(false);
    setSearchPaths({});
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article text"));
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // The caret (a click, a selection, the keyboard) decides the current
    // paragraph, not the scroll position: "copy paragraph" copies the one the
    // reader is in, and the last paragraphs, never at the top, can be current.
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        const int index = paragraphAt(textCursor().selectionStart());
        if (index >= 0)
            setCurrent(index);
    });
    // The painted matches follow the view.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_matches.empty())
            refreshSelections();
    });
}

QVariant ReadingPane::loadResource(int type, const QUrl &name)
{
    // Only what showDocument() was given; everything else, http(s) above
    // all, is refused and counted so that tests can prove it.
    const auto found = m_images.constFind(name.toString());
    if (type == QTextDocument::ImageResource && found != m_images.constEnd()) {
        QImage image;
        if (image.loadFromData(found.value()))
            return image;
    }
    ++m_refused;
    return {};
}

void ReadingPane::showDocument(const QString &html, const QHash<QString, QByteArray> &images,
                               const Article &article)
{
    m_images = images;
    m_findText.clear();
    m_matches.clear();
    m_rawText = QString();
    m_quoteSelections.clear();
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    updateMargins();
    indexParagraphs(article);
    m_quoteRanges = quoteRanges(article);
    m_current = -1;
    verticalScrollBar()->setValue(scroll);
    if (!m_paragraphStarts.empty())
        setCurrent(0);
}

void ReadingPane::indexParagraphs(const Article &article)
{
    m_paragraphStarts.assign(article.paragraphs.size(), -1);
    // The first paragraph's block holds the body anchor; each paragraph is
    // one block and they follow one another (see articleHtml).
    QTextBlock block = document()->begin();
    const auto holdsBodyAnchor = [](const QTextBlock &candidate) {
        for (auto it = candidate.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(bodyAnchor()))
                return true;
        }
        return false;
    };
    while (block.isValid() && !holdsBodyAnchor(block))
        block = block.next();
    for (std::size_t i = 0; i < m_paragraphStarts.size() && block.isValid(); ++i, block = block.next())
        m_paragraphStarts[i] = block.position();
}

int ReadingPane::paragraphPosition(int index) const
{
    if (index < 0 || index >= paragraphCount())
        return -1;
    return m_paragraphStarts[static_cast<std::size_t>(index)];
}

void ReadingPane::applyTheme(const ThemeColors &colors)
{
    m_colors = colors;
    QPalette p = palette();
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::Window, colors.background);
    p.setColor(QPalette::Text, colors.text);
    p.setColor(QPalette::Link, colors.accent);
    setPalette(p);
    viewport()->setPalette(p);
    setAutoFillBackground(true);
    refreshSelections();
}

void ReadingPane::setLimitLineWidth(bool limit)
{
    m_limitWidth = limit;
    updateMargins();
}

void ReadingPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReadingPane::updateMargins()
{
    // A comfortable measure: about 70 characters of body text, centred by
    // the root frame's side margins (the document relays itself out).
    const QFontMetrics metrics(document()->defaultFont());
    const int measure = metrics.horizontalAdvance(QString(70, QLatin1Char('n')));
    const int spare = viewport()->width() - measure;
    const int side = m_limitWidth && spare > 48 ? spare / 2 : 24;
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (static_cast<int>(format.leftMargin()) == side && static_cast<int>(format.rightMargin()) == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(16);
    format.setBottomMargin(24);
    document()->rootFrame()->setFrameFormat(format);
}

void ReadingPane::scrollToTop()
{
    verticalScrollBar()->setValue(0);
    moveCursor(QTextCursor::Start);
    setCurrent(paragraphCount() > 0 ? 0 : -1);
}

void ReadingPane::goToParagraph(int index)
{
    const int position = paragraphPosition(index);
    if (position < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QRect rect = cursorRect(cursor);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - 8);
    setTextCursor(cursor);
    setCurrent(index);
}

void ReadingPane::highlightRange(int paragraph, int begin, int endParagraph, int end)
{
    const int from = paragraphPosition(paragraph);
    const int to = paragraphPosition(endParagraph);
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(from + begin);
    cursor.setPosition(to + end, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(m_colors.quoteActive);
    m_quoteSelections = {selection};
    goToParagraph(paragraph);
    setTextCursor(cursor);
    ensureCursorVisible();
    refreshSelections();
}

std::pair<int, int> ReadingPane::find(const QString &text, bool forward, bool incremental)
{
    // The article's text is searched as a string, not the laid-out document
    // (QTextDocument::find walks it fragment by fragment: seconds per word on
    // a page of megabytes), and only the matches near the view are painted.
    if (text != m_findText) {
        m_findText = text;
        m_matches.clear();
        if (!text.isEmpty()) {
            if (m_rawText.isNull())
                m_rawText = document()->toRawText(); // one position per character, as cursors count
            for (qsizetype at = m_rawText.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                 at = m_rawText.indexOf(text, at + 1, Qt::CaseInsensitive))
                m_matches.push_back(static_cast<int>(at));
        }
    }
    if (m_matches.empty()) {
        refreshSelections();
        return {0, 0};
    }
    // The next match after the caret (or before it, going back), wrapping.
    const int length = static_cast<int>(m_findText.size());
    const QTextCursor caretCursor = textCursor();
    std::size_t index = 0;
    if (forward) {
        const int caret = incremental ? caretCursor.selectionStart() : caretCursor.selectionEnd();
        index = static_cast<std::size_t>(std::lower_bound(m_matches.begin(), m_matches.end(), caret) -
                                         m_matches.begin());
        if (index == m_matches.size())
            index = 0;
    } else {
        // The last match ending at or before the caret.
        const int caret = caretCursor.selectionStart() - length;
        const auto after = std::upper_bound(m_matches.begin(), m_matches.end(), caret);
        index = after == m_matches.begin() ? m_matches.size() - 1
                                           : static_cast<std::size_t>(after - m_matches.begin()) - 1;
    }
    QTextCursor match(document());
    match.setPosition(m_matches[index]);
    match.setPosition(m_matches[index] + length, QTextCursor::KeepAnchor);
    setTextCursor(match);
    ensureCursorVisible();
    refreshSelections();
    return {static_cast<int>(index) + 1, static_cast<int>(m_matches.size())};
}

void ReadingPane::clearFind()
{
    m_findText.clear();
    m_matches.clear();
    refreshSelections();
}

QList<QTextEdit::ExtraSelection> ReadingPane::visibleMatches() const
{
    // The matches from a screen above the view to a screen below it: enough
    // for scrolling to show them at once, few enough to paint in no time
    // however many the article holds (the view asks again when it scrolls).
    QList<QTextEdit::ExtraSelection> painted;
    if (m_matches.empty())
        return painted;
    const int height = viewport()->height();
    const int first = cursorForPosition(QPoint(0, -height)).position();
    const int last = cursorForPosition(QPoint(viewport()->width(), 2 * height)).position();
    const int length = static_cast<int>(m_findText.size());
    for (auto it = std::lower_bound(m_matches.begin(), m_matches.end(), first - length);
         it != m_matches.end() && *it <= last && painted.size() < kMaxPaintedMatches; ++it) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(*it);
        selection.cursor.setPosition(*it + length, QTextCursor::KeepAnchor);
        selection.format.setBackground(m_colors.match);
        painted << selection;
    }
    return painted;
}

int ReadingPane::findMatchCount() const
{
    return static_cast<int>(m_matches.size());
}

int ReadingPane::paragraphAt(int position) const
{
    // The paragraph the position is in or, past the body (the tags), the last
    // one; before the body (the headline) none.
    const auto after = std::upper_bound(m_paragraphStarts.begin(), m_paragraphStarts.end(), position);
    if (after == m_paragraphStarts.begin() || m_paragraphStarts.empty() || m_paragraphStarts.front() < 0)
        return -1;
    return static_cast<int>(after - m_paragraphStarts.begin()) - 1;
}

void ReadingPane::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    refreshSelections();
    emit currentParagraphChanged(index);
}

void ReadingPane::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    const int position = paragraphPosition(m_current);
    if (position >= 0) {
        // A full-width band behind the current paragraph: a selection over the
        // whole block, widened to the line edges.
        const QTextBlock block = document()->findBlock(position);
        QTextEdit::ExtraSelection band;
        band.cursor = QTextCursor(block);
        band.cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        band.format.setBackground(m_colors.current);
        band.format.setProperty(QTextFormat::FullWidthSelection, true);
        all << band;
        // The band covers the quote tint of the document; paint the current
        // paragraph's quotes again above it.
        for (const QuoteRange &range : m_quoteRanges[static_cast<std::size_t>(m_current)]) {
            QTextEdit::ExtraSelection tint;
            tint.cursor = QTextCursor(document());
            tint.cursor.setPosition(position + static_cast<int>(range.begin));
            tint.cursor.setPosition(position + static_cast<int>(range.end), QTextCursor::KeepAnchor);
            tint.format.setBackground(m_colors.quote);
            all << tint;
        }
    }
    all << m_quoteSelections << visibleMatches();
    setExtraSelections(all);
}

} // namespace warta
