#include "cite/csl_render.h"

#include "cite/csl_citation_label.h"
#include "cite/csl_text_case.h"

#include <cctype>
#include <cstring>
#include <optional>
#include <string_view>

namespace warta::detail {

// Called for every condition and names element of every rendering: a plain scan, since a
// string stream's construction (its locale) cost more than the rest of the test.
std::vector<std::string> splitSpaces(std::string_view text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::vector<std::string> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && isSpace(text[at]))
            ++at;
        std::size_t end = at;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        if (end > at)
            words.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return words;
}

namespace {

bool isNumberVariable(const std::string &name)
{
    static const char *const kNumbers[] = {"chapter-number",
                                           "citation-number",
                                           "collection-number",
                                           "edition",
                                           "first-reference-note-number",
                                           "issue",
                                           "locator",
                                           "number",
                                           "number-of-pages",
                                           "number-of-volumes",
                                           "page",
                                           "page-first",
                                           "part-number",
                                           "printing-number",
                                           "section",
                                           "supplement-number",
                                           "version",
                                           "volume"};
    for (const char *n : kNumbers)
        if (name == n)
            return true;
    return false;
}

// Fields whose text is markup-free data (links, identifiers): no rich text, no smart apostrophes.
bool isPlainVariable(const std::string &name)
{
    return name == "URL" || name == "DOI" || name == "ISBN" || name == "ISSN" || name == "PMID" ||
           name == "PMCID" || name == "id";
}

// A numeric unit ends in a digit or is a roman numeral ("12", "N5", "ix").
bool isNumericUnit(const std::string &word)
{
    return !word.empty() && (std::isdigit(static_cast<unsigned char>(word.back())) ||
                             word.find_first_not_of("ivxlcdmIVXLCDM") == std::string::npos);
}

// Whether a page or locator names several ("1, 3", "2 & 4", "213 and 235",
// "3-5"), so its label is plural. As citeproc-js does, a hyphen makes a range
// only between numeric units ("3-B" and "Michaelson-Morely" are one page) and
// an escaped hyphen ("327\-30") never does.
bool hasMultiple(const std::string &value, const std::string &andTerm)
{
    if (value.find_first_of(",&") != std::string::npos)
        return true;
    for (const std::string &word : {std::string("and"), andTerm})
        if (!word.empty() && value.find(" " + word + " ") != std::string::npos)
            return true;
    for (std::size_t at = 0; at < value.size(); ++at) {
        const bool hyphen = value[at] == '-';
        const bool endash = value.compare(at, 3, "\u2013") == 0;
        if (!hyphen && !endash)
            continue;
        if (hyphen && at > 0 && value[at - 1] == '\\')
            continue;
        std::size_t leftEnd = at;
        while (leftEnd > 0 && value[leftEnd - 1] == ' ')
            --leftEnd;
        std::size_t left = leftEnd;
        while (left > 0 && std::isalnum(static_cast<unsigned char>(value[left - 1])))
            --left;
        std::size_t right = at + (endash ? 3 : 1);
        while (right < value.size() && value[right] == ' ')
            ++right;
        std::size_t rightEnd = right;
        while (rightEnd < value.size() && std::isalnum(static_cast<unsigned char>(value[rightEnd])))
            ++rightEnd;
        if (isNumericUnit(value.substr(left, leftEnd - left)) &&
            isNumericUnit(value.substr(right, rightEnd - right)))
            return true;
    }
    return false;
}

VarState combine(VarState a, VarState b)
{
    if (a == VarState::Filled || b == VarState::Filled)
        return VarState::Filled;
    if (a == VarState::Empty || b == VarState::Empty)
        return VarState::Empty;
    return VarState::None;
}

// The value of a run of ASCII digits; empty past 18 digits, where std::stol
// would throw (a volume or page of that length is printed as it is).
std::optional<long> digitsValue(const std::string &digits)
{
    if (digits.empty() || digits.size() > 18)
        return std::nullopt;
    for (char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    return std::stol(digits);
}

} // namespace

std::string collapseRange(const std::string &from, std::string to, const std::string &format)
{
    if (format.empty())
        return to;
    if (to.size() < from.size())
        to = from.substr(0, from.size() - to.size()) + to; // expand "45" → "145"
    if (format == "expanded" || to.size() != from.size())
        return to;
    std::size_t same = 0;
    while (same < to.size() && to[same] == from[same])
        ++same;
    std::string minimal = to.substr(std::min(same, to.size() - 1));
    if (format == "minimal")
        return minimal;
    if (format == "minimal-two")
        return minimal.size() >= 2 || to.size() < 2 ? minimal : to.substr(to.size() - 2);
    if (format == "chicago" || format == "chicago-15" || format == "chicago-16") {
        const std::optional<long> parsed = digitsValue(from);
        if (!parsed)
            return to;
        const long start = *parsed;
        if (start < 100 || start % 100 == 0)
            return to;
        if (start % 100 < 10)
            return minimal; // 101–8
        // "chicago" is CSL 1.0.2's old name of chicago-15, which prints four
        // digits in full when three of them change (1496–1504).
        if (format != "chicago-16" && from.size() == 4 && minimal.size() >= 3)
            return to;
        return minimal.size() >= 2 ? minimal : to.substr(to.size() - 2);
    }
    return to;
}

bool isNumericValue(const std::string &value)
{
    if (value.empty())
        return false;
    std::string token;
    bool sawDigit = false;
    auto tokenOk = [&](const std::string &t) {
        if (t.empty())
            return true;
        bool digit = false;
        for (char c : t) {
            if (std::isdigit(static_cast<unsigned char>(c)))
                digit = true;
            else if (!std::isalpha(static_cast<unsigned char>(c)))
                return false;
        }
        // "2nd", "L2", "2L2": letters allowed only around digits.
        if (digit)
            sawDigit = true;
        return digit;
    };
    std::string text = value;
    for (std::size_t pos; (pos = text.find("\u2013")) != std::string::npos;)
        text.replace(pos, 3, "-");
    for (char c : text) {
        if (c == ',' || c == '-' || c == '&' || c == ' ') {
            if (!tokenOk(token))
                return false;
            token.clear();
        } else {
            token += c;
        }
    }
    return tokenOk(token) && sawDigit;
}

std::string toRoman(long value)
{
    if (value <= 0 || value >= 4000)
        return std::to_string(value);
    static const std::pair<long, const char *> kTable[] = {
            {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
            {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto &[amount, letters] : kTable)
        while (value >= amount) {
            out += letters;
            value -= amount;
        }
    return out;
}

Renderer::Renderer(const StyleData &style, const CslLocale &locale, const ItemData &item,
                   RenderRequest request)
    : m_style(style)
    , m_locale(locale)
    , m_item(item)
    , m_request(std::move(request))
    , m_mode(m_request.citation ? style.citation : style.bibliography)
{}

Expected<Out> Renderer::renderLayoutBody()
{
    return renderNode(m_mode.child("layout"));
}

Expected<Out> Renderer::renderNode(pugi::xml_node node)
{
    Rendered result = renderChildren(node, {}, false);
    if (m_overflow)
        return fail(ErrorCode::BadStyle, "the style's macros call each other more than " +
                                                 std::to_string(kMaxDepth) + " levels deep or more than " +
                                                 std::to_string(kMaxMacroCalls) +
                                                 " times for one entry (a macro loop?)");
    return std::move(result.out);
}

bool Renderer::english() const
{
    const std::string &lang = m_item.language.empty() ? m_locale.lang : m_item.language;
    return lang.rfind("en", 0) == 0 && (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

std::string Renderer::inherited(pugi::xml_node node, const char *attribute, const char *inheritedAs) const
{
    if (auto a = node.attribute(attribute))
        return a.value();
    const char *outer = inheritedAs ? inheritedAs : attribute;
    if (auto a = m_mode.attribute(outer))
        return a.value();
    if (auto a = m_style.root.attribute(outer))
        return a.value();
    return {};
}

namespace {

// A page such as "N110" or "8n11564": the letters before its last run of digits and the digits.
std::pair<std::string, std::string> splitPageNumber(const std::string &page)
{
    std::size_t digits = page.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(page[digits - 1])))
        --digits;
    return {page.substr(0, digits), page.substr(digits)};
}

bool isRomanNumeral(const std::string &word)
{
    return !word.empty() && word.find_first_not_of("ivxlcdmIVXLCDM") == std::string::npos;
}

} // namespace

// "253-257" → "253–57" with the style's page-range-format and the locale's
// page-range-delimiter; spaces around the hyphen go ("100 - 103" → "100–103").
// Numbers with one prefix ("N110 - N5") form a range of that prefix: expanded
// it is repeated ("N110–N115"), abbreviated only digits follow ("n11564–8").
// Numbers with different prefixes are not a range and keep a plain hyphen
// ("N110-P5"). Other text is left alone.
std::string Renderer::pageRange(const std::string &value, bool isPage) const
{
    const std::string delimiter = m_locale.term("page-range-delimiter").value_or("\u2013");
    const std::string format = isPage ? m_style.root.attribute("page-range-format").value() : std::string();
    auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    std::size_t i = 0;
    while (i < value.size()) {
        std::size_t dash = value.find('-', i);
        std::size_t endash = value.find("\u2013", i);
        std::size_t at = std::min(dash, endash);
        if (at == std::string::npos) {
            out += value.substr(i);
            break;
        }
        std::size_t width = at == endash ? 3 : 1;
        if (at == dash && at > i && value[at - 1] == '\\') { // "327\-30": a hyphen, not a range
            out += value.substr(i, at - 1 - i) + "-";
            i = at + 1;
            continue;
        }
        std::size_t leftEnd = at;
        while (leftEnd > i && value[leftEnd - 1] == ' ')
            --leftEnd;
        std::size_t left = leftEnd;
        while (left > i && isWord(value[left - 1]))
            --left;
        std::size_t right = at + width;
        while (right < value.size() && value[right] == ' ')
            ++right;
        std::size_t rightEnd = right;
        while (rightEnd < value.size() && isWord(value[rightEnd]))
            ++rightEnd;
        const std::string from = value.substr(left, leftEnd - left);
        const std::string to = value.substr(right, rightEnd - right);
        out += value.substr(i, left - i);
        const auto [fromPrefix, fromNumber] = splitPageNumber(from);
        const auto [toPrefix, toNumber] = splitPageNumber(to);
        if (from.empty() || to.empty()) {
            out += value.substr(left, rightEnd - left);
        } else if (fromNumber.empty() || toNumber.empty()) {
            // Not numbers: roman numerals are a range ("i–ix"), words are not ("3-B").
            const bool roman = isRomanNumeral(from) && isRomanNumeral(to);
            out += from + (roman ? delimiter : std::string("-")) + to;
        } else if (fromPrefix != toPrefix) {
            out += from + "-" + to;
        } else {
            const std::string number = collapseRange(fromNumber, toNumber, format);
            const bool repeatPrefix = format.empty() || format == "expanded";
            out += from + delimiter + (repeatPrefix ? toPrefix : std::string()) + number;
        }
        i = rightEnd;
    }
    return out;
}

bool Renderer::hasVariable(const std::string &name) const
{
    if (name == "locator")
        return m_request.citation && !m_request.locatorValue.empty();
    if (name == "citation-number")
        return true;
    if (name == "year-suffix")
        return !m_request.yearSuffix.empty();
    if (name == "first-reference-note-number")
        return m_request.citation && m_request.firstNoteNumber > 0 && m_request.position != Position::First;
    if (name == "page-first" || name == "citation-label")
        return !variable(name).empty();
    if (auto it = m_item.names.find(name); it != m_item.names.end())
        return !it->second.empty();
    if (auto it = m_item.dates.find(name); it != m_item.dates.end())
        return !it->second.empty();
    auto it = m_item.vars.find(name);
    return it != m_item.vars.end() && !it->second.empty();
}

std::string Renderer::variable(const std::string &name, const std::string &form) const
{
    if (name == "locator")
        return m_request.citation ? m_request.locatorValue : std::string();
    if (name == "citation-number")
        return std::to_string(m_request.citationNumber);
    if (name == "year-suffix")
        return m_request.yearSuffix;
    if (name == "first-reference-note-number")
        return hasVariable(name) ? std::to_string(m_request.firstNoteNumber) : std::string();
    if (name == "citation-label" && !m_item.vars.count(name))
        return generatedCitationLabel(m_item);
    if (name == "page-first" && !m_item.vars.count("page-first")) {
        const std::string page = variable("page");
        std::size_t end = page.size();
        for (const char *separator : {",", "&", "-", "\u2013", " "})
            end = std::min(end, page.find(separator));
        return page.substr(0, end);
    }
    if (form == "short") {
        auto it = m_item.vars.find(name + "-short");
        if (it != m_item.vars.end() && !it->second.empty())
            return it->second;
    }
    auto it = m_item.vars.find(name);
    return it == m_item.vars.end() ? std::string() : it->second;
}

namespace {

bool hasOwnFormatting(const Out &o)
{
    return !o.prefix.empty() || !o.suffix.empty() || !o.fontStyle.empty() || !o.fontWeight.empty() ||
           !o.fontVariant.empty() || !o.verticalAlign.empty() || !o.textDecoration.empty() || o.quotes ||
           !o.display.empty();
}

// A group (or macro) that prints only terms or fixed values, having called no variable,
// counts as a filled variable for the group around it (citeproc-js): an "Anon." macro keeps
// the enclosing author group alive when every name is missing.
Rendered termsOnlyCountAsFilled(Rendered group)
{
    if (group.state == VarState::None && !group.out.empty())
        group.state = VarState::Filled;
    return group;
}

// citeproc-js writes a narrow no-break space between a word and a following ":", ";", "?",
// "!" or "»", and after "«", in every text it prints (terms, values, fields; not in affixes
// or delimiters): French typography, and harmless elsewhere since a space there is rare.
void narrowSpacesBeforeMarks(Out &out)
{
    if (!out.isLeaf) {
        for (auto &kid : out.kids)
            narrowSpacesBeforeMarks(kid);
        return;
    }
    std::string &text = out.text;
    if (text.find(' ') == std::string::npos)
        return;
    static const std::string kNarrow = "\u202f";
    static const char *const kAfterSpace[] = {":", ";", "?", "!", "\u00bb"};
    std::string result;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') {
            bool before = false;
            for (const char *mark : kAfterSpace)
                before = before || text.compare(i + 1, std::strlen(mark), mark) == 0;
            const bool afterGuillemet =
                    result.size() >= 2 && result.compare(result.size() - 2, 2, "\u00ab") == 0;
            if (before || afterGuillemet) {
                result += kNarrow;
                continue;
            }
        }
        result += text[i];
    }
    text = std::move(result);
}

} // namespace

void Renderer::format(Out &out, pugi::xml_node node, bool affixes)
{
    if (auto a = node.attribute("text-case"))
        applyTextCase(out, a.value(), english());
    // citeproc-js strips periods from terms, dates and short forms (its abbreviation path),
    // not from the long form of an item variable.
    const bool longVariable = std::strcmp(node.name(), "text") == 0 && node.attribute("variable") &&
                              std::strcmp(node.attribute("form").as_string("long"), "short") != 0;
    if (node.attribute("strip-periods").as_bool() && !longVariable)
        stripPeriods(out);
    static const char *const kAttributes[] = {"prefix",          "suffix",       "font-style",
                                              "font-weight",     "font-variant", "vertical-align",
                                              "text-decoration", "quotes",       "display"};
    bool any = false;
    for (const char *attribute : kAttributes)
        any = any || node.attribute(attribute);
    if (!any)
        return;
    if (hasOwnFormatting(out)) {
        // Keep the inner element's formatting: this element's wraps around it.
        Out inner = std::move(out);
        out = Out::group({});
        out.kids.push_back(std::move(inner));
    }
    if (affixes) {
        out.prefix = node.attribute("prefix").value();
        out.suffix = node.attribute("suffix").value();
    }
    out.fontStyle = node.attribute("font-style").value();
    out.fontWeight = node.attribute("font-weight").value();
    out.fontVariant = node.attribute("font-variant").value();
    out.textDecoration = node.attribute("text-decoration").value();
    out.verticalAlign = node.attribute("vertical-align").value();
    out.display = node.attribute("display").value();
    out.quotes = node.attribute("quotes").as_bool();
}

Rendered Renderer::renderChildren(pugi::xml_node node, const std::string &delimiter, bool groupRule)
{
    Rendered result;
    result.out = Out::group({}, delimiter);
    for (auto child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        Rendered part = render(child);
        result.state = combine(result.state, part.state);
        if (part.out.empty())
            continue;
        // cs:choose prints no box of its own: what its branch renders stands among the
        // enclosing group's children, so the group's delimiter goes between them too.
        if (std::strcmp(child.name(), "choose") == 0 && !part.out.isLeaf) {
            for (auto &kid : part.out.kids)
                result.out.kids.push_back(std::move(kid));
        } else {
            result.out.kids.push_back(std::move(part.out));
        }
    }
    if (groupRule && result.state == VarState::Empty)
        result.out = Out::group({});
    return result;
}

Rendered Renderer::render(pugi::xml_node node)
{
    if (m_overflow)
        return {};
    const char *name = node.name();
    if (std::strcmp(name, "text") == 0)
        return renderText(node);
    if (std::strcmp(name, "group") == 0)
        return renderGroup(node);
    if (std::strcmp(name, "choose") == 0)
        return renderChoose(node);
    if (std::strcmp(name, "names") == 0)
        return renderNames(node);
    if (std::strcmp(name, "date") == 0)
        return renderDate(node);
    if (std::strcmp(name, "number") == 0)
        return renderNumber(node);
    if (std::strcmp(name, "label") == 0)
        return renderLabel(node);
    return {};
}

Rendered Renderer::renderText(pugi::xml_node node)
{
    Rendered result;
    if (auto a = node.attribute("variable")) {
        std::string name = a.value();
        std::string value =
                isSuppressed(name) ? std::string() : variable(name, node.attribute("form").value());
        // year-suffix is filled in by disambiguation, after the layout ran, so
        // citeproc-js never lets it suppress a group.
        if (value.empty())
            return {Out::group({}), name == "year-suffix" ? VarState::None : VarState::Empty};
        if (name == "citation-label")
            value += takeImplicitYearSuffix(); // "RoNo78a": the label is what disambiguates
        if (name == "page" || name == "locator")
            value = pageRange(value, name == "page");
        else if (isNumberVariable(name) && isNumericValue(value))
            value = pageRange(value, false); // "3-4" → "3–4"
        result.out = isPlainVariable(name) ? Out::leaf(value) : parseRichText(value);
        result.state = VarState::Filled;
        markUsed(name);
    } else if (auto m = node.attribute("macro")) {
        auto it = m_style.macros.find(m.value());
        if (it == m_style.macros.end())
            return {};
        if (m_overflow || ++m_macroCalls > kMaxMacroCalls || m_depth >= kMaxDepth) {
            m_overflow = true;
            return {};
        }
        ++m_depth;
        // citeproc-js treats a macro like a group: all its variables empty → nothing.
        result = termsOnlyCountAsFilled(renderChildren(it->second, {}, true));
        --m_depth;
    } else if (auto t = node.attribute("term")) {
        auto text = m_locale.term(t.value(), node.attribute("form").as_string("long"),
                                  node.attribute("plural").as_bool());
        result.out = Out::leaf(text.value_or(""));
        result.out.fromTerm = true;
    } else if (auto v = node.attribute("value")) {
        result.out = parseRichText(v.value()); // citeproc-js reads markup and quotes in values too
    }
    if (!result.out.empty()) {
        if (!node.attribute("macro"))
            narrowSpacesBeforeMarks(result.out);
        format(result.out, node);
    }
    return result;
}

Rendered Renderer::renderNumber(pugi::xml_node node)
{
    std::string name = node.attribute("variable").value();
    std::string value = isSuppressed(name) ? std::string() : variable(name);
    if (value.empty())
        return {Out::group({}), VarState::Empty};
    std::string form = node.attribute("form").as_string("numeric");
    std::string text = value;
    if (isNumericValue(value)) {
        std::string digits;
        for (char c : value)
            if (std::isdigit(static_cast<unsigned char>(c)))
                digits += c;
            else
                break;
        const std::optional<long> parsed = digits.size() == value.size() ? digitsValue(digits) : std::nullopt;
        if (parsed) {
            const long number = *parsed;
            std::string gender;
            if (const CslTerm *t = m_locale.findTerm(name, "long"))
                gender = t->gender;
            if (form == "ordinal")
                text = m_locale.ordinal(number, gender);
            else if (form == "long-ordinal")
                text = m_locale.longOrdinal(number, gender);
            else if (form == "roman")
                text = toRoman(number);
        }
        text = pageRange(text, name == "page");
    }
    Rendered result{Out::leaf(text), VarState::Filled};
    markUsed(name);
    format(result.out, node);
    return result;
}

std::string Renderer::labelFor(const std::string &name, const std::string &form,
                               const std::string &pluralRule)
{
    std::string termName = name;
    std::string value;
    if (name == "locator") {
        termName = m_request.locatorLabel.empty() ? "page" : m_request.locatorLabel;
        value = m_request.locatorValue;
    } else {
        value = variable(name);
    }
    if (value.empty())
        return {};
    bool plural = pluralRule == "always" ||
                  (pluralRule != "never" && hasMultiple(value, m_locale.term("and").value_or("")));
    if (name == "number-of-pages" || name == "number-of-volumes") {
        plural = pluralRule == "always" || (pluralRule != "never" && value != "1");
        if (name == "number-of-pages")
            termName = "page";
        else
            termName = "volume";
    }
    return m_locale.term(termName, form.empty() ? "long" : form, plural).value_or("");
}

Rendered Renderer::renderLabel(pugi::xml_node node)
{
    std::string name = node.attribute("variable").value();
    if (isSuppressed(name) || !isNumberVariable(name))
        return {};
    std::string text = labelFor(name, node.attribute("form").value(), node.attribute("plural").value());
    if (text.empty())
        return {};
    Rendered result{Out::leaf(text), VarState::None};
    format(result.out, node);
    return result;
}

Rendered Renderer::renderGroup(pugi::xml_node node)
{
    Rendered result = renderChildren(node, node.attribute("delimiter").value(), true);
    if (result.state == VarState::Empty || result.out.empty()) {
        return {Out::group({}), result.state == VarState::None ? VarState::None : VarState::Empty};
    }
    format(result.out, node);
    return termsOnlyCountAsFilled(std::move(result));
}

Rendered Renderer::renderChoose(pugi::xml_node node)
{
    for (auto branch : node.children()) {
        if (branch.type() != pugi::node_element)
            continue;
        std::string kind = branch.name();
        if (kind == "else" || testCondition(branch))
            return renderChildren(branch, {}, false);
    }
    return {};
}

// CSL 1.0.2 positions: "subsequent" holds for every later cite, "ibid" also for
// ibid-with-locator, "near-note" for a later cite close to the previous one.
// In a bibliography every test fails.
bool Renderer::positionHolds(const std::string &position) const
{
    if (!m_request.citation)
        return false;
    const Position p = m_request.position;
    if (position == "first")
        return p == Position::First;
    if (position == "subsequent")
        return p != Position::First;
    if (position == "ibid")
        return p == Position::Ibid || p == Position::IbidWithLocator;
    if (position == "ibid-with-locator")
        return p == Position::IbidWithLocator;
    if (position == "near-note")
        return p != Position::First && m_request.nearNote;
    return false;
}

bool Renderer::testCondition(pugi::xml_node node)
{
    std::vector<bool> results;
    for (const auto &type : splitSpaces(node.attribute("type").value()))
        results.push_back(type == m_item.type);
    for (const auto &name : splitSpaces(node.attribute("variable").value()))
        results.push_back(!isSuppressed(name) && hasVariable(name));
    for (const auto &name : splitSpaces(node.attribute("is-numeric").value()))
        results.push_back(isNumericValue(variable(name)));
    for (const auto &name : splitSpaces(node.attribute("is-uncertain-date").value())) {
        auto it = m_item.dates.find(name);
        results.push_back(it != m_item.dates.end() && it->second.circa);
    }
    for (const auto &label : splitSpaces(node.attribute("locator").value())) {
        std::string actual = m_request.locatorLabel.empty() ? "page" : m_request.locatorLabel;
        bool has = m_request.citation && !m_request.locatorValue.empty();
        results.push_back(has && (label == actual || (label == "sub-verbo" && actual == "sub verbo")));
    }
    for (const auto &position : splitSpaces(node.attribute("position").value()))
        results.push_back(positionHolds(position));
    for (const auto &value : splitSpaces(node.attribute("disambiguate").value()))
        results.push_back((value == "true") == m_request.disambiguate);
    const std::string match = node.attribute("match").as_string("all");
    if (results.empty())
        return false;
    if (match == "any") {
        for (bool r : results)
            if (r)
                return true;
        return false;
    }
    if (match == "none") {
        for (bool r : results)
            if (r)
                return false;
        return true;
    }
    for (bool r : results)
        if (!r)
            return false;
    return true;
}

} // namespace warta::detail
