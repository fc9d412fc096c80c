#include "cite/csl_sort.h"

#include "cite/csl_render.h"
#include "cite/csl_text_case.h"

#include <algorithm>
#include <cstdio>

namespace warta::cite::detail {
namespace {

std::string nameKey(const std::vector<CslName> &names)
{
    std::string key;
    for (const auto &name : names) {
        if (name.isLiteral())
            key += name.literal.empty() ? name.family : name.literal;
        else
            key += name.family + " " + name.given;
        key += "  ";
    }
    return toLowerUtf8(key);
}

std::string dateKey(const CslDate &date)
{
    if (date.parts.empty())
        return toLowerUtf8(date.literal);
    char buffer[32];
    const auto &p = date.parts.front();
    std::snprintf(buffer, sizeof buffer, "%+06d%02d%02d", p[0] + 100000 - 100000, p[1], p[2]);
    return buffer;
}

std::string variableKey(const ItemData &item, const std::string &name)
{
    if (auto it = item.names.find(name); it != item.names.end())
        return nameKey(it->second);
    if (auto it = item.dates.find(name); it != item.dates.end())
        return dateKey(it->second);
    auto it = item.vars.find(name);
    if (it == item.vars.end())
        return {};
    if (isNumericValue(it->second)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%012ld", std::strtol(it->second.c_str(), nullptr, 10));
        return buffer;
    }
    return toLowerUtf8(it->second);
}

} // namespace

void sortItems(std::vector<CslItem> &items, pugi::xml_node mode, const StyleData &style,
               const CslLocale &locale)
{
    pugi::xml_node sort = mode.child("sort");
    if (!sort || items.size() < 2)
        return;
    struct Keyed {
        std::vector<std::string> keys;
        CslItem item;
    };
    std::vector<Keyed> keyed;
    for (const auto &item : items) {
        Keyed entry{{}, item};
        for (auto key : sort.children("key")) {
            if (auto v = key.attribute("variable")) {
                entry.keys.push_back(variableKey(item.data(), v.value()));
            } else if (auto m = key.attribute("macro")) {
                auto macro = style.macros.find(m.value());
                std::string text;
                if (macro != style.macros.end()) {
                    Renderer renderer(style, locale, item.data(), RenderRequest{});
                    auto out = renderer.renderNode(macro->second);
                    if (out)
                        text = toLowerUtf8(writeOut(out.value(), false, locale.quotes));
                }
                entry.keys.push_back(text);
            }
        }
        keyed.push_back(std::move(entry));
    }
    std::vector<bool> descending;
    for (auto key : sort.children("key"))
        descending.push_back(std::string(key.attribute("sort").value()) == "descending");
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        for (std::size_t i = 0; i < a.keys.size(); ++i) {
            if (a.keys[i] == b.keys[i])
                continue;
            if (a.keys[i].empty())
                return false;
            if (b.keys[i].empty())
                return true;
            return descending[i] ? a.keys[i] > b.keys[i] : a.keys[i] < b.keys[i];
        }
        return false;
    });
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i] = std::move(keyed[i].item);
}

} // namespace warta::cite::detail
