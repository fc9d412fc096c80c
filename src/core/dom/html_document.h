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
    /// Attributes written on one tag, and on all tags, counted before parsing: gumbo's
    /// tokenizer is quadratic in the attributes of one tag. Real tags have under 30.
    std::size_t maxAttributesPerTag = 512;
    std::size_t maxAttributes = 2'000'000;
    /// The memory gumbo may take for the tree, enforced while it parses (by the arena): the
    /// smaller of `parseMemoryPerByte` times the page's size (at least `minParseMemory`) and
    /// `maxParseMemory`. A page that leaves formatting elements open makes gumbo re-create
    /// them in every paragraph, so the tree can grow with the square of the page.
    std::size_t parseMemoryPerByte = 24;
    std::size_t minParseMemory = 64u * 1024u * 1024u;
    std::size_t maxParseMemory = 384u * 1024u * 1024u; ///< 1.4 times what a real 52 MB page takes
    /// Bytes of one text node, checked after parsing.
    std::size_t maxTextBytesPerNode = 16u * 1024u * 1024u;
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
    /// Bytes the tree took in the arena (what the parse budget bounds).
    std::size_t parseMemory() const { return m_arena ? m_arena->bytesReserved() : 0; }

private:
    HtmlDocument() = default;

    std::unique_ptr<std::string> m_source;
    std::unique_ptr<Arena> m_arena;
    GumboInternalOutput *m_output = nullptr; // in m_arena; never freed on its own
    std::size_t m_nodeCount = 0;
    std::size_t m_maxDepth = 0;
};

} // namespace warta
