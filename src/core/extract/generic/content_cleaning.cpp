#include "extract/generic/content_cleaning.h"

#include "extract/generic/block_names.h"
#include "extract/generic/text_marks.h"
#include "warta/text/text.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_set>

namespace warta {
namespace {

using NodeSet = std::unordered_set<const void *>;

bool isAlwaysNoise(std::string_view tag)
{
    static constexpr std::string_view kTags[] = {
            "footer",   "header", "aside",  "nav",  "object", "embed",      "iframe", "input",
            "textarea", "select", "button", "link", "ins",    "figcaption", "dialog", "menu"};
    for (auto noise : kTags) {
        if (tag == noise)
            return true;
    }
    return false;
}

// What is left of `full` once the blocks already removed inside are gone.
BlockStats remainder(const BlockStats &full, const BlockStats &removed)
{
    auto less = [](std::uint32_t a, std::uint32_t b) { return a > b ? a - b : 0u; };
    BlockStats left = full;
    left.chars = less(full.chars, removed.chars);
    left.linkChars = full.linkChars > removed.linkChars ? full.linkChars - removed.linkChars : 0.0f;
    left.commas = less(full.commas, removed.commas);
    left.headingChars = less(full.headingChars, removed.headingChars);
    left.paragraphs = less(full.paragraphs, removed.paragraphs);
    left.images = less(full.images, removed.images);
    left.listItems = less(full.listItems, removed.listItems);
    left.inputs = less(full.inputs, removed.inputs);
    left.embeds = less(full.embeds, removed.embeds);
    left.listChars = less(full.listChars, removed.listChars);
    left.links = less(full.links, removed.links);
    return left;
}

// Noise known from the element alone, before its content is looked at.
bool isNoiseByKind(const ContentScan &scan, const TextMarks &marks, Node element)
{
    if (scan.isLeftOut(element) || isAlwaysNoise(element.tag()))
        return true;
    if (element.is("h1") || element.is("h2")) {
        if ((scan.options().weightClasses && classWeight(element) < 0) || marks.repeatsTitle(element))
            return true;
    }
    // An element the scan did not measure has no text, so no label either.
    const std::uint32_t length = scan.textLength(element);
    if (length > 0 && length < 40 && marks.isAdLabel(element))
        return true;
    // A date or meta line, as a block or standing on its own outside a
    // paragraph (inside one, a <time> is part of the sentence).
    if (length < 100 && isPublicationLine(element) &&
        (isBlockElement(element.tag()) || !element.parent().is("p")))
        return true;
    return (isShareBlock(element) && length < 500) || (isBylineBlock(element) && length < 100) ||
           (isCaptionBlock(element) && length < 1000) || (isAuthorBio(element) && length < 1000);
}

// Readability's conditional cleaning of one form, table, list or div, on
// the figures left once the blocks inside it were cleaned.
// `inCode` and `inFigure`: whether an ancestor is a <code> or a <figure>, carried down the
// walk rather than looked up the tree for each element (depth × elements).
bool isConditionalNoise(const ContentScan &scan, Node element, const BlockStats &stats, bool inCode,
                        bool inFigure)
{
    const std::string_view tag = element.tag();
    // A paragraph of several links is a "Read more" or "Don't miss" list;
    // one link may be the article's own reference.
    if (tag == "p")
        return stats.links > 1 && stats.chars > 0 && static_cast<double>(stats.linkChars) / stats.chars > 0.5;
    if (tag != "form" && tag != "fieldset" && tag != "table" && tag != "ul" && tag != "div" &&
        tag != "section")
        return false;
    if ((tag == "table" && isDataTable(element)) || inCode)
        return false;
    const int weight = scan.options().weightClasses ? classWeight(element) : 0;
    if (weight + scan.score(element) < 0)
        return true;
    if (stats.commas >= 10)
        return false;
    const bool isList = tag == "ul" || (stats.chars > 0 && stats.listChars * 10 > stats.chars * 9);
    const double chars = stats.chars;
    const double paragraphs = stats.paragraphs;
    const double images = stats.images;
    const double listItems = static_cast<double>(stats.listItems) - 100.0;
    const double headingDensity = chars > 0 ? stats.headingChars / chars : 0.0;
    const double linkDensity = chars > 0 ? std::min(1.0, static_cast<double>(stats.linkChars) / chars) : 0.0;
    if (images > 1 && paragraphs / images < 0.5 && !inFigure)
        return true;
    if (!isList && listItems > paragraphs)
        return true;
    if (stats.inputs > stats.paragraphs / 3)
        return true;
    if (!isList && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && linkDensity > 0)
        return true;
    if (!isList && weight < 25 && linkDensity > 0.2)
        return true;
    // Unlike Readability, a list that is mostly links goes too: inside an
    // article it is a "related" or "more on" list.
    if (isList && weight < 25 && linkDensity > 0.5)
        return true;
    if (weight >= 25 && linkDensity > 0.5)
        return true;
    return (stats.embeds == 1 && chars < 75) || stats.embeds > 1;
}

// "Related articles" or "More from the section" over a list that was
// removed: a block whose only text left is a short heading, and less of it
// than what went.
bool isOrphanedHeading(const BlockStats &left, const BlockStats &removed)
{
    return removed.chars > left.chars && left.chars > 0 && left.chars < 100 &&
           left.headingChars * 10 >= left.chars * 9;
}

struct Frame {
    Node node;
    std::size_t next = 0;
    BlockStats removed;    ///< figures of the blocks removed below this one
    bool inCode = false;   ///< an ancestor is <code>
    bool inFigure = false; ///< an ancestor is <figure>
};

bool hasAncestor(Node element, std::string_view tag)
{
    for (Node parent = element.parent(); parent && parent.isElement(); parent = parent.parent()) {
        if (parent.is(tag))
            return true;
    }
    return false;
}

// Post-order walk of one container; returns true when the container itself
// is noise.
bool markNoise(const ContentScan &scan, const TextMarks &marks, Node container, NodeSet &noise)
{
    std::vector<Frame> stack;
    // Above the container, looked up once.
    stack.push_back({container, 0, {}, hasAncestor(container, "code"), hasAncestor(container, "figure")});
    while (true) {
        Frame &frame = stack.back();
        if (frame.next < frame.node.childCount()) {
            const Node child = frame.node.child(frame.next++);
            if (!child.isElement() || child.childCount() == 0 || isInvisibleElement(child.tag()))
                continue;
            if (isNoiseByKind(scan, marks, child)) {
                noise.insert(child.raw());
                if (const BlockStats *stats = scan.stats(child))
                    accumulate(frame.removed, *stats);
                continue;
            }
            const bool inCode = frame.inCode || frame.node.is("code");
            const bool inFigure = frame.inFigure || frame.node.is("figure");
            stack.push_back({child, 0, {}, inCode, inFigure});
            continue;
        }
        const BlockStats *full = scan.stats(frame.node);
        bool isNoise = false;
        if (full && scan.options().cleanConditionally) {
            const BlockStats left = remainder(*full, frame.removed);
            isNoise = isConditionalNoise(scan, frame.node, left, frame.inCode, frame.inFigure) ||
                      isOrphanedHeading(left, frame.removed);
        }
        if (stack.size() == 1)
            return isNoise;
        const Node node = frame.node;
        const BlockStats removed = frame.removed;
        stack.pop_back();
        if (isNoise) {
            noise.insert(node.raw());
            accumulate(stack.back().removed, *full);
        } else {
            accumulate(stack.back().removed, removed);
        }
    }
}

} // namespace

bool isDataTable(Node table)
{
    if (table.attributeOr("role") == "presentation" || table.attributeOr("datatable") == "0")
        return false;
    if (table.hasAttribute("summary"))
        return true;
    bool data = false;
    bool nested = false;
    std::size_t rows = 0;
    table.walk([&](Node node) {
        if (!node.isElement())
            return false;
        if (node != table && node.is("table"))
            nested = true;
        else if (node.is("caption") || node.is("thead") || node.is("tfoot") || node.is("colgroup") ||
                 node.is("th"))
            data = true;
        else if (node.is("tr"))
            ++rows;
        return !nested;
    });
    return !nested && (data || rows >= 10);
}

NoiseTest contentNoise(const ContentScan &scan, std::vector<Node> &bodies, std::string_view title)
{
    auto noise = std::make_shared<NodeSet>();
    std::vector<Node> kept;
    for (Node container : bodies) {
        const TextMarks marks(container, title);
        const bool isNoise = (bodies.size() > 1 && isNoiseByKind(scan, marks, container)) ||
                             markNoise(scan, marks, container, *noise);
        if (!isNoise)
            kept.push_back(container);
    }
    if (!kept.empty())
        bodies = std::move(kept);
    return [noise](Node element) { return noise->contains(element.raw()) || isAlwaysNoise(element.tag()); };
}

} // namespace warta
