#include "extract/rules/candidate_values.h"

#include "extract/dom_fields.h"
#include "warta/text/text.h"

namespace warta {
namespace {

std::string rawValue(Node found, const FieldCandidate &candidate)
{
    if (!candidate.attribute.empty())
        return std::string(found.attributeOr(candidate.attribute));
    if (!candidate.clean)
        return found.rawText();
    const Selector &clean = *candidate.clean;
    return found.rawText([&clean](Node node) { return clean.matches(node); });
}

template <typename Accept>
void eachValue(Node scope, const FieldCandidate &candidate, Accept &&accept)
{
    for (Node found : candidate.selector.selectAll(scope)) {
        if (!accept(rawValue(found, candidate)))
            return;
    }
}

} // namespace

std::string firstValue(Node scope, const FieldCandidates &candidates)
{
    for (const auto &candidate : candidates) {
        std::string value;
        eachValue(scope, candidate, [&value](std::string raw) {
            value = cleanText(raw);
            return value.empty();
        });
        if (!value.empty())
            return value;
    }
    return {};
}

std::string firstPrintedValue(Node scope, const FieldCandidates &candidates)
{
    for (const auto &candidate : candidates) {
        std::string value;
        eachValue(scope, candidate, [&value](std::string raw) {
            value = printedText(std::move(raw));
            return value.empty();
        });
        if (!value.empty())
            return value;
    }
    return {};
}

std::vector<std::string> allValues(Node scope, const FieldCandidates &candidates)
{
    for (const auto &candidate : candidates) {
        std::vector<std::string> values;
        eachValue(scope, candidate, [&values](const std::string &raw) {
            if (std::string value = cleanText(raw); !value.empty())
                values.push_back(std::move(value));
            return true;
        });
        if (!values.empty())
            return values;
    }
    return {};
}

Node firstElement(Node scope, const FieldCandidates &candidates)
{
    for (const auto &candidate : candidates) {
        if (Node found = candidate.selector.selectFirst(scope))
            return found;
    }
    return {};
}

std::vector<Node> allElements(Node scope, const FieldCandidates &candidates)
{
    for (const auto &candidate : candidates) {
        std::vector<Node> outermost;
        for (Node found : candidate.selector.selectAll(scope)) {
            if (outermost.empty() || !isInside(found, outermost.back()))
                outermost.push_back(found);
        }
        if (!outermost.empty())
            return outermost;
    }
    return {};
}

} // namespace warta
