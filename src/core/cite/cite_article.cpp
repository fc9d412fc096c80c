#include "warta/cite/cite_article.h"

#include "warta/cite/article_item.h"

namespace warta {

Expected<std::optional<Locator>> pinpointLocator(const Article &article, const Pinpoint &pinpoint)
{
    if (pinpoint.paragraph && pinpoint.quote)
        return fail(ErrorCode::Usage, "a paragraph and a quote exclude each other");
    if (pinpoint.paragraph)
        return std::optional<Locator>{Locator{"paragraph", std::to_string(*pinpoint.paragraph)}};
    if (!pinpoint.quote)
        return std::optional<Locator>{};
    const auto &quotes = article.quotes;
    if (*pinpoint.quote < 1 || static_cast<std::size_t>(*pinpoint.quote) > quotes.size())
        return fail(ErrorCode::Usage, "the article has " + std::to_string(quotes.size()) + " quotes");
    // A quote is cited where it starts, as a reader finds it.
    const int paragraph = quotes[static_cast<std::size_t>(*pinpoint.quote - 1)].paragraph + 1;
    return std::optional<Locator>{Locator{"paragraph", std::to_string(paragraph)}};
}

Expected<Citer> Citer::create(const std::string &style, const std::string &locale, const StyleOptions &styles)
{
    auto loaded = CslStyle::load(style, styles);
    if (!loaded)
        return Unexpected{loaded.error()};
    ProcessorOptions options;
    options.locale = locale;
    auto processor = CitationProcessor::create(*loaded, options);
    if (!processor)
        return Unexpected{processor.error()};
    return Citer(std::move(*processor));
}

Expected<std::vector<std::string>> Citer::renderEach(const std::vector<CslItem> &items,
                                                     const CiteRequest &request) const
{
    const bool inText = request.inText || request.locator.has_value();
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto &item : items) {
        auto text = inText ? m_processor.citation(item, request.format, request.locator)
                           : m_processor.bibliography(item, request.format);
        if (!text)
            return Unexpected{text.error()};
        out.push_back(std::move(*text));
    }
    return out;
}

Expected<RenderedDocument> Citer::renderDocument(const std::vector<CslItem> &items,
                                                 const std::vector<CitationCluster> &clusters,
                                                 OutputFormat format) const
{
    return m_processor.renderDocument(items, clusters, format);
}

Expected<std::string> Citer::renderOne(const CslItem &item, const CiteRequest &request) const
{
    auto text = renderEach({item}, request);
    if (!text)
        return Unexpected{text.error()};
    return std::move(text->front());
}

namespace {

// The article's half of a citation: its pinpoint checked, its item built.
struct ArticleCitation {
    CslItem item;
    std::optional<Locator> locator;
};

Expected<ArticleCitation> prepare(const Article &article, const Pinpoint &pinpoint)
{
    auto locator = pinpointLocator(article, pinpoint);
    if (!locator)
        return Unexpected{locator.error()};
    auto item = articleToItem(article);
    if (!item)
        return Unexpected{item.error()};
    return ArticleCitation{std::move(*item), std::move(*locator)};
}

} // namespace

Expected<std::string> Citer::cite(const Article &article, OutputFormat format, bool inText,
                                  const Pinpoint &pinpoint) const
{
    auto prepared = prepare(article, pinpoint);
    if (!prepared)
        return Unexpected{prepared.error()};
    return renderOne(prepared->item, {format, inText, prepared->locator});
}

Expected<std::string> citeArticle(const Article &article, const CiteOptions &options)
{
    auto prepared = prepare(article, options.pinpoint);
    if (!prepared)
        return Unexpected{prepared.error()};
    auto citer = Citer::create(options.style, options.locale);
    if (!citer)
        return Unexpected{citer.error()};
    return citer->renderOne(prepared->item, {options.format, options.inText, prepared->locator});
}

} // namespace warta
