#include "article_export.h"

#include "text_convert.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace warta {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warta::Export", text);
}

// Markdown would read "1." or "#" at a line start as a list or heading.
QString mdEscape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    for (const char c : {'*', '_', '`', '[', ']', '<'})
        out.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    if (out.startsWith(QLatin1Char('#')) || out.startsWith(QLatin1Char('>')))
        out.prepend(QLatin1Char('\\'));
    return out;
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

} // namespace

QString articleMarkdown(const Article &article, UiLanguage language)
{
    QStringList out;
    out << QStringLiteral("# ") + mdEscape(qs(article.title));
    if (article.subtitle)
        out << QStringLiteral("*") + mdEscape(qs(article.subtitle)) + QStringLiteral("*");
    QStringList meta;
    if (article.published)
        meta << longDate(*article.published, language);
    for (const Author &author : article.authors)
        meta << QStringLiteral("%1: %2").arg(authorRoleText(author.role), qs(author.name));
    if (article.editorInitials)
        meta << QStringLiteral("%1: %2").arg(tr("Editor"), qs(article.editorInitials));
    if (!meta.isEmpty())
        out << mdEscape(meta.join(QStringLiteral(" · ")));
    if (article.leadImage && article.leadImage->caption)
        out << QStringLiteral("*") + mdEscape(qs(article.leadImage->caption)) + QStringLiteral("*");
    for (const Paragraph &paragraph : article.paragraphs)
        out << mdEscape(qs(paragraph.text));
    if (!article.tags.empty()) {
        QStringList tags;
        for (const auto &tag : article.tags)
            tags << qs(tag);
        out << tr("Tags:") + QLatin1Char(' ') + mdEscape(tags.join(QStringLiteral(", ")));
    }
    if (article.url)
        out << tr("Source:") + QStringLiteral(" <") + qs(article.url) + QLatin1Char('>');
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString diagnosticText(const Diagnostic &diagnostic)
{
    // The core writes its messages for people already; the code is kept for
    // anyone reporting a problem.
    QString text = qs(diagnostic.message);
    if (text.isEmpty())
        text = qs(diagnostic.code);
    return text;
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
                        .arg(diagnosticText(d).toHtmlEscaped(), qs(d.code).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace warta
