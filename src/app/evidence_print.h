#pragma once

#include "warta/article/article.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace warta {

/// What lets a reader of a printed or exported article check it against the
/// saved file: where the page came from, when it was saved, the file's
/// SHA-256 and the citation in the chosen style. Printed at the foot of
/// every page of a PDF or a print-out, and appended to a Markdown export.
struct Evidence {
    QString sourceUrl; ///< the canonical URL, else the saved-from URL
    QString savedAt;   ///< as the saving tool recorded it; empty when it did not
    QString sha256;
    QString citation; ///< the reference-list entry as plain text; empty without a citation source
};

/// The evidence of an article, the citation given.
Evidence articleEvidence(const Article &article, const QString &citation);

/// The evidence as labelled lines in the interface language
/// ("Source: https://…", "Saved: …", "SHA-256: …", "Cite as: …").
QStringList evidenceLines(const Evidence &evidence);

/// The same as a Markdown block to put after the article.
QString evidenceMarkdown(const Evidence &evidence);

/// An article cut into pages of a paint device, each with the evidence and
/// "page N of M" at its foot. The document is laid out for the device (so it
/// is changed) with room kept at every page's foot for the footer.
class EvidencePages {
public:
    /// `device` gives the fonts' resolution; `page` is the paintable area
    /// in its pixels.
    EvidencePages(QTextDocument &document, QPaintDevice &device, QSizeF page, Evidence evidence);
    ~EvidencePages();
    EvidencePages(const EvidencePages &) = delete;
    EvidencePages &operator=(const EvidencePages &) = delete;

    int pageCount() const;
    /// Paints page `index` (0-based) with its footer, the painter's origin
    /// at the page's top left.
    void paintPage(QPainter &painter, int index);
    /// The footer's text on page `index`, as printed.
    QString footerText(int index);

private:
    void layoutFooter(int index);

    QTextDocument &m_document;
    std::unique_ptr<QTextDocument> m_footer;
    QSizeF m_page;
    qreal m_textHeight = 0;
    Evidence m_evidence;
};

/// Paints the article onto `device` (a QPrinter or a QPdfWriter), page by
/// page with the evidence at each foot. Returns false when the device cannot
/// be painted on.
bool printWithEvidence(QTextDocument &document, QPagedPaintDevice &device, const Evidence &evidence);

} // namespace warta
