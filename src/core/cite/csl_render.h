#pragma once

#include "cite/csl_item.h"
#include "cite/csl_locale.h"
#include "cite/csl_output.h"
#include "cite/csl_style_data.h"

#include <string_view>

#include <set>
#include <string>
#include <vector>

namespace warta::detail {

/// The CSL positions of a cite in a document (CSL 1.0.2 "position" condition).
enum class Position {
    First,
    Subsequent,
    Ibid,
    IbidWithLocator
};

struct RenderRequest {
    bool citation = false;
    std::string locatorLabel;
    std::string locatorValue;
    int citationNumber = 1;
    Position position = Position::First;
    bool nearNote = false;
    int firstNoteNumber = 0;   ///< first-reference-note-number
    std::string yearSuffix;    ///< "a", "b", … from disambiguation
    bool disambiguate = false; ///< the disambiguate="true" condition holds
    int namesShown = 0;        ///< disambiguate-add-names: names shown before et al. (0: the style's)
    int givenLevel = 0;        ///< disambiguate-add-givenname: 1 initials or long form, 2 full given names
    bool givenPrimaryOnly = false; ///< the given-name expansion applies to the first name only
    bool suppressAuthor = false;   ///< the cite-item's suppress-author
    bool sortKey = false;          ///< rendering a macro sort key: dates as numbers, names inverted
    std::string namesMin;          ///< a sort key's names-min / names-use-first / names-use-last
    std::string namesUseFirst;
    std::string namesUseLast;
};

/// Whether an element called variables, and whether any had a value: the
/// input of cs:group's suppression rule.
enum class VarState {
    None,
    Empty,
    Filled
};

struct Rendered {
    Out out;
    VarState state = VarState::None;
};

/// Renders one item through one layout (citation or bibliography).
class Renderer {
public:
    Renderer(const StyleData &style, const CslLocale &locale, const ItemData &item, RenderRequest request);

    /// The layout's content without the layout's own affixes (the caller joins
    /// several cites). Fails on runaway macro recursion.
    Expected<Out> renderLayoutBody();
    /// Renders the children of an arbitrary element (used for sort keys).
    Expected<Out> renderNode(pugi::xml_node node);

    static constexpr int kMaxDepth = 48;
    /// Macro calls in one rendering. Real styles make a few hundred (APA
    /// about 300); a style whose macros each call the next twice would make
    /// 2^depth, so the count is capped as well as the depth.
    static constexpr int kMaxMacroCalls = 20000;

private:
    friend struct NamesRenderer;
    Rendered render(pugi::xml_node node);
    Rendered renderChildren(pugi::xml_node node, const std::string &delimiter, bool groupRule);
    Rendered renderText(pugi::xml_node node);
    Rendered renderNumber(pugi::xml_node node);
    Rendered renderLabel(pugi::xml_node node);
    Rendered renderGroup(pugi::xml_node node);
    Rendered renderChoose(pugi::xml_node node);
    Rendered renderDate(pugi::xml_node node);
    Rendered renderNames(pugi::xml_node node);
    Rendered renderSubstitute(pugi::xml_node node, pugi::xml_node substitute);
    bool testCondition(pugi::xml_node node);
    bool positionHolds(const std::string &position) const;
    void format(Out &out, pugi::xml_node node, bool affixes = true);

public:
    // Shared with the names and date helpers.
    std::string variable(const std::string &name, const std::string &form = "long") const;
    bool hasVariable(const std::string &name) const;
    std::string pageRange(const std::string &value, bool isPage) const;
    std::string inherited(pugi::xml_node node, const char *attribute,
                          const char *inheritedAs = nullptr) const;
    const CslLocale &locale() const { return m_locale; }
    const ItemData &item() const { return m_item; }
    const StyleData &style() const { return m_style; }
    bool english() const;
    std::string labelFor(const std::string &variable, const std::string &form, const std::string &pluralRule);
    bool isSuppressed(const std::string &variable) const { return m_suppressed.count(variable) > 0; }
    void suppress(const std::string &variable) { m_suppressed.insert(variable); }
    void markUsed(const std::string &variable) { m_used.push_back(variable); }
    std::size_t usedCount() const { return m_used.size(); }
    void suppressUsedSince(std::size_t mark)
    {
        for (std::size_t i = mark; i < m_used.size(); ++i)
            m_suppressed.insert(m_used[i]);
    }
    void applyFormatting(Out &out, pugi::xml_node node, bool affixes = true) { format(out, node, affixes); }
    const RenderRequest &request() const { return m_request; }
    /// The year-suffix to print after the year being rendered: once, and only when the
    /// style prints no year-suffix variable of its own.
    std::string takeImplicitYearSuffix()
    {
        if (m_style.printsYearSuffix || m_yearSuffixPlaced || m_request.yearSuffix.empty())
            return {};
        m_yearSuffixPlaced = true;
        return m_request.yearSuffix;
    }

private:
    const StyleData &m_style;
    const CslLocale &m_locale;
    const ItemData &m_item;
    RenderRequest m_request;
    pugi::xml_node m_mode;
    std::set<std::string> m_suppressed;
    std::vector<pugi::xml_node> m_namesStack;
    std::vector<std::string> m_used; ///< variables printed so far (cs:substitute suppresses them)
    int m_depth = 0;
    int m_macroCalls = 0;
    bool m_overflow = false;
    bool m_namesSeen = false;        ///< a cs:names printed already (suppress-author takes the first)
    bool m_yearSuffixPlaced = false; ///< the implicit year-suffix went after a year already
};

bool isNumericValue(const std::string &value);
/// The second number of a page range in a page-range-format ("minimal", "chicago", …).
std::string collapseRange(const std::string &from, std::string to, const std::string &format);
std::string toRoman(long value);

/// The words of a space-separated attribute value ("author editor").
std::vector<std::string> splitSpaces(std::string_view text);

} // namespace warta::detail
