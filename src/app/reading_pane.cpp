#include "reading_pane.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace warta {

ReadingPane::ReadingPane(QWidget *parent) : QTextBrowser(parent), m_colors(themeColors(Theme::Light))
{
    setOpenLinks(false); // links never navigate, let alone fetch
    setOpenExternalLinks(false);
    setSearchPaths({});
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps to the view
    setAccessibleName(tr("Article text"));
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // Set once: the document keeps it across setHtml, and changing the root
    // frame's format later would lay the whole document out at once.
    document()->setDocumentMargin(16);
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
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == previousPartLink())
            showPart(m_part - 1);
        else if (url.toString() == nextPartLink())
            showPart(m_part + 1);
    });
    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        const bool done = searchSlice();
        if (m_pendingJump) {
            if (const auto index = matchFor(*m_pendingJump, done)) {
                m_pendingJump.reset();
                goToMatch(*index);
            }
        }
        refreshSelections();
        if (!done)
            m_searchTimer.start(0);
        emit findProgress(m_currentMatch + 1, findMatchCount(), done);
    });
}

QVariant ReadingPane::loadResource(int type, const QUrl &name)
{
    // Only what setArticle() was given; everything else, http(s) above
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

void ReadingPane::setArticle(const Article &article, std::shared_ptr<const ArticleText> text,
                             const QHash<QString, QByteArray> &images, const HtmlOptions &options)
{
    m_article = &article;
    m_text = std::move(text);
    m_images = images;
    m_options = options;
    m_part = 0;
    m_searchTimer.stop();
    m_findText.clear();
    m_matches.clear();
    m_searchNext = 0;
    m_pendingJump.reset();
    m_currentMatch = -1;
    m_current = -1;
    render();
    if (paragraphCount() > 0)
        setCurrent(0);
}

void ReadingPane::setHtmlOptions(const HtmlOptions &options)
{
    m_options = options;
    if (!m_article)
        return;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ReadingPane::render()
{
    m_quoteSelections.clear();
    setHtml(articlePartHtml(*m_article, *m_text, m_text->parts, m_part, m_options));
    indexPieces();
    refreshSelections();
}

void ReadingPane::indexPieces()
{
    // The part's first piece holds the body anchor; each piece is one block
    // and they follow one another (see articlePartHtml).
    const int first = m_text->parts.partStarts[static_cast<std::size_t>(m_part)];
    const int end = m_text->parts.partStarts[static_cast<std::size_t>(m_part) + 1];
    m_piecePositions.clear();
    m_piecePositions.reserve(static_cast<std::size_t>(end - first));
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
    for (int i = first; i < end && block.isValid(); ++i, block = block.next())
        m_piecePositions.push_back(block.position());
}

void ReadingPane::showPart(int part)
{
    part = std::clamp(part, 0, std::max(partCount() - 1, 0));
    if (!m_article || part == m_part)
        return;
    m_part = part;
    render();
    verticalScrollBar()->setValue(0);
    const ReadingParts::Piece &piece =
            m_text->parts.pieces.empty() ? ReadingParts::Piece{-1, 0, 0}
                                         : m_text->parts.pieces[static_cast<std::size_t>(
                                                   m_text->parts.partStarts[static_cast<std::size_t>(part)])];
    if (piece.paragraph >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(m_piecePositions.empty() ? 0 : m_piecePositions.front());
        setTextCursor(cursor);
        setCurrent(piece.paragraph);
    }
}

void ReadingPane::showPartOf(int paragraph, int offset)
{
    if (!m_text || paragraph < 0 || paragraph >= paragraphCount())
        return;
    const int part = m_text->parts.partOfPiece(m_text->parts.pieceAt(paragraph, offset));
    if (part == m_part)
        return;
    m_part = part;
    render();
}

int ReadingPane::documentPosition(int paragraph, int offset) const
{
    if (!m_text || paragraph < 0 || paragraph >= paragraphCount())
        return -1;
    const int piece = m_text->parts.pieceAt(paragraph, offset);
    const int first = m_text->parts.partStarts[static_cast<std::size_t>(m_part)];
    const auto index = static_cast<std::size_t>(piece - first);
    if (piece < first || index >= m_piecePositions.size())
        return -1;
    const ReadingParts::Piece &shown = m_text->parts.pieces[static_cast<std::size_t>(piece)];
    return m_piecePositions[index] + std::clamp(offset, shown.begin, shown.end) - shown.begin;
}

int ReadingPane::paragraphPosition(int index) const
{
    return documentPosition(index, 0);
}

int ReadingPane::paragraphAt(int position) const
{
    // The paragraph the position is in or, past the body (the tags), the
    // part's last one; before the body (the headline) none.
    const auto after = std::upper_bound(m_piecePositions.begin(), m_piecePositions.end(), position);
    if (after == m_piecePositions.begin())
        return -1;
    const int piece = m_text->parts.partStarts[static_cast<std::size_t>(m_part)] +
                      static_cast<int>(after - m_piecePositions.begin()) - 1;
    return m_text->parts.pieces[static_cast<std::size_t>(piece)].paragraph;
}

std::optional<qint64> ReadingPane::bodyOffsetAt(int position) const
{
    if (m_piecePositions.empty())
        return std::nullopt;
    const auto after = std::upper_bound(m_piecePositions.begin(), m_piecePositions.end(), position);
    const auto index = after == m_piecePositions.begin() ? 0 : after - m_piecePositions.begin() - 1;
    const ReadingParts::Piece &piece = m_text->parts.pieces[static_cast<std::size_t>(
            m_text->parts.partStarts[static_cast<std::size_t>(m_part)] + index)];
    const int into = std::clamp(position - m_piecePositions[static_cast<std::size_t>(index)], 0,
                                piece.end - piece.begin);
    return m_text->starts[static_cast<std::size_t>(piece.paragraph)] + piece.begin + into;
}

int ReadingPane::documentPositionOfBody(qint64 offset) const
{
    const int paragraph = m_text->paragraphOfOffset(offset);
    if (paragraph < 0)
        return -1;
    return documentPosition(paragraph,
                            static_cast<int>(offset - m_text->starts[static_cast<std::size_t>(paragraph)]));
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
    viewport()->update();
}

void ReadingPane::setLimitLineWidth(bool limit)
{
    m_limitWidth = limit;
    if (updateMargins()) {
        // The text edit lays its document out again on its own resizes
        // only; a narrower viewport is one for it.
        QResizeEvent same(size(), size());
        QTextBrowser::resizeEvent(&same);
    }
}

void ReadingPane::resizeEvent(QResizeEvent *event)
{
    // The margins first, so the document is laid out once, to the viewport
    // it will have.
    updateMargins();
    QTextBrowser::resizeEvent(event);
}

bool ReadingPane::updateMargins()
{
    // A comfortable measure: about 70 characters of body text, centred by
    // margins around the viewport. Margins of the document's root frame
    // would do the same, but a change of them lays the whole document out
    // at once; a narrower viewport is relaid out in steps like any resize.
    const QFontMetrics metrics(document()->defaultFont());
    const int measure = metrics.horizontalAdvance(QString(70, QLatin1Char('n'))) + 2 * 16;
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int spare = contentsRect().width() - scrollBar - measure;
    const int side = m_limitWidth && spare > 48 ? spare / 2 : 8;
    if (viewportMargins().left() == side && viewportMargins().right() == side)
        return false;
    setViewportMargins(side, 0, side, 0);
    return true;
}

void ReadingPane::scrollToTop()
{
    if (m_article && m_part != 0) {
        m_part = 0;
        render();
    }
    verticalScrollBar()->setValue(0);
    moveCursor(QTextCursor::Start);
    setCurrent(paragraphCount() > 0 ? 0 : -1);
}

void ReadingPane::goToParagraph(int index)
{
    showPartOf(index, 0);
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
    showPartOf(paragraph, begin);
    const int from = documentPosition(paragraph, begin);
    if (from < 0)
        return;
    int to = documentPosition(endParagraph, end);
    if (to < 0) // the quote goes on in the next part: mark it to the end of this one
        to = document()->lastBlock().position();
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(std::max(to, from), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(m_colors.quoteActive);
    m_quoteSelections = {selection};
    // The paragraph at the top when it starts in this part, then the quote
    // in view whatever its length.
    const int start = paragraphPosition(paragraph);
    if (start >= 0) {
        QTextCursor top(document());
        top.setPosition(start);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(top).top() - 8);
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    setCurrent(paragraph);
    refreshSelections();
}

std::optional<std::size_t> ReadingPane::matchFor(const PendingJump &jump, bool wrap) const
{
    if (m_matches.empty())
        return std::nullopt;
    if (jump.forward) {
        const auto at = std::lower_bound(m_matches.begin(), m_matches.end(), jump.from);
        if (at != m_matches.end())
            return static_cast<std::size_t>(at - m_matches.begin());
        return wrap ? std::optional<std::size_t>(0) : std::nullopt;
    }
    // The last match ending at or before the caret.
    const auto after = std::upper_bound(m_matches.begin(), m_matches.end(), jump.from - m_findText.size());
    if (after != m_matches.begin())
        return static_cast<std::size_t>(after - m_matches.begin()) - 1;
    return wrap ? std::optional<std::size_t>(m_matches.size() - 1) : std::nullopt;
}

std::pair<int, int> ReadingPane::find(const QString &text, bool forward, bool incremental)
{
    // The article's text is searched as strings, not the laid-out document
    // (QTextDocument::find walks it fragment by fragment: seconds per word on
    // a page of megabytes), a slice at a time, and only the matches near the
    // view are painted.
    if (!m_text)
        return {0, 0};
    if (text != m_findText) {
        m_findText = text;
        m_matches.clear();
        m_currentMatch = -1;
        m_searchNext = text.isEmpty() ? paragraphCount() : 0;
    }
    m_pendingJump.reset();
    if (text.isEmpty()) {
        m_searchTimer.stop();
        refreshSelections();
        return {0, 0};
    }
    const QTextCursor caret = textCursor();
    const int position = forward && !incremental ? caret.selectionEnd() : caret.selectionStart();
    const PendingJump jump{forward, bodyOffsetAt(position).value_or(0)};
    bool done = findComplete() || searchSlice();
    if (const auto index = matchFor(jump, done))
        goToMatch(*index);
    else if (!done)
        m_pendingJump = jump;
    if (!done)
        m_searchTimer.start(0);
    refreshSelections();
    return {m_currentMatch + 1, findMatchCount()};
}

bool ReadingPane::searchSlice()
{
    QElapsedTimer slice;
    slice.start();
    const int count = paragraphCount();
    while (m_searchNext < count && slice.elapsed() < kSearchSliceMs) {
        const auto p = static_cast<std::size_t>(m_searchNext);
        const QString &paragraph = m_text->paragraphs[p];
        for (qsizetype at = paragraph.indexOf(m_findText, 0, Qt::CaseInsensitive); at >= 0;
             at = paragraph.indexOf(m_findText, at + 1, Qt::CaseInsensitive))
            m_matches.push_back(m_text->starts[p] + at);
        ++m_searchNext;
    }
    return m_searchNext >= count;
}

void ReadingPane::goToMatch(std::size_t index)
{
    m_currentMatch = static_cast<int>(index);
    const qint64 offset = m_matches[index];
    const int paragraph = m_text->paragraphOfOffset(offset);
    const int local = static_cast<int>(offset - m_text->starts[static_cast<std::size_t>(paragraph)]);
    const int length = static_cast<int>(m_findText.size());
    showPartOf(paragraph, local);
    const int from = documentPosition(paragraph, local);
    if (from < 0)
        return;
    const int to = documentPosition(paragraph, local + length);
    QTextCursor match(document());
    match.setPosition(from);
    match.setPosition(to < from ? from + length : to, QTextCursor::KeepAnchor);
    setTextCursor(match);
    ensureCursorVisible();
}

void ReadingPane::clearFind()
{
    m_searchTimer.stop();
    m_findText.clear();
    m_matches.clear();
    m_searchNext = paragraphCount();
    m_pendingJump.reset();
    m_currentMatch = -1;
    refreshSelections();
}

QList<QTextEdit::ExtraSelection> ReadingPane::visibleMatches() const
{
    // The matches from a screen above the view to a screen below it: enough
    // for scrolling to show them at once, few enough to paint in no time
    // however many the article holds (the view asks again when it scrolls).
    QList<QTextEdit::ExtraSelection> painted;
    if (m_matches.empty() || m_piecePositions.empty())
        return painted;
    const int height = viewport()->height();
    const qint64 first = bodyOffsetAt(cursorForPosition(QPoint(0, -height)).position()).value_or(0);
    const qint64 last =
            bodyOffsetAt(cursorForPosition(QPoint(viewport()->width(), 2 * height)).position()).value_or(0);
    const int length = static_cast<int>(m_findText.size());
    for (auto it = std::lower_bound(m_matches.begin(), m_matches.end(), first - length);
         it != m_matches.end() && *it <= last && painted.size() < kMaxPaintedMatches; ++it) {
        const int from = documentPositionOfBody(*it);
        if (from < 0)
            continue;
        const int to = documentPositionOfBody(*it + length);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to < from ? from + length : to, QTextCursor::KeepAnchor);
        selection.format.setBackground(m_colors.match);
        painted << selection;
    }
    return painted;
}

void ReadingPane::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    viewport()->update();
    emit currentParagraphChanged(index);
}

QRect ReadingPane::currentBand() const
{
    // The blocks of the current paragraph in the part shown, across the view.
    if (m_current < 0 || m_piecePositions.empty())
        return {};
    const int partFirst = m_text->parts.partStarts[static_cast<std::size_t>(m_part)];
    const int partEnd = m_text->parts.partStarts[static_cast<std::size_t>(m_part) + 1];
    const int first = std::max(m_text->parts.paragraphPieces[static_cast<std::size_t>(m_current)], partFirst);
    const int end = std::min(m_text->parts.paragraphPieces[static_cast<std::size_t>(m_current) + 1], partEnd);
    if (first >= end)
        return {};
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QTextBlock top =
            document()->findBlock(m_piecePositions[static_cast<std::size_t>(first - partFirst)]);
    const QTextBlock bottom =
            document()->findBlock(m_piecePositions[static_cast<std::size_t>(end - 1 - partFirst)]);
    const QRectF rect = layout->blockBoundingRect(top).united(layout->blockBoundingRect(bottom));
    const int y = static_cast<int>(rect.top()) - verticalScrollBar()->value();
    return {0, y, viewport()->width(), static_cast<int>(rect.height())};
}

void ReadingPane::paintEvent(QPaintEvent *event)
{
    // The current paragraph's band is painted under the text, so the quote
    // tints of the document stay visible above it: no selection per quote,
    // whose painting grows with quotes × lines of the paragraph.
    const QRect band = currentBand().intersected(event->rect());
    if (!band.isEmpty()) {
        QPainter painter(viewport());
        painter.fillRect(band, m_colors.current);
    }
    QTextBrowser::paintEvent(event);
}

void ReadingPane::refreshSelections()
{
    setExtraSelections(m_quoteSelections + visibleMatches());
}

} // namespace warta
