#include "cite/csl_sort.h"

#include "cite/csl_citation_label.h"
#include "cite/csl_render.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <numeric>
#include <optional>

namespace warta::detail {
namespace {

// A name variable as citeproc-js keys it: each name "family given", in order;
// a non-dropping particle leads only when the style never demotes it. The
// parts are joined by a currency sign: the collator ignores spaces, but a
// symbol sorts before every letter, so a family name sorts before a longer
// one it begins ("Dale, Zippy" before "Dalebout, Arnie").
std::string nameKey(const std::vector<CslName> &names, bool particleFirst)
{
    static const std::string kPartSeparator = "$";
    std::string key;
    for (const auto &name : names) {
        if (!key.empty())
            key += kPartSeparator + kPartSeparator;
        if (name.isLiteral())
            key += name.literal.empty() ? name.family : name.literal;
        else
            key += name.nonDroppingParticle.empty() ? name.family
                   : particleFirst                  ? name.nonDroppingParticle + " " + name.family
                                                    : name.family + " " + name.nonDroppingParticle;
        if (!name.given.empty())
            key += kPartSeparator + name.given;
    }
    return key;
}

// The text of a field without its inline markup (<i>, <b>, <sc>, <sup>,
// <sub>, spans): "A Full <i>Anonymous</i> Life" sorts as "A Full Anonymous Life".
std::string withoutMarkup(const std::string &text)
{
    if (text.find('<') == std::string::npos)
        return text;
    static const char *const kTags[] = {"<i>",   "</i>",   "<b>",   "</b>",   "<sc>",   "</sc>",
                                        "<sup>", "</sup>", "<sub>", "</sub>", "</span>"};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t used = 0;
        for (const char *tag : kTags)
            if (text.compare(i, std::strlen(tag), tag) == 0)
                used = std::strlen(tag);
        if (used == 0 && text.compare(i, 6, "<span ") == 0)
            if (std::size_t close = text.find('>', i); close != std::string::npos)
                used = close + 1 - i;
        if (used > 0) {
            i += used;
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::string numberKey(long value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%012ld", value);
    return buffer;
}

std::optional<std::string> variableKey(const SortInput &input, const std::string &name,
                                       const StyleData &style)
{
    const ItemData &item = *input.item;
    if (name == "citation-number")
        return numberKey(input.citationNumber);
    if (auto it = item.names.find(name); it != item.names.end())
        return it->second.empty()
                       ? std::nullopt
                       : std::optional<std::string>(nameKey(
                                 it->second,
                                 std::string(style.root.attribute("demote-non-dropping-particle").value()) ==
                                         "never"));
    if (auto it = item.dates.find(name); it != item.dates.end()) {
        if (it->second.parts.empty())
            return it->second.literal.empty() ? std::nullopt : std::optional<std::string>(it->second.literal);
        // A range sorts by its start, then by its end; a single date before a
        // range from the same day.
        std::string key;
        for (std::size_t part = 0; part < 2; ++part) {
            const bool present = part < it->second.parts.size();
            const auto &p = present ? it->second.parts[part] : std::array<int, 3>{-50000, 0, 0};
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%05d%02d%02d", p[0] + 50000, p[1], p[2]);
            key += buffer;
        }
        return key;
    }
    auto it = item.vars.find(name);
    if (name == "citation-label" && it == item.vars.end()) {
        std::string label = generatedCitationLabel(item);
        return label.empty() ? std::nullopt : std::optional<std::string>(label);
    }
    if (it == item.vars.end() || it->second.empty())
        return std::nullopt;
    if (isNumericValue(it->second))
        return numberKey(std::strtol(it->second.c_str(), nullptr, 10));
    return withoutMarkup(it->second);
}

std::optional<std::string> macroKey(const SortInput &input, pugi::xml_node key, const StyleData &style,
                                    const CslLocale &locale, bool citation)
{
    auto macro = style.macros.find(key.attribute("macro").value());
    if (macro == style.macros.end())
        return std::nullopt;
    RenderRequest request;
    request.citation = citation;
    request.sortKey = true;
    request.citationNumber = input.citationNumber;
    request.namesMin = key.attribute("names-min").value();
    request.namesUseFirst = key.attribute("names-use-first").value();
    request.namesUseLast = key.attribute("names-use-last").value();
    Renderer renderer(style, locale, *input.item, request);
    auto out = renderer.renderNode(macro->second);
    if (!out)
        return std::nullopt;
    std::string text = writeOut(out.value(), false, locale.quotes);
    if (text.empty())
        return std::nullopt;
    return text;
}

std::unique_ptr<icu::Collator> makeCollator(const std::string &lang)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale(lang.c_str()), status));
    if (U_FAILURE(status) || !collator)
        return nullptr;
    collator->setStrength(icu::Collator::PRIMARY);
    collator->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, status);
    collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    return collator;
}

} // namespace

std::vector<std::size_t> sortedOrder(const std::vector<SortInput> &inputs, pugi::xml_node mode,
                                     const StyleData &style, const CslLocale &locale)
{
    std::vector<std::size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    pugi::xml_node sort = mode.child("sort");
    if (!sort || inputs.size() < 2)
        return order;
    const bool citation = mode == style.citation;
    std::vector<bool> descending;
    for (auto key : sort.children("key"))
        descending.push_back(std::string(key.attribute("sort").value()) == "descending");
    std::vector<std::vector<std::optional<icu::UnicodeString>>> keys(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (auto key : sort.children("key")) {
            std::optional<std::string> value =
                    key.attribute("variable")
                            ? variableKey(inputs[i], key.attribute("variable").value(), style)
                            : macroKey(inputs[i], key, style, locale, citation);
            keys[i].push_back(value ? std::optional<icu::UnicodeString>(icu::UnicodeString::fromUTF8(*value))
                                    : std::nullopt);
        }
    auto collator = makeCollator(locale.lang);
    auto compare = [&](const icu::UnicodeString &a, const icu::UnicodeString &b) -> int {
        if (!collator)
            return a.compare(b);
        UErrorCode status = U_ZERO_ERROR;
        UCollationResult result = collator->compare(a, b, status);
        return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        for (std::size_t k = 0; k < descending.size(); ++k) {
            const auto &a = keys[x][k];
            const auto &b = keys[y][k];
            if (!a && !b)
                continue;
            if (!a || !b) // a missing value sorts last, whatever the direction
                return !b;
            int c = compare(*a, *b);
            if (c != 0)
                return descending[k] ? c > 0 : c < 0;
        }
        return false;
    });
    return order;
}

} // namespace warta::detail
