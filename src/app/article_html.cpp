#include "article_html.h"

#include "text_convert.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <iterator>
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

// A piece's text with its quotes tinted. The quotes are the paragraph's,
// sorted by start; only those that reach into [begin, end) are looked at.
QString pieceBody(const QString &text, int begin, int end, const std::vector<QuoteRange> &ranges,
                  const QString &quoteColor)
{
    auto first = std::lower_bound(ranges.begin(), ranges.end(), static_cast<std::size_t>(begin),
                                  [](const QuoteRange &range, std::size_t at) { return range.begin < at; });
    while (first != ranges.begin() && std::prev(first)->end > static_cast<std::size_t>(begin))
        --first;
    QString html;
    qsizetype at = begin;
    for (auto it = first; it != ranges.end() && it->begin < static_cast<std::size_t>(end); ++it) {
        const auto from = std::max<qsizetype>(static_cast<qsizetype>(it->begin), at);
        const auto to = std::min<qsizetype>(static_cast<qsizetype>(it->end), end);
        if (to <= from)
            continue; // overlapping quotes: keep the first
        html += esc(text.mid(at, from - at));
        html += QStringLiteral("<span style=\"background-color:%1\">").arg(quoteColor);
        html += esc(text.mid(from, to - from)) + QStringLiteral("</span>");
        at = to;
    }
    return html + esc(text.mid(at, end - at));
}

QString partLinkHtml(const QString &link, const QString &label, const HtmlOptions &options)
{
    return QStringLiteral("<p style=\"font-size:small\"><a href=\"%1\" style=\"color:%2\">%3</a></p>")
            .arg(link, options.colors.accent.name(), esc(label));
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

QString previousPartLink()
{
    return QStringLiteral("warta-part:previous");
}

QString nextPartLink()
{
    return QStringLiteral("warta-part:next");
}

QString articlePartHtml(const Article &article, const ArticleText &text, const ReadingParts &parts, int part,
                        const HtmlOptions &options)
{
    QString html = QStringLiteral("<html><body style=\"font-size:%1pt; color:%2\">")
                           .arg(options.bodyPointSize, 0, 'f', 1)
                           .arg(options.colors.text.name());
    const int count = parts.partCount();
    if (part == 0) {
        html += headerHtml(article, options);
        html += imageHtml(article, options);
    } else {
        html += partLinkHtml(previousPartLink(), tr("‹ Previous part (%1 of %2)").arg(part).arg(count),
                             options);
    }
    const QString quoteColor = options.colors.quote.name();
    const QString marker = QStringLiteral("<a name=\"%1\"></a>").arg(bodyAnchor());
    const int first = parts.partStarts[static_cast<std::size_t>(part)];
    const int last = parts.partStarts[static_cast<std::size_t>(part) + 1];
    for (int i = first; i < last; ++i) {
        const ReadingParts::Piece &piece = parts.pieces[static_cast<std::size_t>(i)];
        const auto p = static_cast<std::size_t>(piece.paragraph);
        const QString &paragraph = text.paragraphs[p];
        // The pieces of one paragraph sit together, spaced as one paragraph.
        const bool endsParagraph = piece.end >= static_cast<int>(paragraph.size());
        html += QStringLiteral("<p style=\"margin-bottom:%1; line-height:150%\">%2%3</p>")
                        .arg(endsParagraph ? QStringLiteral("0.8em") : QStringLiteral("0"),
                             i == first ? marker : QString(),
                             pieceBody(paragraph, piece.begin, piece.end, text.quoteRanges[p], quoteColor));
    }
    if (part + 1 < count)
        html += partLinkHtml(nextPartLink(), tr("Next part (%1 of %2) ›").arg(part + 2).arg(count), options);
    else
        html += tagsHtml(article, options);
    return html + QStringLiteral("</body></html>");
}

QString articleHtml(const Article &article, const HtmlOptions &options)
{
    // One part, one piece per paragraph: the printer pages it itself.
    const auto text = makeArticleText(article);
    ReadingParts whole;
    for (int p = 0; p < text->paragraphCount(); ++p) {
        whole.paragraphPieces.push_back(p);
        whole.pieces.push_back(
                {p, 0, static_cast<int>(text->paragraphs[static_cast<std::size_t>(p)].size())});
    }
    whole.paragraphPieces.push_back(text->paragraphCount());
    whole.partStarts = {0, text->paragraphCount()};
    return articlePartHtml(article, *text, whole, 0, options);
}

} // namespace warta
