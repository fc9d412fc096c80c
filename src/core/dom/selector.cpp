#include "dom/selector.h"

#include "warta/text/text.h"

#include <gumbo.h>

#include <map>
#include <mutex>

namespace warta {
namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

class SelectorParser {
public:
    explicit SelectorParser(std::string_view text) : m_text(text) {}

    /// Why the last parse failed, and at which character (from 1).
    const std::string &error() const { return m_error; }

    std::optional<std::vector<Selector::Complex>> parse()
    {
        std::vector<Selector::Complex> alternatives;
        while (true) {
            auto complex = parseComplex();
            if (!complex)
                return std::nullopt;
            alternatives.push_back(std::move(*complex));
            skipSpaces();
            if (atEnd())
                return alternatives;
            if (m_text[m_pos] != ',')
                return failure("unexpected character");
            ++m_pos;
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpaces()
    {
        while (!atEnd() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'))
            ++m_pos;
    }
    std::string name()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && isNameChar(m_text[m_pos]))
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }

    std::optional<Selector::Complex> parseComplex()
    {
        Selector::Complex complex;
        bool child = false;
        skipSpaces();
        while (!atEnd() && m_text[m_pos] != ',') {
            if (m_text[m_pos] == '>') {
                if (complex.empty() || child)
                    return failure("'>' has nothing to join on its left");
                child = true;
                ++m_pos;
                skipSpaces();
                continue;
            }
            auto compound = parseCompound();
            if (!compound)
                return std::nullopt;
            compound->childOfPrevious = child;
            child = false;
            complex.push_back(std::move(*compound));
            skipSpaces();
        }
        if (complex.empty())
            return failure("an empty selector");
        if (child)
            return failure("'>' has nothing on its right");
        return complex;
    }

    std::optional<Selector::Compound> parseCompound()
    {
        Selector::Compound compound;
        bool any = false;
        if (!atEnd() && m_text[m_pos] == '*') {
            ++m_pos;
            any = true;
        } else if (!atEnd() && isNameChar(m_text[m_pos])) {
            compound.tag = asciiLower(name());
            any = true;
        }
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == '.' || c == '#') {
                ++m_pos;
                std::string value = name();
                if (value.empty())
                    return failure(c == '.' ? "a class name is missing after '.'"
                                            : "an id is missing after '#'");
                (c == '.' ? compound.classes.push_back(std::move(value))
                          : void(compound.id = std::move(value)));
            } else if (c == '[') {
                auto test = parseAttribute();
                if (!test)
                    return std::nullopt;
                compound.attributes.push_back(std::move(*test));
            } else {
                break;
            }
            any = true;
        }
        if (!any)
            return failure("unexpected character (this subset has type, .class, #id, [attribute], ' ', '>' "
                           "and ',')");
        return compound;
    }

    std::optional<Selector::AttributeTest> parseAttribute()
    {
        ++m_pos; // '['
        skipSpaces();
        Selector::AttributeTest test;
        test.name = asciiLower(name());
        skipSpaces();
        if (test.name.empty())
            return failure("an attribute name is missing after '['");
        if (atEnd())
            return failure("']' is missing");
        using Kind = Selector::AttributeTest::Kind;
        if (m_text[m_pos] == ']') {
            ++m_pos;
            return test;
        }
        switch (m_text[m_pos]) {
        case '=':
            test.kind = Kind::Equals;
            break;
        case '^':
            test.kind = Kind::Prefix;
            break;
        case '$':
            test.kind = Kind::Suffix;
            break;
        case '*':
            test.kind = Kind::Contains;
            break;
        case '~':
            test.kind = Kind::Word;
            break;
        default:
            return failure("unknown attribute test (use =, ^=, $=, *= or ~=)");
        }
        if (test.kind != Kind::Equals && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != '='))
            return failure("unknown attribute test (use =, ^=, $=, *= or ~=)");
        m_pos += test.kind == Kind::Equals ? 1 : 2;
        skipSpaces();
        if (atEnd())
            return failure("the attribute's value is missing");
        if (m_text[m_pos] == '"' || m_text[m_pos] == '\'') {
            const char quote = m_text[m_pos++];
            const std::size_t end = m_text.find(quote, m_pos);
            if (end == std::string_view::npos)
                return failure("the quoted value is not closed");
            test.value = std::string(m_text.substr(m_pos, end - m_pos));
            m_pos = end + 1;
        } else {
            test.value = name();
        }
        skipSpaces();
        if (atEnd() || m_text[m_pos] != ']')
            return failure("']' is missing");
        ++m_pos;
        return test;
    }

    // Records the first reason only: later ones follow from it.
    std::nullopt_t failure(std::string_view why)
    {
        if (m_error.empty())
            m_error = std::string(why) + " at character " + std::to_string(m_pos + 1);
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

bool attributeMatches(Node element, const Selector::AttributeTest &test)
{
    const auto value = element.attribute(test.name);
    if (!value)
        return false;
    using Kind = Selector::AttributeTest::Kind;
    switch (test.kind) {
    case Kind::Exists:
        return true;
    case Kind::Equals:
        return *value == test.value;
    case Kind::Prefix:
        return !test.value.empty() && value->starts_with(test.value);
    case Kind::Suffix:
        return !test.value.empty() && value->ends_with(test.value);
    case Kind::Contains:
        return !test.value.empty() && value->find(test.value) != std::string_view::npos;
    case Kind::Word: {
        std::string_view rest = *value;
        while (!rest.empty()) {
            const auto space = rest.find(' ');
            if (rest.substr(0, space) == test.value)
                return true;
            if (space == std::string_view::npos)
                break;
            rest.remove_prefix(space + 1);
        }
        return false;
    }
    }
    return false;
}

bool compoundMatches(Node element, const Selector::Compound &compound)
{
    if (!element.isElement())
        return false;
    if (!compound.tag.empty() && element.tag() != compound.tag)
        return false;
    if (!compound.id.empty() && element.id() != compound.id)
        return false;
    for (const auto &className : compound.classes) {
        if (!element.hasClass(className))
            return false;
    }
    for (const auto &test : compound.attributes) {
        if (!attributeMatches(element, test))
            return false;
    }
    return true;
}

// Right-to-left matching with backtracking over ancestors, iteratively: the
// state is (compound index, element) pairs still to try.
bool complexMatches(Node element, const Selector::Complex &complex)
{
    if (complex.empty() || !compoundMatches(element, complex.back()))
        return false;
    std::vector<std::pair<std::size_t, Node>> pending{{complex.size() - 1, element}};
    while (!pending.empty()) {
        auto [index, node] = pending.back();
        pending.pop_back();
        if (index == 0)
            return true;
        const bool childOnly = complex[index].childOfPrevious;
        const auto &wanted = complex[index - 1];
        for (Node ancestor = node.parent(); ancestor.isElement(); ancestor = ancestor.parent()) {
            if (compoundMatches(ancestor, wanted))
                pending.emplace_back(index - 1, ancestor);
            if (childOnly)
                break;
        }
    }
    return false;
}

// The elements below `scope` in document order, each offered to `visit` (which returns false
// to stop). Straight over gumbo's child vectors: selection runs over whole pages many times per
// article, and the walk through Node's accessors cost as much as the matching.
template <typename Visit>
void forEachElementBelow(Node scope, Visit &&visit)
{
    const auto childrenOf = [](const GumboNode *node) -> const GumboVector * {
        if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
            return &node->v.element.children;
        if (node->type == GUMBO_NODE_DOCUMENT)
            return &node->v.document.children;
        return nullptr;
    };
    if (!scope.raw() || !childrenOf(scope.raw()))
        return;
    std::vector<std::pair<const GumboVector *, unsigned>> stack{{childrenOf(scope.raw()), 0}};
    while (!stack.empty()) {
        auto &[children, index] = stack.back();
        if (index >= children->length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[index++]);
        if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE)
            continue;
        if (!visit(Node(child)))
            return;
        if (child->v.element.children.length > 0)
            stack.emplace_back(&child->v.element.children, 0);
    }
}

} // namespace

std::optional<Selector> Selector::parse(std::string_view text, std::string *whyNot)
{
    SelectorParser parser(text);
    auto alternatives = parser.parse();
    if (!alternatives) {
        if (whyNot)
            *whyNot = parser.error();
        return std::nullopt;
    }
    Selector selector;
    selector.m_alternatives = std::move(*alternatives);
    return selector;
}

Selector Selector::anyOf(std::vector<Selector> selectors)
{
    Selector joined;
    for (auto &selector : selectors) {
        for (auto &complex : selector.m_alternatives)
            joined.m_alternatives.push_back(std::move(complex));
    }
    return joined;
}

bool Selector::matches(Node element) const
{
    for (const auto &complex : m_alternatives) {
        if (complexMatches(element, complex))
            return true;
    }
    return false;
}

std::vector<Node> Selector::selectAll(Node scope) const
{
    std::vector<Node> result;
    forEachElementBelow(scope, [&](Node element) {
        if (matches(element))
            result.push_back(element);
        return true;
    });
    return result;
}

Node Selector::selectFirst(Node scope) const
{
    Node found;
    forEachElementBelow(scope, [&](Node element) {
        if (matches(element))
            found = element;
        return !found;
    });
    return found;
}

namespace {

// Extractors name their selectors as string literals; compiling each once
// keeps matching cheap. Guarded because extraction may run on several threads.
const Selector *cachedSelector(std::string_view text)
{
    static std::mutex mutex;
    static std::map<std::string, std::optional<Selector>, std::less<>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(text);
    if (it == cache.end())
        it = cache.emplace(std::string(text), Selector::parse(text)).first;
    return it->second ? &*it->second : nullptr;
}

} // namespace

std::vector<Node> selectAll(Node scope, std::string_view selector)
{
    const Selector *compiled = cachedSelector(selector);
    return compiled ? compiled->selectAll(scope) : std::vector<Node>{};
}

Node selectFirst(Node scope, std::string_view selector)
{
    const Selector *compiled = cachedSelector(selector);
    return compiled ? compiled->selectFirst(scope) : Node();
}

} // namespace warta
