#include "citation_source.h"

#include "error_text.h"
#include "text_convert.h"

#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/cite/csl_style.h"

#include <QCoreApplication>
#include <QMap>

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
