#pragma once

#include "dom/arena.h"
#include "dom/node.h"
#include "warta/common/expected.h"

#include <cstddef>
#include <memory>
#include <string>

struct GumboInternalOutput;

namespace warta {

/// Structural limits checked while parsing, so that a hostile page costs
/// bounded time and memory.
struct ParseLimits {
    std::size_t maxTags = 2'000'000; ///< '<' characters in the source, checked before parsing
    std::size_t maxDepth = 2'000;    ///< deeper pages are refused (real pages nest under 100)
    /// Nodes gumbo built (elements, text, comments), counted after parsing:
    /// the parser adds elements the source does not spell out (implied
    /// <tbody>, reopened formatting elements), so the tag count alone does not
    /// bound what every later pass walks. Real pages have under 50,000.
    std::size_t maxNodes = 3'000'000;
};

/// A parsed HTML page. Owns the UTF-8 bytes (behind a stable heap pointer,
/// because gumbo's tree points into them), gumbo's output and the arena that
/// holds the tree; all three go together. Move-only.
class HtmlDocument {
public:
    /// Parses UTF-8 HTML. LimitExceeded when the page is beyond `limits`.
    static Expected<HtmlDocument> parse(std::string html, const ParseLimits &limits = {});

    HtmlDocument(HtmlDocument &&) noexcept;
    HtmlDocument &operator=(HtmlDocument &&) noexcept;
    ~HtmlDocument();

    Node document() const;
    Node root() const; ///< the <html> element
    Node head() const; ///< may be null
    Node body() const; ///< may be null
    const std::string &source() const { return *m_source; }
    std::size_t nodeCount() const { return m_nodeCount; }
    std::size_t maxDepth() const { return m_maxDepth; }

private:
    HtmlDocument() = default;

    std::unique_ptr<std::string> m_source;
    std::unique_ptr<Arena> m_arena;
    GumboInternalOutput *m_output = nullptr; // in m_arena; never freed on its own
    std::size_t m_nodeCount = 0;
    std::size_t m_maxDepth = 0;
};

} // namespace warta
