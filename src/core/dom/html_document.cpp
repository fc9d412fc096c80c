#include "dom/html_document.h"

#include "dom/attribute_prescan.h"
#include "dom/nesting_prescan.h"
#include "load/file_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <csetjmp>
#include <utility>

namespace warta {
namespace {

// gumbo cannot be told to stop, and it cannot survive an allocation that fails: so when the
// arena's budget is spent, its allocator jumps back here with longjmp. That is sound because
// every frame it leaves is gumbo's C code or the arena's callback, none holding a C++ object
// with a destructor; gumbo holds no global state and every byte it allocated is in the arena,
// which the caller frees whole; and this function keeps nothing across setjmp but its
// unmodified arguments.
GumboOutput *parseWithinBudget(const GumboOptions *options, const char *html, std::size_t size,
                               std::jmp_buf *exit)
{
    if (setjmp(*exit) != 0)
        return nullptr;
    return gumbo_parse_with_options(options, html, size);
}

std::size_t parseBudget(std::size_t inputBytes, const ParseLimits &limits)
{
    const std::size_t scaled =
            inputBytes > limits.maxParseMemory / std::max<std::size_t>(limits.parseMemoryPerByte, 1)
                    ? limits.maxParseMemory
                    : inputBytes * limits.parseMemoryPerByte;
    return std::min(std::max(scaled, limits.minParseMemory), limits.maxParseMemory);
}

} // namespace

Expected<HtmlDocument> HtmlDocument::parse(std::string html, const ParseLimits &limits)
{
    const auto tags = static_cast<std::size_t>(std::count(html.begin(), html.end(), '<'));
    if (tags > limits.maxTags) {
        return fail(ErrorCode::LimitExceeded, "The page has over " + std::to_string(limits.maxTags) +
                                                      " tags, more than Warta reads in one page.");
    }

    if (const AttributeCounts attributes = countAttributes(html);
        attributes.mostOnOneTag > limits.maxAttributesPerTag) {
        return fail(ErrorCode::LimitExceeded, "A tag of the page has " +
                                                      std::to_string(attributes.mostOnOneTag) +
                                                      " attributes; Warta reads tags of up to " +
                                                      std::to_string(limits.maxAttributesPerTag) + ".");
    } else if (attributes.total > limits.maxAttributes) {
        return fail(ErrorCode::LimitExceeded, "The page's tags have " + std::to_string(attributes.total) +
                                                      " attributes in all; Warta reads pages of up to " +
                                                      std::to_string(limits.maxAttributes) + ".");
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
    const std::size_t budget = parseBudget(source.size(), limits);
    std::jmp_buf exit;
    document.m_arena->setBudget(budget, &exit);
    document.m_output = parseWithinBudget(&options, source.data(), source.size(), &exit);
    document.m_arena->setBudget(0, nullptr);
    if (!document.m_output) {
        const bool capped = budget == limits.maxParseMemory;
        return fail(ErrorCode::LimitExceeded,
                    "The page's tree grew past " + describeSize(budget) + " while being read, " +
                            (capped ? std::string("the most memory Warta gives one page")
                                    : "more than " + std::to_string(limits.parseMemoryPerByte) +
                                              " times the page's size (real pages need under 21)") +
                            "; Warta stops there (markup that leaves formatting elements open makes the "
                            "parser repeat them in every paragraph).");
    }

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
        if (child.isText() && child.text().size() > limits.maxTextBytesPerNode) {
            return fail(ErrorCode::LimitExceeded, "A text of the page runs " +
                                                          describeSize(child.text().size()) +
                                                          " without a tag; Warta reads texts of up to " +
                                                          describeSize(limits.maxTextBytesPerNode) + ".");
        }
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
