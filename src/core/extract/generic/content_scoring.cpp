#include "extract/generic/content_scoring.h"

#include "extract/generic/content_cleaning.h"

#include <algorithm>

namespace warta {
namespace {

constexpr std::size_t kTopCandidates = 5;
constexpr std::size_t kMinimumSharing = 3; // runners-up that must share an ancestor to move up to it
constexpr std::size_t kEnoughText = 500;   // characters below which a pass is retried, less strictly

std::vector<Node> ancestorsOf(Node node)
{
    std::vector<Node> ancestors;
    for (Node parent = node.parent(); parent && parent.isElement(); parent = parent.parent())
        ancestors.push_back(parent);
    return ancestors;
}

// When three or more runners-up scoring at least 3/4 of the best lie under
// one ancestor of it, the article is split into parts and that ancestor
// holds them all.
Node commonAncestorOfRunnersUp(const ContentScan &scan, const std::vector<Node> &top, Node body)
{
    Node best = top.front();
    std::vector<std::vector<Node>> lists;
    for (std::size_t i = 1; i < top.size(); ++i) {
        if (scan.score(top[i]) / scan.score(best) >= 0.75)
            lists.push_back(ancestorsOf(top[i]));
    }
    if (lists.size() < kMinimumSharing)
        return best;
    for (Node parent = best.parent(); parent && parent != body && parent.isElement();
         parent = parent.parent()) {
        std::size_t sharing = 0;
        for (const auto &list : lists)
            sharing += std::find(list.begin(), list.end(), parent) != list.end() ? 1u : 0u;
        if (sharing >= kMinimumSharing)
            return parent;
    }
    return best;
}

// A parent that scores better than its child is the better container;
// stop when the scores fall below a third of the candidate's.
Node climbToBetterParent(const ContentScan &scan, Node candidate, Node body)
{
    double lastScore = scan.score(candidate);
    const double threshold = lastScore / 3.0;
    for (Node parent = candidate.parent(); parent && parent != body && parent.isElement();
         parent = parent.parent()) {
        if (!scan.isCandidate(parent))
            continue;
        const double parentScore = scan.score(parent);
        if (parentScore < threshold)
            break;
        if (parentScore > lastScore)
            return parent;
        lastScore = parentScore;
    }
    return candidate;
}

bool endsLikeSentence(const std::string &text)
{
    const auto dot = text.find('.');
    return dot != std::string::npos && (dot + 1 == text.size() || text.find(". ") != std::string::npos);
}

// Readability's sibling rule: a sibling joins the content when it scores
// at least a fifth of the best (or 10), with a bonus for sharing its class;
// a <p> joins when it reads like prose.
bool joinsContent(const ContentScan &scan, Node sibling, Node best, double threshold)
{
    double bonus = 0.0;
    const std::string_view bestClass = best.attributeOr("class");
    if (!bestClass.empty() && sibling.attributeOr("class") == bestClass)
        bonus = scan.score(best) * 0.2;
    if (scan.isCandidate(sibling) && scan.score(sibling) + bonus >= threshold)
        return true;
    if (!sibling.is("p") || scan.isLeftOut(sibling))
        return false;
    const double density = scan.linkDensity(sibling);
    const std::uint32_t length = scan.textLength(sibling);
    if (length > 80 && density < 0.25)
        return true;
    return length > 0 && length < 80 && density == 0.0 && endsLikeSentence(sibling.cleanText());
}

// Bytes of text in a container, white space runs counting one, all of it
// and outside links: how much the reader gets, and whether it is prose or a
// list of headlines (links). Counted in place: no paragraph is built.
void measureText(Node container, const NoiseTest &noise, ContentChoice &choice)
{
    std::vector<std::pair<Node, bool>> stack{{container, false}}; // (node, inside a link)
    while (!stack.empty()) {
        const auto [node, inLink] = stack.back();
        stack.pop_back();
        if (node.isText()) {
            bool inSpace = true;
            std::size_t length = 0;
            for (char c : node.text()) {
                const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
                length += !space || !inSpace ? 1u : 0u;
                inSpace = space;
            }
            choice.textLength += length;
            choice.proseLength += inLink ? 0 : length;
            continue;
        }
        if (!node.isElement() || (node != container && (isInvisibleElement(node.tag()) || noise(node))))
            continue;
        const bool link = inLink || node.is("a");
        for (std::size_t i = node.childCount(); i-- > 0;)
            stack.emplace_back(node.child(i), link);
    }
}

} // namespace

std::vector<Node> selectContent(const ContentScan &scan, Node body)
{
    const std::vector<Node> top = scan.topCandidates(kTopCandidates);
    if (top.empty() || top.front() == body || scan.score(top.front()) <= 0.0)
        return {body};
    Node best = commonAncestorOfRunnersUp(scan, top, body);
    best = climbToBetterParent(scan, best, body);
    while (best.parent() != body && best.parent().isElement() && best.parent().elementChildren().size() == 1)
        best = best.parent();
    const Node parent = best.parent();
    if (parent == body && best == body)
        return {body};
    const double threshold = std::max(10.0, scan.score(best) * 0.2);
    std::vector<Node> bodies;
    for (Node sibling : parent.elementChildren()) {
        if (sibling == best || joinsContent(scan, sibling, best, threshold))
            bodies.push_back(sibling);
    }
    return bodies;
}

ContentChoice chooseContent(const HtmlDocument &document, std::string_view title)
{
    static constexpr ScanOptions kPasses[] = {
            {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    const Node body = document.body() ? document.body() : document.root();
    ContentChoice longest;
    for (const ScanOptions &options : kPasses) {
        const ContentScan scan(body, options);
        ContentChoice choice;
        choice.bodies = selectContent(scan, body);
        choice.noise = contentNoise(scan, choice.bodies, title);
        for (Node container : choice.bodies)
            measureText(container, choice.noise, choice);
        if (choice.textLength >= kEnoughText)
            return choice;
        if (choice.textLength > longest.textLength || !longest.noise)
            longest = std::move(choice);
    }
    return longest;
}

} // namespace warta
