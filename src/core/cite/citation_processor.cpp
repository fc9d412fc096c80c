#include "warta/cite/citation_processor.h"

#include "cite/csl_item.h"
#include "cite/csl_locale.h"
#include "cite/csl_render.h"
#include "cite/csl_sort.h"

namespace warta::cite {
using namespace detail;

Expected<CslItem> CslItem::fromJson(const std::string &json)
{
    auto parsed = parseItemJson(json);
    if (!parsed)
        return Unexpected{parsed.error()};
    CslItem item;
    item.m_data = std::make_shared<const ItemData>(std::move(parsed.value()));
    return item;
}

Expected<std::vector<CslItem>> CslItem::listFromJson(const std::string &json)
{
    auto parsed = parseItemListJson(json);
    if (!parsed)
        return Unexpected{parsed.error()};
    std::vector<CslItem> items;
    for (auto &data : parsed.value()) {
        CslItem item;
        item.m_data = std::make_shared<const ItemData>(std::move(data));
        items.push_back(std::move(item));
    }
    return items;
}

const std::string &CslItem::id() const
{
    return m_data->id;
}

Expected<CitationProcessor> CitationProcessor::create(const CslStyle &style, const ProcessorOptions &options)
{
    std::string lang = options.locale;
    if (lang.empty())
        lang = style.defaultLocale();
    if (lang.empty())
        lang = "en-US";
    auto locale = buildLocale(style.localeDir(), lang, style.data().root);
    if (!locale)
        return Unexpected{locale.error()};
    CitationProcessor processor{style, std::move(locale.value())};
    processor.m_flatten = options.flattenDisplay;
    return processor;
}

CitationProcessor::CitationProcessor(CslStyle style, std::shared_ptr<const detail::CslLocale> locale)
    : m_style(std::move(style))
    , m_locale(std::move(locale))
{}

const std::string &CitationProcessor::localeId() const
{
    return m_locale->lang;
}

namespace {

// second-field-align: the layout's first printed child is the left margin,
// the rest (with the layout's suffix) the right-inline block, as citeproc-js.
Out splitSecondField(Out body, const std::string &prefix, const std::string &suffix, bool flatten)
{
    Out margin;
    Out rest = Out::group({});
    bool first = true;
    for (auto &kid : body.kids) {
        if (kid.empty())
            continue;
        if (first)
            margin = std::move(kid);
        else
            rest.kids.push_back(std::move(kid));
        first = false;
    }
    if (first)
        return body;
    Out marginBox = Out::group({});
    marginBox.kids.push_back(std::move(margin));
    marginBox.display = flatten ? "flat-left-margin" : "left-margin";
    rest.display = flatten ? "flat-right-inline" : "right-inline";
    rest.suffix = suffix;
    Out entry = Out::group({});
    entry.prefix = prefix;
    entry.kids.push_back(std::move(marginBox));
    entry.kids.push_back(std::move(rest));
    return entry;
}

} // namespace

Expected<std::string> CitationProcessor::renderEntry(const CslItem &item, OutputFormat format,
                                                     int number) const
{
    const StyleData &style = m_style.data();
    pugi::xml_node layout = style.bibliography.child("layout");
    if (!layout)
        return fail(ErrorCode::BadStyle, "the style " + style.id + " has no bibliography");
    RenderRequest request;
    request.citationNumber = number;
    Renderer renderer(style, *m_locale, item.data(), request);
    auto body = renderer.renderLayoutBody();
    if (!body)
        return Unexpected{body.error()};
    Out entry = std::move(body.value());
    if (style.bibliography.attribute("second-field-align")) {
        entry = splitSecondField(std::move(entry), layout.attribute("prefix").value(),
                                 layout.attribute("suffix").value(), m_flatten);
    } else {
        renderer.applyFormatting(entry, layout);
    }
    const bool html = format == OutputFormat::Html;
    std::string text = writeOut(entry, html, m_locale->quotes, !html, html);
    if (html)
        return "<div class=\"csl-entry\">" + text + "</div>";
    return text;
}

Expected<std::string> CitationProcessor::bibliography(const CslItem &item, OutputFormat format) const
{
    return renderEntry(item, format, 1);
}

Expected<std::string> CitationProcessor::renderCite(const std::vector<CslItem> &items, OutputFormat format,
                                                    const std::optional<Locator> &locator) const
{
    const StyleData &style = m_style.data();
    pugi::xml_node layout = style.citation.child("layout");
    Out cluster = Out::group({}, layout.attribute("delimiter").value());
    Out *formatted = nullptr;
    for (std::size_t i = 0; i < items.size(); ++i) {
        RenderRequest request;
        request.citation = true;
        request.citationNumber = static_cast<int>(i) + 1;
        if (locator) {
            request.locatorLabel = locator->label;
            request.locatorValue = locator->value;
        }
        Renderer renderer(style, *m_locale, items[i].data(), request);
        auto body = renderer.renderLayoutBody();
        if (!body)
            return Unexpected{body.error()};
        cluster.kids.push_back(std::move(body.value()));
        (void)formatted;
    }
    if (!items.empty()) {
        Renderer renderer(style, *m_locale, items[0].data(), RenderRequest{});
        renderer.applyFormatting(cluster, layout);
    }
    return writeOut(cluster, format == OutputFormat::Html, m_locale->quotes);
}

Expected<std::string> CitationProcessor::citation(const CslItem &item, OutputFormat format,
                                                  const std::optional<Locator> &locator) const
{
    return renderCite({item}, format, locator);
}

Expected<std::string> CitationProcessor::citationCluster(const std::vector<CslItem> &items,
                                                         OutputFormat format) const
{
    std::vector<CslItem> ordered = items;
    sortItems(ordered, m_style.data().citation, m_style.data(), *m_locale);
    return renderCite(ordered, format, std::nullopt);
}

Expected<std::vector<std::string>> CitationProcessor::bibliographyEntries(const std::vector<CslItem> &items,
                                                                          OutputFormat format) const
{
    std::vector<CslItem> ordered = items;
    sortItems(ordered, m_style.data().bibliography, m_style.data(), *m_locale);
    std::vector<std::string> entries;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        auto entry = renderEntry(ordered[i], format, static_cast<int>(i) + 1);
        if (!entry)
            return Unexpected{entry.error()};
        entries.push_back(std::move(entry.value()));
    }
    return entries;
}

} // namespace warta::cite
