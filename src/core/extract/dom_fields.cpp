#include "extract/dom_fields.h"

#include "dom/selector.h"
#include "warta/text/text.h"

namespace warta {

Node firstMatch(Node scope, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        if (Node found = selectFirst(scope, selector))
            return found;
    }
    return {};
}

std::string firstText(Node scope, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        for (Node found : selectAll(scope, selector)) {
            if (std::string text = found.cleanText(); !text.empty())
                return text;
        }
    }
    return {};
}

std::string printedText(std::string text)
{
    for (char &c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    const auto start = text.find_first_not_of(' ');
    if (start == std::string::npos)
        return {};
    return normalizeNfc(text.substr(start, text.find_last_not_of(' ') - start + 1));
}

std::vector<std::string> allTexts(Node scope, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        std::vector<std::string> texts;
        for (Node found : selectAll(scope, selector)) {
            if (std::string text = found.cleanText(); !text.empty())
                texts.push_back(std::move(text));
        }
        if (!texts.empty())
            return texts;
    }
    return {};
}

bool isInside(Node node, Node ancestor)
{
    for (; node; node = node.parent()) {
        if (node == ancestor)
            return true;
    }
    return false;
}

} // namespace warta
