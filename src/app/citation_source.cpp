#include "citation_source.h"

#include "text_convert.h"

#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/cite/csl_style.h"

#include <QCoreApplication>
#include <QMap>

namespace warta {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warta::Citations", text);
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
                return fail(part->error(), error);
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
            return qs(articleToCslJson(article));
        }
        return std::nullopt;
    }

private:
    static std::nullopt_t fail(const Error &failure, QString *error)
    {
        if (error)
            *error = qs(failure.message);
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
            if (error)
                *error = citer.error().code == ErrorCode::StyleNotFound
                                 ? tr("the citation style “%1” is not installed").arg(styleId)
                                 : qs(citer.error().message);
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
