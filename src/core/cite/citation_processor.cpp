#include "warta/cite/citation_processor.h"

#include "cite/csl_item.h"
#include "cite/csl_locale.h"
#include "cite/csl_style_data.h"

namespace warta {
using namespace detail;

Expected<CslItem> CslItem::fromJson(const std::string &json)
{
    auto parsed = parseItemJson(json);
    if (!parsed)
        return Unexpected{parsed.error()};
    return fromData(std::move(parsed.value()));
}

CslItem CslItem::fromData(ItemData data)
{
    CslItem item;
    item.m_data = std::make_shared<const ItemData>(std::move(data));
    return item;
}

Expected<std::vector<CslItem>> CslItem::listFromJson(const std::string &json)
{
    auto parsed = parseItemListJson(json);
    if (!parsed)
        return Unexpected{parsed.error()};
    std::vector<CslItem> items;
    for (auto &data : parsed.value())
        items.push_back(fromData(std::move(data)));
    return items;
}

const std::string &CslItem::id() const
{
    return m_data->id;
}

bool CslItem::has(const std::string &variable) const
{
    if (auto it = m_data->vars.find(variable); it != m_data->vars.end() && !it->second.empty())
        return true;
    if (auto it = m_data->names.find(variable); it != m_data->names.end() && !it->second.empty())
        return true;
    auto it = m_data->dates.find(variable);
    return it != m_data->dates.end() && !it->second.empty();
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

} // namespace warta
