#include "article_export.h"

#include "article_format.h"
#include "text_convert.h"

#include "warta/article/article_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace warta {
namespace {

// The context lupdate gives this file's tr() calls (a free function in
// namespace warta), so that the .ts entries are found at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

QString containerText(Container container)
{
    switch (container) {
    case Container::Html:
        return tr("web page (HTML)");
    case Container::Mhtml:
        return tr("web archive (MHTML)");
    case Container::SingleFile:
        return tr("SingleFile page");
    }
    return {};
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

// The dates in a date note's subject. The core describes each statement of
// the page in English ("… from the site's date line; agreeing: time element");
// the window shows the dates they name, which need no words, and leaves the
// descriptions to the article's JSON.
QString isoStamps(const QString &subject)
{
    static const QRegularExpression stamp(
            QStringLiteral("\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?"));
    QStringList found;
    for (auto it = stamp.globalMatch(subject); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    return found.join(QStringLiteral(", "));
}

} // namespace

QString articleMarkdown(const Article &article)
{
    // The core writes the Markdown (as warta-cli does); the viewer only gives
    // it the words in the interface language. The date stays in the
    // article's own language, so an exported article is the same file from
    // either front end.
    MarkdownLabels labels;
    for (AuthorRole role : {AuthorRole::Reporter, AuthorRole::Writer, AuthorRole::Editor,
                            AuthorRole::Photographer, AuthorRole::Contributor})
        labels.roles[static_cast<std::size_t>(role)] = authorRoleText(role).toStdString();
    labels.editorInitials = tr("Editor").toStdString();
    labels.tags = tr("Tags:").toStdString();
    labels.source = tr("Source:").toStdString();
    return qs(articleToMarkdown(article, labels));
}

QString diagnosticText(const Diagnostic &diagnostic)
{
    // Worded here by code, so the Indonesian UI does not show the core's
    // English sentence; the subject is the message's one variable part.
    const QString subject = qs(diagnostic.subject);
    switch (diagnostic.code) {
    case DiagnosticCode::CharsetDetected:
        return tr("The page declares no charset; it was read as %1.").arg(subject);
    case DiagnosticCode::CharsetDeclaredWrong:
        return tr("The charset the page declares does not fit its bytes; it was read as %1.").arg(subject);
    case DiagnosticCode::CharsetUnknown:
        return tr("The container declares the unknown charset “%1”.").arg(subject);
    case DiagnosticCode::InvalidUtf8:
        return tr("%1 invalid byte sequence(s) were replaced by U+FFFD.").arg(subject);
    case DiagnosticCode::NulBytes:
        return tr("%1 NUL byte(s) were replaced by U+FFFD.").arg(subject);
    case DiagnosticCode::MhtmlTruncated:
        return tr("The MHTML file ends without its closing boundary; it may be cut off.");
    case DiagnosticCode::SavedDateUnreadable:
        return tr("SingleFile's saved date “%1” could not be read.").arg(subject);
    case DiagnosticCode::DateFromMetadata:
        return tr("The page prints no readable date; the date comes from its metadata.");
    case DiagnosticCode::DateFromUrl:
        return tr("The page states no date; the time comes from the number at the end of its URL.");
    case DiagnosticCode::DateUrlMismatch:
        return tr("The printed date and the time in the URL are more than a day apart.");
    case DiagnosticCode::DateWeekdayMismatch:
        return tr("The printed weekday does not fall on the printed date; the date was kept.");
    case DiagnosticCode::DateZoneUnknown:
        return tr("The page states the time without a zone; it is shown as printed, without an offset.");
    case DiagnosticCode::DateChosen: {
        const QString stamps = isoStamps(subject);
        return stamps.isEmpty() ? tr("The publication date was chosen among the page's statements.")
                                : tr("Date chosen: %1.").arg(stamps);
    }
    case DiagnosticCode::DateConflict: {
        const QString stamps = isoStamps(subject);
        return stamps.isEmpty() ? tr("Other statements of the page name another day.")
                                : tr("Other statements of the page name another day: %1.").arg(stamps);
    }
    case DiagnosticCode::DateAfterUpdate:
        return tr("The modification date %1 lies before the publication date; it was left out.").arg(subject);
    case DiagnosticCode::NoDate:
        return tr("The page states no publication date.");
    case DiagnosticCode::NoByline:
        return tr("The page names no reporter or writer.");
    case DiagnosticCode::NoTitle:
        return tr("The page has no headline.");
    case DiagnosticCode::NoBody:
        return tr("No article text was found on the page.");
    case DiagnosticCode::JsonLdRepaired:
        return tr("The page's JSON-LD metadata is not valid JSON; Warta repaired it to read it.");
    case DiagnosticCode::JsonLdInvalid:
        return tr("The page's JSON-LD metadata is not valid JSON and could not be read.");
    case DiagnosticCode::UnknownTemplate:
        return tr("The page's template is not one Warta knows; the article was found by content scoring.");
    case DiagnosticCode::QuotesSkipped:
        return tr("The article's text is far longer than any news article; quotes were not looked for.");
    case DiagnosticCode::PagesJoined:
        return tr("Joined pages from: %1.").arg(subject);
    case DiagnosticCode::PagesMissing:
        return subject.isEmpty() ? tr("No other page of the article was found beside the file.")
                                 : tr("Pages not found beside the file: %1.").arg(subject);
    }
    return qs(diagnostic.message);
}

QString provenanceHtml(const Article &article, UiLanguage language)
{
    const SourceInfo &source = article.source;
    const QLocale locale(language == UiLanguage::Indonesian ? QLocale::Indonesian : QLocale::English);
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("File"), qs(source.path));
    html += row(tr("Size"), tr("%1 (%2 bytes)")
                                    .arg(locale.formattedDataSize(static_cast<qint64>(source.bytes)))
                                    .arg(locale.toString(static_cast<qulonglong>(source.bytes))));
    html += row(tr("SHA-256"), qs(source.sha256));
    html += row(tr("Kind"), containerText(source.container));
    html += row(tr("Encoding"), qs(source.encoding));
    html += row(tr("Saved at"), qs(source.savedAt));
    html += row(tr("Saved from"), qs(article.savedFromUrl));
    html += row(tr("Canonical URL"), qs(article.url));
    html += row(tr("Site"), qs(article.site));
    html += row(tr("Template"), article.layout ? qs(article.layout) : tr("not recognised"));
    if (article.pageCount > 1)
        html += row(tr("Page"), tr("%1 of %2").arg(article.page).arg(article.pageCount));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Extraction notes").toHtmlEscaped());
    if (article.diagnostics.empty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("Nothing was guessed or missing.").toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const Diagnostic &d : article.diagnostics)
        html += QStringLiteral("<li>%1 <small>(%2)</small></li>")
                        .arg(diagnosticText(d).toHtmlEscaped(),
                             qs(std::string(diagnosticName(d.code))).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace warta
