#include "citation_source.h"

#include "error_text.h"
#include "text_convert.h"

#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/cite/csl_style.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace warta {
namespace {

// The context lupdate gives a free function's tr() calls in namespace warta
// (a call inside the class below would get the class's name instead).
QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

// Why a citation could not be made, in the interface language: the core's
// English message never reaches the window.
QString citationErrorText(const QString &styleId, const Error &failure)
{
    if (failure.code == ErrorCode::StyleNotFound)
        return tr("the citation style “%1” is not installed").arg(styleId);
    return errorReason(failure);
}

// The core's citation façade behind the viewer's interface. Styles are parsed
// once per (style, locale) and kept for the session.
class CslCitationSource final : public CitationSource {
public:
    QList<CitationStyle> styles() const override { return installedStyles(); }

    std::optional<CitationResult> cite(const Article &article, const QString &styleId, const QString &locale,
                                       const Pinpoint &pinpoint, QString *error) const override
    {
        const Citer *citer = citerFor(styleId, locale, error);
        if (!citer)
            return std::nullopt;
        const auto html = citer->cite(article, OutputFormat::Html, false);
        const auto text = citer->cite(article, OutputFormat::Text, false);
        const auto inHtml = citer->cite(article, OutputFormat::Html, true, pinpoint);
        const auto inText = citer->cite(article, OutputFormat::Text, true, pinpoint);
        for (const auto *part : {&html, &text, &inHtml, &inText})
            if (!*part)
                return fail(styleId, part->error(), error);
        return CitationResult{{qs(*html), qs(*text)}, {qs(*inHtml), qs(*inText)}};
    }

    std::optional<CitationStyle> describeStyle(const QString &styleId) const override
    {
        const auto style = CslStyle::load(styleId.toStdString());
        if (!style)
            return std::nullopt;
        return CitationStyle{styleId, style->title().empty() ? styleId : qs(style->title()),
                             qs(style->defaultLocale())};
    }

    std::optional<QString> exportReference(const Article &article, ReferenceFormat format,
                                           QString *) const override
    {
        // The same mapping as warta-cli's, so both give the same reference.
        switch (format) {
        case ReferenceFormat::BibTeX:
            return qs(articleToBibtex(article));
        case ReferenceFormat::Ris:
            return qs(articleToRis(article));
        case ReferenceFormat::CslJson:
            // An array, as reference managers import CSL-JSON (Zotero, pandoc).
            return QStringLiteral("[\n%1\n]\n").arg(qs(articleToCslJson(article)));
        }
        return std::nullopt;
    }

    std::optional<CitationResult> citeItem(const std::string &cslJson, const QString &styleId,
                                           const QString &locale, std::optional<int> paragraph,
                                           QString *error) const override
    {
        const Citer *citer = citerFor(styleId, locale, error);
        if (!citer)
            return std::nullopt;
        auto item = CslItem::fromJson(cslJson);
        if (!item)
            return fail(styleId, item.error(), error);
        std::optional<Locator> locator;
        if (paragraph)
            locator = Locator{"paragraph", std::to_string(*paragraph)};
        const auto html = citer->renderOne(*item, {OutputFormat::Html, false, std::nullopt});
        const auto text = citer->renderOne(*item, {OutputFormat::Text, false, std::nullopt});
        const auto inHtml = citer->renderOne(*item, {OutputFormat::Html, true, locator});
        const auto inText = citer->renderOne(*item, {OutputFormat::Text, true, locator});
        for (const auto *part : {&html, &text, &inHtml, &inText})
            if (!*part)
                return fail(styleId, part->error(), error);
        return CitationResult{{qs(*html), qs(*text)}, {qs(*inHtml), qs(*inText)}};
    }

    std::optional<FormattedCitation> referenceList(const std::vector<std::string> &cslJson,
                                                   const QString &styleId, const QString &locale,
                                                   QString *error) const override
    {
        const Citer *citer = citerFor(styleId, locale, error);
        if (!citer)
            return std::nullopt;
        std::vector<CslItem> items;
        for (const std::string &json : cslJson) {
            auto item = CslItem::fromJson(json);
            if (!item)
                return fail(styleId, item.error(), error);
            items.push_back(std::move(*item));
        }
        // One document, so the list is sorted, numbered and disambiguated
        // as the style wants, not a pile of single entries.
        const auto html = citer->renderDocument(items, {}, OutputFormat::Html);
        const auto text = citer->renderDocument(items, {}, OutputFormat::Text);
        for (const auto *part : {&html, &text})
            if (!*part)
                return fail(styleId, part->error(), error);
        QStringList htmlEntries;
        QStringList textEntries;
        for (const std::string &entry : html->bibliography)
            htmlEntries << qs(entry);
        for (const std::string &entry : text->bibliography)
            textEntries << qs(entry);
        return FormattedCitation{htmlEntries.join(QLatin1Char('\n')), textEntries.join(QLatin1Char('\n'))};
    }

private:
    static std::nullopt_t fail(const QString &styleId, const Error &failure, QString *error)
    {
        if (error)
            *error = citationErrorText(styleId, failure);
        return std::nullopt;
    }

    const Citer *citerFor(const QString &styleId, const QString &locale, QString *error) const
    {
        const QString key = styleId + QLatin1Char('|') + locale;
        const auto found = m_citers.constFind(key);
        if (found != m_citers.constEnd())
            return found->get();
        auto citer = Citer::create(styleId.toStdString(), locale.toStdString());
        if (!citer) {
            fail(styleId, citer.error(), error);
            return nullptr;
        }
        auto owned = std::make_shared<Citer>(std::move(*citer));
        m_citers.insert(key, owned);
        return owned.get();
    }

    mutable QMap<QString, std::shared_ptr<Citer>> m_citers;
};

} // namespace

std::optional<CitationStyle> CitationSource::describeStyle(const QString &styleId) const
{
    for (const CitationStyle &style : styles())
        if (style.id == styleId)
            return style;
    return std::nullopt;
}

std::optional<CitationResult> CitationSource::citeItem(const std::string &, const QString &, const QString &,
                                                       std::optional<int>, QString *error) const
{
    if (error)
        *error = QCoreApplication::translate("warta",
                                             "this citation source cannot cite an item of the library");
    return std::nullopt;
}

std::optional<FormattedCitation> CitationSource::referenceList(const std::vector<std::string> &,
                                                               const QString &, const QString &,
                                                               QString *error) const
{
    if (error)
        *error = QCoreApplication::translate("warta", "this citation source cannot make a reference list");
    return std::nullopt;
}

QString effectiveCitationLocale(const QString &chosen, const QString &styleDefault,
                                const QString &interfaceLocale)
{
    if (!chosen.isEmpty())
        return chosen;
    return styleDefault.isEmpty() ? interfaceLocale : styleDefault;
}

std::unique_ptr<CitationSource> makeCitationSource()
{
    return std::make_unique<CslCitationSource>();
}

} // namespace warta
