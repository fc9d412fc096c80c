#include "dom/html_document.h"

#include "dom/nesting_prescan.h"

#include <gumbo.h>

#include <algorithm>
#include <utility>

namespace warta {

Expected<HtmlDocument> HtmlDocument::parse(std::string html, const ParseLimits &limits)
{
    const auto tags = static_cast<std::size_t>(std::count(html.begin(), html.end(), '<'));
    if (tags > limits.maxTags) {
        return fail(ErrorCode::LimitExceeded, "The page has over " + std::to_string(limits.maxTags) +
                                                      " tags, more than Warta reads in one page.");
    }

    if (const std::size_t estimate = estimateNestingDepth(html); estimate > limits.maxDepth) {
        return fail(ErrorCode::LimitExceeded,
                    "The page's elements are nested about " + std::to_string(estimate) +
                            " deep; Warta reads pages nested up to " + std::to_string(limits.maxDepth) + ".");
    }

    HtmlDocument document;
    document.m_source = std::make_unique<std::string>(std::move(html));
    document.m_arena = std::make_unique<Arena>();

    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::gumboAllocate;
    options.deallocator = &Arena::gumboDeallocate;
    options.userdata = document.m_arena.get();
    options.max_errors = 0; // parse errors are not reported to anyone: do not collect them
    const std::string &source = *document.m_source;
    document.m_output = gumbo_parse_with_options(&options, source.data(), source.size());

    // Count nodes and depth without recursion, for the limits and for callers
    // that size their work.
    std::size_t depth = 0;
    std::vector<std::pair<Node, std::size_t>> stack{{document.document(), 0}};
    while (!stack.empty()) {
        auto &[node, index] = stack.back();
        if (index >= node.childCount()) {
            stack.pop_back();
            continue;
        }
        const Node child = node.child(index++);
        ++document.m_nodeCount;
        if (child.childCount() > 0) {
            stack.emplace_back(child, 0);
            depth = std::max(depth, stack.size());
        }
    }
    document.m_maxDepth = depth;
    if (document.m_nodeCount > limits.maxNodes) {
        return fail(ErrorCode::LimitExceeded, "The page has " + std::to_string(document.m_nodeCount) +
                                                      " nodes; Warta reads pages of up to " +
                                                      std::to_string(limits.maxNodes) + ".");
    }
    if (depth > limits.maxDepth) {
        return fail(ErrorCode::LimitExceeded, "The page's elements are nested " + std::to_string(depth) +
                                                      " deep; Warta reads pages nested up to " +
                                                      std::to_string(limits.maxDepth) + ".");
    }
    return document;
}

HtmlDocument::HtmlDocument(HtmlDocument &&other) noexcept
    : m_source(std::move(other.m_source))
    , m_arena(std::move(other.m_arena))
    , m_output(std::exchange(other.m_output, nullptr))
    , m_nodeCount(other.m_nodeCount)
    , m_maxDepth(other.m_maxDepth)
{}

HtmlDocument &HtmlDocument::operator=(HtmlDocument &&other) noexcept
{
    if (this != &other) {
        // The tree lives in the arena: releasing the arena frees it. gumbo's
        // own destroy function is never called (it recurses; see Arena).
        m_output = std::exchange(other.m_output, nullptr);
        m_arena = std::move(other.m_arena);
        m_source = std::move(other.m_source);
        m_nodeCount = other.m_nodeCount;
        m_maxDepth = other.m_maxDepth;
    }
    return *this;
}

HtmlDocument::~HtmlDocument() = default;

Node HtmlDocument::document() const
{
    return m_output ? Node(m_output->document) : Node();
}

Node HtmlDocument::root() const
{
    return m_output ? Node(m_output->root) : Node();
}

Node HtmlDocument::head() const
{
    for (Node child : root().elementChildren()) {
        if (child.is("head"))
            return child;
    }
    return {};
}

Node HtmlDocument::body() const
{
    for (Node child : root().elementChildren()) {
        if (child.is("body"))
            return child;
    }
    return {};
}

} // namespace warta
