#include "library_references.h"

#include "error_text.h"
#include "text_convert.h"

#include "warta/cite/article_item.h"
#include "warta/extract/extract.h"

#include <QCoreApplication>
#include <QDir>

namespace warta {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

} // namespace

std::optional<FormattedCitation> libraryReferenceList(const Library &library,
                                                      const std::vector<std::int64_t> &articleIds,
                                                      const CitationContext &context, QString *error)
{
    if (!context.source) {
        *error = tr("no citation styles are installed");
        return std::nullopt;
    }
    std::vector<std::string> items;
    for (const std::int64_t id : articleIds) {
        auto json = library.cslJson(id);
        if (!json) {
            *error = errorReason(json.error());
            return std::nullopt;
        }
        items.push_back(std::move(*json));
    }
    return context.source->referenceList(items, context.styleId, context.locale, error);
}

std::optional<CitationResult> libraryQuoteCitation(const Library &library, const LibraryQuote &quote,
                                                   const CitationContext &context, QString *error)
{
    if (!context.source) {
        *error = tr("no citation styles are installed");
        return std::nullopt;
    }
    auto json = library.cslJson(quote.article.id);
    if (!json) {
        *error = errorReason(json.error());
        return std::nullopt;
    }
    // The quote is cited where it starts, as the reader's own copy does.
    return context.source->citeItem(*json, context.styleId, context.locale, quote.paragraph + 1, error);
}

FormattedCitation quoteWithCitation(const LibraryQuote &quote, const CitationResult &citation)
{
    QString words = QStringLiteral("“%1”").arg(qs(quote.text));
    if (quote.speaker && !quote.speaker->empty())
        words = qs(*quote.speaker) + QStringLiteral(": ") + words;
    return {QStringLiteral("<blockquote>%1 %2</blockquote>%3")
                    .arg(words.toHtmlEscaped(), citation.inText.html, citation.reference.html),
            words + QLatin1Char(' ') + citation.inText.text + QStringLiteral("\n\n") +
                    citation.reference.text};
}

QString libraryReferences(const Library &library, const std::vector<LibraryArticle> &articles,
                          ReferenceFormat format, QStringList *problems)
{
    QStringList parts;
    for (const LibraryArticle &entry : articles) {
        if (format == ReferenceFormat::CslJson) {
            auto json = library.cslJson(entry.id);
            if (json)
                parts << qs(*json);
            else
                *problems << QStringLiteral("%1: %2").arg(qs(entry.title), errorReason(json.error()));
            continue;
        }
        auto article = extractFile(entry.path);
        if (!article) {
            *problems << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(qs(entry.path)),
                                                      errorReason(article.error()));
            continue;
        }
        parts << qs(format == ReferenceFormat::BibTeX ? articleToBibtex(*article) : articleToRis(*article));
    }
    if (format == ReferenceFormat::CslJson)
        return QStringLiteral("[\n%1\n]\n").arg(parts.join(QStringLiteral(",\n")));
    for (QString &part : parts)
        if (!part.endsWith(QLatin1Char('\n')))
            part += QLatin1Char('\n');
    return parts.join(QLatin1Char('\n'));
}

} // namespace warta
