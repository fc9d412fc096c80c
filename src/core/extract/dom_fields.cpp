#include "extract/dom_fields.h"

#include "dom/selector.h"

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

std::vector<Node> allMatches(Node scope, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        std::vector<Node> outermost;
        for (Node found : selectAll(scope, selector)) {
            if (outermost.empty() || !isInside(found, outermost.back()))
                outermost.push_back(found);
        }
        if (!outermost.empty())
            return outermost;
    }
    return {};
}

} // namespace warta
