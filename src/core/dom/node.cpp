#include "dom/node.h"

#include "warta/text/text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>

namespace warta {
namespace {

const GumboVector *childVector(const GumboNode *node)
{
    if (!node)
        return nullptr;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

// `name` (NUL-terminated, as gumbo keeps attribute names) equals `wanted` ignoring ASCII
// case, compared without measuring `name` first: selectors ask every element of a page.
bool nameEqualsIgnoringCase(const char *name, std::string_view wanted)
{
    for (const char c : wanted) {
        if (*name == '\0' || asciiLower(*name) != asciiLower(c))
            return false;
        ++name;
    }
    return *name == '\0';
}

// gumbo's tag names, measured once: tag() is asked for every element by every selector.
std::string_view knownTagName(GumboTag tag)
{
    static const auto names = [] {
        std::vector<std::string_view> table(GUMBO_TAG_LAST);
        for (int i = 0; i < GUMBO_TAG_LAST; ++i)
            table[static_cast<std::size_t>(i)] = gumbo_normalized_tagname(static_cast<GumboTag>(i));
        return table;
    }();
    return static_cast<std::size_t>(tag) < names.size() ? names[static_cast<std::size_t>(tag)]
                                                        : std::string_view(gumbo_normalized_tagname(tag));
}

bool classListHas(std::string_view classList, std::string_view className)
{
    if (className.empty() || std::any_of(className.begin(), className.end(), isAsciiSpace))
        return false; // never one word
    // A class is a word of the list (HTML's space characters separate them): look for the
    // name itself and check what stands on either side, which is fast on long lists.
    for (auto at = classList.find(className); at != std::string_view::npos;
         at = classList.find(className, at + 1)) {
        const std::size_t end = at + className.size();
        if ((at == 0 || isAsciiSpace(classList[at - 1])) &&
            (end == classList.size() || isAsciiSpace(classList[end])))
            return true;
    }
    return false;
}

} // namespace

bool isInvisibleElement(std::string_view tag)
{
    static constexpr std::string_view kInvisible[] = {
            "script", "style", "noscript", "template", "iframe", "object", "embed",  "svg",      "canvas",
            "head",   "title", "meta",     "link",     "select", "option", "button", "textarea", "input"};
    for (auto name : kInvisible) {
        if (tag == name)
            return true;
    }
    return false;
}

bool Node::isElement() const
{
    return m_node && (m_node->type == GUMBO_NODE_ELEMENT || m_node->type == GUMBO_NODE_TEMPLATE);
}

bool Node::isText() const
{
    return m_node && (m_node->type == GUMBO_NODE_TEXT || m_node->type == GUMBO_NODE_WHITESPACE ||
                      m_node->type == GUMBO_NODE_CDATA);
}

std::string_view Node::tag() const
{
    if (!isElement())
        return {};
    const GumboElement &element = m_node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return knownTagName(element.tag);
    // Unknown tags: gumbo keeps the source text ("<amp-img ...>"); the name
    // runs from after '<' to the first space, '/' or '>', in the page's own case:
    // callers compare unknown names ignoring case.
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return {piece.data, piece.length};
}

std::optional<std::string_view> Node::attribute(std::string_view name) const
{
    if (!isElement())
        return std::nullopt;
    const GumboVector &attributes = m_node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        if (nameEqualsIgnoringCase(attribute->name, name))
            return std::string_view(attribute->value);
    }
    return std::nullopt;
}

std::string_view Node::attributeOr(std::string_view name, std::string_view fallback) const
{
    return attribute(name).value_or(fallback);
}

bool Node::hasClass(std::string_view className) const
{
    const auto classes = attribute("class");
    return classes && classListHas(*classes, className);
}

std::string_view Node::text() const
{
    if (!m_node)
        return {};
    switch (m_node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_COMMENT:
        return m_node->v.text.text;
    default:
        return {};
    }
}

Node Node::parent() const
{
    return m_node ? Node(m_node->parent) : Node();
}

std::size_t Node::childCount() const
{
    const GumboVector *children = childVector(m_node);
    return children ? children->length : 0;
}

Node Node::child(std::size_t index) const
{
    const GumboVector *children = childVector(m_node);
    if (!children || index >= children->length)
        return Node();
    return Node(static_cast<const GumboNode *>(children->data[index]));
}

std::vector<Node> Node::children() const
{
    std::vector<Node> result;
    const std::size_t count = childCount();
    result.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        result.push_back(child(i));
    return result;
}

std::vector<Node> Node::elementChildren() const
{
    std::vector<Node> result;
    const std::size_t count = childCount();
    for (std::size_t i = 0; i < count; ++i) {
        if (Node c = child(i); c.isElement())
            result.push_back(c);
    }
    return result;
}

std::size_t Node::indexInParent() const
{
    return m_node ? m_node->index_within_parent : 0;
}

Node Node::nextSibling() const
{
    return parent().child(indexInParent() + 1);
}

std::size_t Node::sourceOffset() const
{
    if (!m_node)
        return 0;
    if (isElement())
        return m_node->v.element.start_pos.offset;
    if (m_node->type == GUMBO_NODE_DOCUMENT)
        return 0;
    return m_node->v.text.start_pos.offset;
}

std::string Node::rawText() const
{
    return rawText({});
}

std::string Node::rawText(const std::function<bool(Node)> &leaveOut) const
{
    std::string out;
    const Node self = *this;
    walk([&out, self, &leaveOut](Node node) {
        if (node.isText()) {
            out.append(node.text());
            return false;
        }
        if (node.isElement()) {
            // A <title> asked for its own text gives it; below, hidden
            // elements give nothing.
            if (node != self && (isInvisibleElement(node.tag()) || (leaveOut && leaveOut(node))))
                return false;
            if (node.is("br"))
                out.push_back('\n');
        }
        return node.isElement() || node.raw()->type == GUMBO_NODE_DOCUMENT;
    });
    return out;
}

std::string Node::cleanText() const
{
    return warta::cleanText(rawText());
}

} // namespace warta
