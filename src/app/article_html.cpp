#include "article_html.h"

#include "text_convert.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

namespace warta {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text); // the context lupdate gives tr() here
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphBody(const QString &text, const std::vector<QuoteRange> &ranges, const QString &quoteColor)
{
    QString html;
    qsizetype at = 0;
    for (const QuoteRange &range : ranges) {
        const auto begin = static_cast<qsizetype>(range.begin);
        const auto end = static_cast<qsizetype>(range.end);
        if (begin < at)
            continue; // overlapping quotes: keep the first
        html += esc(text.mid(at, begin - at));
        html += QStringLiteral("<span style=\"background-color:%1\">").arg(quoteColor);
        html += esc(text.mid(begin, end - begin)) + QStringLiteral("</span>");
        at = end;
    }
    return html + esc(text.mid(at));
}

QString bylineHtml(const Article &article)
{
    QStringList parts;
    for (const Author &author : article.authors)
        parts << QStringLiteral("%1: %2").arg(esc(authorRoleText(author.role)), esc(qs(author.name)));
    if (article.editorInitials)
        parts << QStringLiteral("%1: %2").arg(esc(tr("Editor")), esc(qs(article.editorInitials)));
    return parts.join(QStringLiteral(" · "));
}

QString headerHtml(const Article &article, const HtmlOptions &options)
{
    const QString muted = options.colors.muted.name();
    QString html;
    if (!article.section.empty()) {
        QStringList sections;
        for (const auto &s : article.section)
            sections << esc(qs(s));
        html += QStringLiteral("<p style=\"color:%1; font-size:small; font-weight:600\">%2</p>")
                        .arg(options.colors.accent.name(), sections.join(QStringLiteral(" › ")));
    }
    html += QStringLiteral("<h1 style=\"font-size:%1pt\">%2</h1>")
                    .arg(options.bodyPointSize * 1.9, 0, 'f', 1)
                    .arg(esc(qs(article.title)));
    if (article.subtitle)
        html += QStringLiteral("<p style=\"font-size:%1pt; color:%2\"><i>%3</i></p>")
                        .arg(options.bodyPointSize * 1.15, 0, 'f', 1)
                        .arg(muted, esc(qs(article.subtitle)));
    QStringList meta;
    if (article.published)
        meta << esc(longDate(*article.published, options.language));
    else if (article.publishedText)
        meta << esc(qs(article.publishedText));
    const QString byline = bylineHtml(article);
    if (!byline.isEmpty())
        meta << byline;
    if (!meta.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, meta.join(QStringLiteral("<br>")));
    return html;
}

QString imageHtml(const Article &article, const HtmlOptions &options)
{
    if (!article.leadImage || options.leadImageUrl.isEmpty())
        return {};
    QString html = QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>")
                           .arg(esc(options.leadImageUrl))
                           .arg(static_cast<int>(options.bodyPointSize * 36));
    if (article.leadImage->caption)
        html += QStringLiteral("<p align=\"center\" style=\"color:%1; font-size:small\">%2</p>")
                        .arg(options.colors.muted.name(), esc(qs(article.leadImage->caption)));
    return html;
}

QString tagsHtml(const Article &article, const HtmlOptions &options)
{
    if (article.tags.empty())
        return {};
    QStringList tags;
    for (const auto &tag : article.tags)
        tags << QStringLiteral("#") + esc(qs(tag));
    return QStringLiteral("<p style=\"color:%1; font-size:small\">%2 %3</p>")
            .arg(options.colors.muted.name(), esc(tr("Tags:")), tags.join(QStringLiteral(" &nbsp; ")));
}

} // namespace

std::vector<std::vector<QuoteRange>> quoteRanges(const Article &article)
{
    std::vector<std::vector<QuoteRange>> ranges(article.paragraphs.size());
    const int count = static_cast<int>(article.paragraphs.size());
    for (const Quote &quote : article.quotes) {
        if (quote.paragraph < 0 || quote.endParagraph < quote.paragraph || quote.endParagraph >= count)
            continue;
        for (int p = quote.paragraph; p <= quote.endParagraph; ++p)
            ranges[static_cast<std::size_t>(p)].push_back(
                    {p == quote.paragraph ? quote.begin : 0,
                     p == quote.endParagraph ? quote.end : std::string::npos});
    }
    // Byte offsets in order, then converted in one walk of each paragraph:
    // 20,000 quotes in one paragraph cost one pass, not 20,000.
    for (std::size_t p = 0; p < ranges.size(); ++p) {
        auto &list = ranges[p];
        std::sort(list.begin(), list.end(),
                  [](const QuoteRange &a, const QuoteRange &b) { return a.begin < b.begin; });
        const std::string &text = article.paragraphs[p].text;
        Utf16Positions beginAt(text);
        Utf16Positions endAt(text);
        std::vector<QuoteRange> converted;
        converted.reserve(list.size());
        for (const QuoteRange &range : list) {
            const int begin = beginAt.at(range.begin);
            const int end = endAt.at(std::min(range.end, text.size()));
            if (end > begin)
                converted.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
        }
        list = std::move(converted);
    }
    return ranges;
}

QString bodyAnchor()
{
    return QStringLiteral("warta-body");
}

QString paragraphId(const Article &article, int index)
{
    const auto i = static_cast<std::size_t>(index);
    if (i < article.paragraphs.size() && !article.paragraphs[i].id.empty())
        return qs(article.paragraphs[i].id);
    return QStringLiteral("p%1").arg(index + 1);
}

QString articleHtml(const Article &article, const HtmlOptions &options)
{
    QString html = QStringLiteral("<html><body style=\"font-size:%1pt; color:%2\">")
                           .arg(options.bodyPointSize, 0, 'f', 1)
                           .arg(options.colors.text.name());
    html += headerHtml(article, options);
    html += imageHtml(article, options);
    const auto ranges = quoteRanges(article);
    const QString quoteColor = options.colors.quote.name();
    const QString marker = QStringLiteral("<a name=\"%1\"></a>").arg(bodyAnchor());
    for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
        html += QStringLiteral("<p style=\"margin-bottom:0.8em; line-height:150%\">%1%2</p>")
                        .arg(i == 0 ? marker : QString(),
                             paragraphBody(qs(article.paragraphs[i].text), ranges[i], quoteColor));
    }
    html += tagsHtml(article, options);
    return html + QStringLiteral("</body></html>");
}

} // namespace warta
