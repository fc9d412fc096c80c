#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct GumboInternalNode;

namespace warta {

/// A cheap, non-owning view of one node of an HtmlDocument's tree. Valid as
/// long as the document is. A default-constructed Node is null.
class Node {
public:
    Node() = default;
    explicit Node(const GumboInternalNode *node) : m_node(node) {}

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    bool isElement() const;
    bool isText() const; ///< text, whitespace or CDATA

    /// Lower-case tag name ("div"); an unknown tag's name as the page wrote it (not lower-cased).
    std::string_view tag() const;
    bool is(std::string_view tagName) const { return isElement() && tag() == tagName; }
    std::optional<std::string_view> attribute(std::string_view name) const;
    std::string_view attributeOr(std::string_view name, std::string_view fallback = {}) const;
    bool hasAttribute(std::string_view name) const { return attribute(name).has_value(); }
    bool hasClass(std::string_view className) const;
    std::string_view id() const { return attributeOr("id"); }

    /// Text of a text or comment node (entities already decoded by gumbo).
    std::string_view text() const;

    Node parent() const;
    std::size_t childCount() const;
    Node child(std::size_t index) const;
    std::vector<Node> children() const;
    std::vector<Node> elementChildren() const;
    Node nextSibling() const;
    std::size_t indexInParent() const;

    /// Byte offset of the node's start in the parsed UTF-8 source.
    std::size_t sourceOffset() const;

    /// All visible text below this node, in document order, without the text
    /// of scripts, styles, templates and similar; raw (not collapsed).
    std::string rawText() const;
    /// rawText without the subtrees of the descendants `leaveOut` picks (a
    /// byline's date, a headline's label).
    std::string rawText(const std::function<bool(Node)> &leaveOut) const;
    /// rawText with whitespace collapsed and NFC applied.
    std::string cleanText() const;

    /// Calls `visit(node)` for this node and every descendant in document
    /// order, without recursion; when `visit` returns false the node's
    /// children are skipped.
    template <typename Visit>
    void walk(Visit &&visit) const;

    const GumboInternalNode *raw() const { return m_node; }
    friend bool operator==(const Node &a, const Node &b) { return a.m_node == b.m_node; }
    friend bool operator!=(const Node &a, const Node &b) { return a.m_node != b.m_node; }

private:
    const GumboInternalNode *m_node = nullptr;
};

/// Elements whose text a reader never sees.
bool isInvisibleElement(std::string_view tag);

template <typename Visit>
void Node::walk(Visit &&visit) const
{
    if (!m_node)
        return;
    // Explicit stack of (parent, next child index): pages can nest deeper
    // than the call stack allows.
    std::vector<std::pair<Node, std::size_t>> stack;
    if (!visit(*this))
        return;
    stack.emplace_back(*this, 0);
    while (!stack.empty()) {
        auto &[parentNode, index] = stack.back();
        if (index >= parentNode.childCount()) {
            stack.pop_back();
            continue;
        }
        const Node next = parentNode.child(index++);
        if (visit(next) && next.childCount() > 0)
            stack.emplace_back(next, 0);
    }
}

} // namespace warta
