#pragma once

#include "dom/node.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// A compiled CSS selector of the subset extractors need: type, `.class`,
/// `#id`, `[attr]`, `[attr=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]`,
/// `[attr~=v]`, descendant (space) and child (`>`) combinators, and `,` lists.
/// No general CSS library works over gumbo's tree, and extractors need only this.
class Selector {
public:
    /// Compiles `text`; nothing on a syntax error, and then `whyNot` (when
    /// given) says what is wrong and where ("a class name is missing after
    /// '.' at character 4"), for the rules-file check.
    static std::optional<Selector> parse(std::string_view text, std::string *whyNot = nullptr);

    /// One selector that matches what any of `selectors` matches (a list of
    /// noise selectors tested per element), without parsing them again.
    static Selector anyOf(std::vector<Selector> selectors);

    bool matches(Node element) const;

    /// Matching elements below `scope` (not `scope` itself), in document order.
    std::vector<Node> selectAll(Node scope) const;
    /// The first match in document order, or a null Node.
    Node selectFirst(Node scope) const;

    struct AttributeTest {
        enum class Kind {
            Exists,
            Equals,
            Prefix,
            Suffix,
            Contains,
            Word
        };
        std::string name;
        std::string value;
        Kind kind = Kind::Exists;
    };
    struct Compound {
        std::string tag; // empty = any
        std::string id;
        std::vector<std::string> classes;
        std::vector<AttributeTest> attributes;
        bool childOfPrevious = false; // '>' joins it to the compound before
    };
    using Complex = std::vector<Compound>; // left to right

private:
    std::vector<Complex> m_alternatives;
};

/// Convenience: parse once (cached per call site by the caller) and select.
std::vector<Node> selectAll(Node scope, std::string_view selector);
Node selectFirst(Node scope, std::string_view selector);

} // namespace warta
