// Citations, export and printing.
#include "main_window.h"

#include "article_export.h"
#include "article_format.h"
#include "article_html.h"
#include "evidence_print.h"
#include "language.h"
#include "reading_pane.h"
#include "side_panel.h"
#include "style_chooser.h"
#include "text_convert.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextDocument>

namespace warta {

void MainWindow::setCitationSource(std::unique_ptr<CitationSource> source)
{
    m_citations = std::move(source);
    setCitationStyle(m_style.id);
    updateCitationActions();
}

void MainWindow::setCitationStyle(const QString &styleId)
{
    // The title and the style's own locale are read once here, not at every
    // copy: the Cite menu and the status message name them.
    const auto described = m_citations ? m_citations->describeStyle(styleId) : std::nullopt;
    m_style = described ? *described : CitationStyle{styleId, styleId, {}};
    QSettings().setValue(QStringLiteral("citation/style"), styleId);
    updateCitationLabels();
}

void MainWindow::updateCitationActions()
{
    const bool on = m_loaded && m_citations;
    for (QAction *action : std::as_const(m_citationActions))
        action->setEnabled(on);
    // A quote can only be copied from an article that has some.
    if (m_copyQuoteAction)
        m_copyQuoteAction->setEnabled(on && !m_loaded->article.quotes.empty());
    // Words can only be quoted once some are selected.
    if (m_copySelectionAction)
        m_copySelectionAction->setEnabled(on && m_pane->textCursor().hasSelection());
}

void MainWindow::updateCitationLabels()
{
    if (!m_styleAction)
        return;
    m_styleAction->setText(tr("Citation &Style: %1…").arg(m_style.title));
    m_localeMenu->setTitle(tr("Citation &Language: %1").arg(localeName(citationLocale())));
}

QString MainWindow::localeName(const QString &locale)
{
    if (locale == QLatin1String("en-US"))
        return tr("English (US)");
    if (locale == QLatin1String("en-GB"))
        return tr("English (UK)");
    if (locale.startsWith(QLatin1String("id")))
        return tr("Indonesian");
    // Other locales a style may name: Qt's name for the language, and the code.
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(QLocale(locale).language()), locale);
}

QString MainWindow::citationLocaleFor(const CitationStyle &style) const
{
    // Unless the reader chose one, a style with its own locale (Harvard Cite
    // Them Right is en-GB) is written in it, as warta-cli cite does; other
    // styles follow the interface ("diakses", "Juni" for the Indonesian UI).
    const QString chosen = QSettings().value(QStringLiteral("citation/locale")).toString();
    const QString interfaceLocale =
            uiLanguage() == UiLanguage::Indonesian ? QStringLiteral("id-ID") : QStringLiteral("en-US");
    return effectiveCitationLocale(chosen, style.defaultLocale, interfaceLocale);
}

QString MainWindow::citationLocale() const
{
    return citationLocaleFor(m_style);
}

void MainWindow::setCitationLocale(const QString &locale)
{
    QSettings().setValue(QStringLiteral("citation/locale"), locale);
    updateCitationLabels();
}

void MainWindow::chooseCitationStyle()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<CitationStyle> styles = m_citations ? m_citations->styles() : installedStyles();
    QApplication::restoreOverrideCursor();
    StyleChooser chooser(styles, m_style.id, this, stylePreview());
    if (chooser.exec() != QDialog::Accepted || chooser.selectedStyle().isEmpty())
        return;
    setCitationStyle(chooser.selectedStyle());
    statusBar()->showMessage(tr("Citation style: %1 (%2)").arg(m_style.title, localeName(citationLocale())),
                             4000);
}

StyleChooser::Preview MainWindow::stylePreview() const
{
    if (!m_loaded || !m_citations)
        return {};
    return [this](const QString &styleId) -> QString {
        const auto style = m_citations->describeStyle(styleId);
        if (!style)
            return {};
        QString error;
        const auto citation = m_citations->cite(m_loaded->article, styleId, citationLocaleFor(*style),
                                                Pinpoint{1, std::nullopt}, &error);
        if (!citation)
            return error.toHtmlEscaped();
        return QStringLiteral("<p>%1</p><p>%2</p><p><small>%3</small></p>")
                .arg(citation->reference.html, citation->inText.html,
                     localeName(citationLocaleFor(*style)).toHtmlEscaped());
    };
}

bool MainWindow::putCitation(CopyShape shape, const QString &words, const Pinpoint &pinpoint)
{
    if (!m_loaded || !m_citations)
        return false;
    QString error;
    const auto citation =
            m_citations->cite(m_loaded->article, m_style.id, citationLocale(), pinpoint, &error);
    if (!citation) {
        showError(tr("Warta could not make the citation: %1.").arg(error));
        return false;
    }
    auto *mime = new QMimeData;
    switch (shape) {
    case CopyShape::Reference:
        mime->setText(citation->reference.text);
        mime->setHtml(citation->reference.html);
        break;
    case CopyShape::InText:
        mime->setText(citation->inText.text);
        mime->setHtml(citation->inText.html);
        break;
    case CopyShape::Quotation: {
        // The words as a quotation, ready for a sentence of the reader's own:
        // “…” (Author, 2019, para. 5). The entry goes in the reference list.
        const QString quoted = QStringLiteral("“%1”").arg(words);
        mime->setText(quoted + QLatin1Char(' ') + citation->inText.text);
        mime->setHtml(quoted.toHtmlEscaped() + QLatin1Char(' ') + citation->inText.html);
        break;
    }
    case CopyShape::Passage:
        // A passage: the words, the pinpointed in-text citation, then the entry.
        mime->setText(words + QLatin1Char(' ') + citation->inText.text + QStringLiteral("\n\n") +
                      citation->reference.text);
        mime->setHtml(QStringLiteral("<blockquote>%1 %2</blockquote>%3")
                              .arg(words.toHtmlEscaped(), citation->inText.html, citation->reference.html));
        break;
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Citation copied (%1, %2).").arg(m_style.title, localeName(citationLocale())),
                             4000);
    return true;
}

bool MainWindow::copyCitation()
{
    return putCitation(CopyShape::Reference, {}, {});
}

bool MainWindow::copyInTextCitation()
{
    return putCitation(CopyShape::InText, {}, {});
}

bool MainWindow::copyParagraphWithCitation()
{
    if (!m_loaded)
        return false;
    const int index = std::max(m_pane->currentParagraph(), 0);
    const auto &paragraphs = m_loaded->article.paragraphs;
    if (static_cast<std::size_t>(index) >= paragraphs.size())
        return false;
    return putCitation(CopyShape::Passage, qs(paragraphs[static_cast<std::size_t>(index)].text),
                       Pinpoint{index + 1, std::nullopt});
}

namespace {

// Selected text made ready to go between quotation marks: paragraph breaks
// (U+2029 in a selection) become spaces, since a quotation is one run of
// text; the quotation's own marks at either end are dropped (the copy adds
// its own); marks inside become single ones, a quotation within a quotation.
QString asQuotation(QString text)
{
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    text = text.simplified();
    static const QString ends = QStringLiteral("\"“”„«»");
    while (!text.isEmpty() && ends.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && ends.contains(text.back()))
        text.chop(1);
    text.replace(QChar(0x201C), QChar(0x2018)).replace(QChar(0x201D), QChar(0x2019));
    text.replace(QLatin1Char('"'), QChar(0x2019));
    return text.trimmed();
}

} // namespace

bool MainWindow::copySelectionWithCitation()
{
    if (!m_loaded)
        return false;
    const QTextCursor cursor = m_pane->textCursor();
    // The paragraph the selection starts in is the pinpoint; a selection
    // before the body (the headline) has none.
    const int paragraph = m_pane->paragraphAt(cursor.selectionStart());
    const QString words = asQuotation(cursor.selectedText());
    if (words.isEmpty()) {
        statusBar()->showMessage(tr("Select some words of the article first."), 4000);
        return false;
    }
    return putCitation(
            CopyShape::Quotation, words,
            Pinpoint{paragraph >= 0 ? std::optional<int>(paragraph + 1) : std::nullopt, std::nullopt});
}

bool MainWindow::copyQuoteWithCitation()
{
    if (!m_loaded)
        return false;
    const int index = m_side->selectedQuote();
    const auto &quotes = m_loaded->article.quotes;
    if (index < 0 || static_cast<std::size_t>(index) >= quotes.size()) {
        statusBar()->showMessage(tr("Choose a quote in the Quotes tab first."), 4000);
        return false;
    }
    const Quote &quote = quotes[static_cast<std::size_t>(index)];
    const QString speaker = qs(quote.speaker);
    QString text = QStringLiteral("“%1”").arg(qs(quote.text));
    if (!speaker.isEmpty())
        text = speaker + QStringLiteral(": ") + text;
    return putCitation(CopyShape::Passage, text, Pinpoint{std::nullopt, index + 1});
}

std::optional<QString> MainWindow::referenceText(ReferenceFormat format)
{
    if (!m_loaded || !m_citations)
        return std::nullopt;
    QString error;
    auto text = m_citations->exportReference(m_loaded->article, format, &error);
    if (!text)
        showError(tr("Warta could not export the reference: %1").arg(error));
    return text;
}

bool MainWindow::copyReference(ReferenceFormat format)
{
    const auto text = referenceText(format);
    if (!text)
        return false;
    QGuiApplication::clipboard()->setText(*text);
    statusBar()->showMessage(tr("Reference copied as %1.").arg(referenceFormatName(format)), 4000);
    return true;
}

QString MainWindow::referenceFormatName(ReferenceFormat format)
{
    switch (format) {
    case ReferenceFormat::BibTeX:
        return QStringLiteral("BibTeX");
    case ReferenceFormat::Ris:
        return QStringLiteral("RIS");
    case ReferenceFormat::CslJson:
        return QStringLiteral("CSL-JSON");
    }
    return {};
}

namespace {

// Writes the whole file or nothing (QSaveFile renames a finished temporary
// over the target); on failure returns the system's reason ("Permission
// denied", "No space left on device"), empty on success.
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

QString suggestedName(const Article &article, const QString &suffix)
{
    QString name = qs(article.title).left(60).simplified();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    if (name.isEmpty())
        name = QStringLiteral("article");
    return name + suffix;
}

} // namespace

bool MainWindow::writeExport(const QString &path, const QByteArray &bytes)
{
    const QString why = writeBytes(path, bytes);
    if (why.isEmpty())
        return true;
    showError(tr("Warta could not write “%1”: %2.").arg(QDir::toNativeSeparators(path), why));
    return false;
}

bool MainWindow::exportMarkdown(const QString &path)
{
    if (!m_loaded)
        return false;
    // The core's Markdown (the same as warta-cli's), then the evidence block.
    return writeExport(path, (articleMarkdown(m_loaded->article) + evidenceMarkdown(evidence())).toUtf8());
}

bool MainWindow::exportPdf(const QString &path)
{
    if (!m_loaded)
        return false;
    // Painted into memory first, then written whole through writeExport, so
    // a failure says why (QPdfWriter onto a file would fail silently).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(qs(m_loaded->article.title));
        writer.setCreator(QStringLiteral("Warta"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter);
        const auto document = printableDocument();
        if (!printWithEvidence(*document, writer, evidence())) {
            showError(tr("Warta could not write “%1”: the PDF could not be laid out.")
                              .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    return writeExport(path, buffer.data());
}

Evidence MainWindow::evidence() const
{
    QString citation;
    if (m_citations) {
        QString error;
        const auto cited = m_citations->cite(m_loaded->article, m_style.id, citationLocale(), {}, &error);
        if (cited)
            citation = cited->reference.text;
    }
    return articleEvidence(m_loaded->article, citation);
}

bool MainWindow::exportReference(ReferenceFormat format, const QString &path)
{
    const auto text = referenceText(format);
    return text && writeExport(path, text->toUtf8());
}

void MainWindow::askExportMarkdown()
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as Markdown"),
                                                      suggestedName(m_loaded->article, QStringLiteral(".md")),
                                                      tr("Markdown (*.md)"));
    if (!path.isEmpty() && exportMarkdown(path))
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

void MainWindow::askExportPdf()
{
    if (!m_loaded)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export as PDF"), suggestedName(m_loaded->article, QStringLiteral(".pdf")),
            tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && exportPdf(path))
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

void MainWindow::askExportReference(ReferenceFormat format)
{
    if (!m_loaded)
        return;
    QString suffix = QStringLiteral(".bib");
    QString filter = tr("BibTeX (*.bib)");
    if (format == ReferenceFormat::Ris) {
        suffix = QStringLiteral(".ris");
        filter = tr("RIS (*.ris)");
    } else if (format == ReferenceFormat::CslJson) {
        suffix = QStringLiteral(".json");
        filter = tr("CSL-JSON (*.json)");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reference"),
                                                      suggestedName(m_loaded->article, suffix), filter);
    if (!path.isEmpty() && exportReference(format, path))
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
}

void MainWindow::print()
{
    if (!m_loaded)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(qs(m_loaded->article.title));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() == QDialog::Accepted && !printWithEvidence(*printableDocument(), printer, evidence()))
        showError(tr("Warta could not print: the printer could not be started."));
}

std::unique_ptr<QTextDocument> MainWindow::printableDocument() const
{
    // Paper is white whatever the screen theme is.
    HtmlOptions options;
    options.colors = themeColors(Theme::Light);
    options.bodyPointSize = 11;
    options.language = uiLanguage();
    options.leadImageUrl = m_loaded->leadImageUrl;
    auto document = std::make_unique<QTextDocument>();
    for (auto it = m_loaded->images.cbegin(); it != m_loaded->images.cend(); ++it)
        document->addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value()));
    document->setHtml(articleHtml(m_loaded->article, options));
    return document;
}

} // namespace warta
