#include "dom/nesting_prescan.h"

#include "warta/text/text.h"

#include <algorithm>

namespace warta {
namespace {

bool countsForDepth(std::string_view name)
{
    static constexpr std::string_view kFlat[] = {
            "p",    "li",   "dt",   "dd",    "tr",     "td",    "th",    "option", "optgroup",
            "rb",   "rt",   "rp",   "br",    "img",    "hr",    "input", "meta",   "link",
            "area", "base", "col",  "embed", "source", "track", "wbr",   "param",  "keygen",
            "html", "head", "body", "thead", "tbody",  "tfoot"};
    return std::none_of(std::begin(kFlat), std::end(kFlat),
                        [name](std::string_view flat) { return equalsIgnoringCase(name, flat); });
}

bool isRawText(std::string_view name)
{
    return equalsIgnoringCase(name, "script") || equalsIgnoringCase(name, "style") ||
           equalsIgnoringCase(name, "textarea") || equalsIgnoringCase(name, "title") ||
           equalsIgnoringCase(name, "xmp") || equalsIgnoringCase(name, "noscript");
}

// Skips to the end of the raw-text element `name` that starts at `from`.
std::size_t skipRawText(std::string_view html, std::size_t from, std::string_view name)
{
    for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
        if (equalsIgnoringCase(html.substr(at + 2, name.size()), name))
            return at;
    }
    return html.size();
}

} // namespace

std::size_t estimateNestingDepth(std::string_view html)
{
    std::size_t depth = 0, deepest = 0;
    std::size_t at = 0;
    while ((at = html.find('<', at)) != std::string_view::npos) {
        if (html.substr(at, 4) == "<!--") {
            const auto end = html.find("-->", at + 4);
            at = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        const bool closing = at + 1 < html.size() && html[at + 1] == '/';
        std::size_t nameStart = at + (closing ? 2 : 1);
        std::size_t nameEnd = nameStart;
        while (nameEnd < html.size() &&
               (isAsciiLetter(html[nameEnd]) ||
                (nameEnd > nameStart && html[nameEnd] >= '0' && html[nameEnd] <= '9') ||
                html[nameEnd] == '-'))
            ++nameEnd;
        if (nameEnd == nameStart || nameEnd >= html.size() || !isAsciiLetter(html[nameStart])) {
            ++at;
            continue;
        }
        const std::string_view name = html.substr(nameStart, nameEnd - nameStart);
        const auto tagEnd = html.find('>', nameEnd);
        if (tagEnd == std::string_view::npos)
            break;
        const bool selfClosing = html[tagEnd - 1] == '/';
        at = tagEnd + 1;
        if (!countsForDepth(name))
            continue;
        if (closing) {
            depth -= depth > 0 ? 1 : 0;
        } else if (!selfClosing) {
            deepest = std::max(deepest, ++depth);
            if (isRawText(name)) {
                at = skipRawText(html, at, name);
            }
        }
    }
    return deepest;
}

} // namespace warta
