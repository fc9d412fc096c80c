#include "evidence_print.h"

#include "text_convert.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace warta {
namespace {

// The context lupdate gives this file's tr() calls (a free function in
// namespace warta), so that the .ts entries are found at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

QString pageNumberText(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString orUnstated(const QString &value)
{
    return value.isEmpty() ? tr("not stated in the file") : value;
}

} // namespace

Evidence articleEvidence(const Article &article, const QString &citation)
{
    Evidence evidence;
    evidence.sourceUrl = article.url ? qs(article.url) : qs(article.savedFromUrl);
    evidence.savedAt = qs(article.source.savedAt);
    evidence.sha256 = qs(article.source.sha256);
    evidence.citation = citation;
    return evidence;
}

QStringList evidenceLines(const Evidence &evidence)
{
    QStringList lines;
    lines << tr("Source: %1").arg(orUnstated(evidence.sourceUrl));
    lines << tr("Saved: %1").arg(orUnstated(evidence.savedAt));
    lines << tr("SHA-256 of the saved file: %1").arg(orUnstated(evidence.sha256));
    if (!evidence.citation.isEmpty())
        lines << tr("Cite as: %1").arg(evidence.citation);
    return lines;
}

QString evidenceMarkdown(const Evidence &evidence)
{
    QString markdown = QStringLiteral("\n---\n\n");
    for (const QString &line : evidenceLines(evidence))
        markdown += line + QStringLiteral("  \n");
    return markdown;
}

EvidencePages::EvidencePages(QTextDocument &document, QPaintDevice &device, QSizeF page, Evidence evidence)
    : m_document(document)
    , m_footer(std::make_unique<QTextDocument>())
    , m_page(page)
    , m_evidence(std::move(evidence))
{
    m_footer->documentLayout()->setPaintDevice(&device);
    QFont small = document.defaultFont();
    small.setPointSizeF(7.5);
    m_footer->setDefaultFont(small);
    m_footer->setDocumentMargin(0);
    // Every page keeps the room of the footer, so the text breaks the same
    // way on each; the page number is the only part that changes.
    layoutFooter(0);
    m_textHeight = m_page.height() - m_footer->size().height();
    m_document.documentLayout()->setPaintDevice(&device);
    m_document.setPageSize(QSizeF(m_page.width(), m_textHeight));
}

EvidencePages::~EvidencePages() = default;

int EvidencePages::pageCount() const
{
    return m_document.pageCount();
}

void EvidencePages::layoutFooter(int index)
{
    QString html = QStringLiteral("<hr/><p style=\"margin:0\">");
    for (const QString &line : evidenceLines(m_evidence))
        html += line.toHtmlEscaped() + QStringLiteral("<br/>");
    html += pageNumberText(index + 1, std::max(pageCount(), 1)).toHtmlEscaped() + QStringLiteral("</p>");
    m_footer->setHtml(html);
    m_footer->setTextWidth(m_page.width());
}

QString EvidencePages::footerText(int index)
{
    layoutFooter(index);
    return m_footer->toPlainText();
}

void EvidencePages::paintPage(QPainter &painter, int index)
{
    painter.save();
    const QRectF clip(0, index * m_textHeight, m_page.width(), m_textHeight);
    painter.translate(0, -clip.top());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();

    painter.save();
    painter.translate(0, m_textHeight);
    layoutFooter(index);
    m_footer->drawContents(&painter);
    painter.restore();
}

bool printWithEvidence(QTextDocument &document, QPagedPaintDevice &device, const Evidence &evidence)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    EvidencePages pages(document, device, QSizeF(device.width(), device.height()), evidence);
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        pages.paintPage(painter, page);
    }
    return true;
}

} // namespace warta
