#include "citation_source.h"

#include "text_convert.h"

#include "warta/cite/article_item.h"
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"

#include <QCoreApplication>
#include <QMap>

namespace warta {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("warta::Citations", text);
}

// The core's CSL processor behind the viewer's interface. Styles are parsed
// once per (style, locale) and kept for the session.
class CslCitationSource final : public CitationSource {
public:
    bool isAvailable() const override { return true; }

    QList<CitationStyle> styles() const override
    {
        QList<CitationStyle> result;
        for (const cite::StyleSummary &summary : cite::listStyles())
            result << CitationStyle{qs(summary.id), qs(summary.title)};
        sortStyles(result);
        return result;
    }

    std::optional<CitationResult> cite(const Article &article, const QString &styleId, const QString &locale,
                                       std::optional<int> paragraph, QString *error) const override
    {
        const cite::CitationProcessor *processor = processorFor(styleId, locale, error);
        if (!processor)
            return std::nullopt;
        auto item = cite::articleToItem(article);
        if (!item)
            return fail(item.error(), error);
        std::optional<cite::Locator> locator;
        if (paragraph)
            locator = cite::Locator{"paragraph", std::to_string(*paragraph)};

        CitationResult result;
        const auto html = processor->bibliography(*item, cite::OutputFormat::Html);
        const auto text = processor->bibliography(*item, cite::OutputFormat::Text);
        const auto inHtml = processor->citation(*item, cite::OutputFormat::Html, locator);
        const auto inText = processor->citation(*item, cite::OutputFormat::Text, locator);
        for (const auto *part : {&html, &text, &inHtml, &inText})
            if (!*part)
                return fail(part->error(), error);
        result.reference = {qs(*html), qs(*text)};
        result.inText = {qs(*inHtml), qs(*inText)};
        return result;
    }

    std::optional<QString> exportReference(const Article &article, ReferenceFormat format,
                                           QString *) const override
    {
        // The same mapping as warta-cli's, so both give the same reference.
        switch (format) {
        case ReferenceFormat::BibTeX:
            return qs(cite::articleToBibtex(article));
        case ReferenceFormat::Ris:
            return qs(cite::articleToRis(article));
        case ReferenceFormat::CslJson:
            return qs(cite::articleToCslJson(article));
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

    const cite::CitationProcessor *processorFor(const QString &styleId, const QString &locale,
                                                QString *error) const
    {
        const QString key = styleId + QLatin1Char('|') + locale;
        const auto found = m_processors.constFind(key);
        if (found != m_processors.constEnd())
            return found->get();
        auto style = cite::CslStyle::load(styleId.toStdString());
        if (!style) {
            if (error)
                *error = tr("the citation style “%1” is not installed").arg(styleId);
            return nullptr;
        }
        auto processor = cite::CitationProcessor::create(*style, {locale.toStdString()});
        if (!processor) {
            if (error)
                *error = qs(processor.error().message);
            return nullptr;
        }
        auto owned = std::make_shared<cite::CitationProcessor>(std::move(*processor));
        m_processors.insert(key, owned);
        return owned.get();
    }

    mutable QMap<QString, std::shared_ptr<cite::CitationProcessor>> m_processors;
};

} // namespace

std::unique_ptr<CitationSource> makeCitationSource()
{
    return std::make_unique<CslCitationSource>();
}

} // namespace warta
