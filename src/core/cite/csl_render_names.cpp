#include "cite/csl_render.h"

#include "cite/csl_text_case.h"

#include <cstring>
#include <sstream>

// cs:names and cs:name: name lists with et-al, "and", inversion, initials,
// labels and cs:substitute.
namespace warta::detail {
namespace {

struct NameOptions {
    std::string andWord; ///< "" when no "and" is used
    std::string delimiter = ", ";
    std::string precedesEtAl = "contextual";
    std::string precedesLast = "contextual";
    int etAlMin = 0;
    int etAlUseFirst = 0;
    bool etAlUseLast = false;
    bool initialize = true;
    bool hasInitializeWith = false;
    std::string initializeWith;
    std::string sortOrder; ///< "", "first", "all"
    std::string sortSeparator = ", ";
    std::string form = "long";
    std::string demote = "display-and-sort";
    bool initializeHyphen = true;
};

int toInt(const std::string &text, int fallback)
{
    try {
        return text.empty() ? fallback : std::stoi(text);
    } catch (...) {
        return fallback;
    }
}

// Names written without Latin letters (CJK) print family and given run together.
bool isNonRoman(const std::string &text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0xE3 && byte <= 0xED)
            return true;
    }
    return false;
}

std::string utf8FirstChar(const std::string &word)
{
    if (word.empty())
        return {};
    auto c = static_cast<unsigned char>(word[0]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return word.substr(0, len);
}

bool isUpperStart(const std::string &word)
{
    std::string first = utf8FirstChar(word);
    return !first.empty() && toUpperUtf8(first) == first && toLowerUtf8(first) != first;
}

// "John Paul" → "J. P." with initialize-with ". "; "Jean-Paul" → "J.-P.".
std::string initials(const std::string &given, const NameOptions &opt)
{
    // "J.J." is two initials: split at inner periods like at spaces.
    std::string spaced;
    for (std::size_t i = 0; i < given.size(); ++i) {
        spaced += given[i];
        if (given[i] == '.' && i + 1 < given.size() && given[i + 1] != ' ' && given[i + 1] != '-')
            spaced += ' ';
    }
    std::istringstream in(spaced);
    std::string out;
    bool lastWasInitial = false;
    for (std::string word; in >> word;) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t pos; (pos = word.find('-', start)) != std::string::npos; start = pos + 1)
            parts.push_back(word.substr(start, pos - start));
        parts.push_back(word.substr(start));
        std::string rendered;
        bool initialWord = true;
        std::string trimmedWith = opt.initializeWith;
        while (!trimmedWith.empty() && trimmedWith.back() == ' ')
            trimmedWith.pop_back();
        for (std::size_t p = 0; p < parts.size(); ++p) {
            std::string part = parts[p];
            const bool abbreviated = !part.empty() && part.back() == '.';
            while (!part.empty() && part.back() == '.')
                part.pop_back();
            // "Guo-ping" → "G": a lower-case part after a hyphen is dropped.
            if (p > 0 && !isUpperStart(part))
                continue;
            const bool isInitial = utf8FirstChar(part).size() == part.size() && isUpperStart(part);
            std::string piece;
            if (abbreviated && !isInitial && isUpperStart(part)) {
                piece = part + opt.initializeWith; // "Ts." stays an abbreviation
            } else if (isUpperStart(part) && (opt.initialize || isInitial)) {
                piece = utf8FirstChar(part) + opt.initializeWith;
            } else {
                piece = parts[p];
                initialWord = false;
            }
            if (p > 0) {
                while (!rendered.empty() && rendered.back() == ' ')
                    rendered.pop_back();
                if ((opt.initializeHyphen && !trimmedWith.empty()) || !initialWord)
                    rendered += "-";
            }
            rendered += piece;
        }
        // Initials carry their own spacing (initialize-with); full words need a space.
        if (!out.empty() && (!lastWasInitial || !initialWord) && out.back() != ' ')
            out += ' ';
        out += rendered;
        lastWasInitial = initialWord;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string joinParticle(const std::string &particle, const std::string &rest)
{
    if (particle.empty())
        return rest;
    if (rest.empty())
        return particle;
    char last = particle.back();
    if (last == '\'' || last == '-' ||
        (particle.size() >= 3 && particle.compare(particle.size() - 3, 3, "\u2019") == 0))
        return particle + rest;
    return particle + " " + rest;
}

bool callsBoth(const std::vector<std::string> &variables)
{
    int found = 0;
    for (const auto &v : variables)
        found += (v == "editor" || v == "translator") ? 1 : 0;
    return found == 2;
}

bool sameNames(const std::map<std::string, std::vector<CslName>> &names, const char *a, const char *b)
{
    auto first = names.find(a);
    auto second = names.find(b);
    if (first == names.end() || second == names.end() || first->second.empty() ||
        first->second.size() != second->second.size())
        return false;
    for (std::size_t i = 0; i < first->second.size(); ++i) {
        const CslName &x = first->second[i];
        const CslName &y = second->second[i];
        if (x.family != y.family || x.given != y.given || x.literal != y.literal)
            return false;
    }
    return true;
}

} // namespace

struct NamesRenderer {
    Renderer &r;
    pugi::xml_node names;
    pugi::xml_node name;
    pugi::xml_node etAl;
    pugi::xml_node label;
    NameOptions opt;
    std::size_t expandIndex = 0; ///< the index of the name being rendered

    void readOptions()
    {
        auto get = [&](const char *attribute, const char *inheritedAs = nullptr) {
            return r.inherited(name, attribute, inheritedAs);
        };
        std::string andValue = get("and");
        if (andValue == "text")
            andValue = r.locale().term("and").value_or("and");
        else if (andValue == "symbol")
            andValue = "&";
        else
            andValue.clear();
        opt.andWord = andValue;
        if (auto d = name.attribute("delimiter"))
            opt.delimiter = d.value();
        else if (std::string v = r.inherited(pugi::xml_node(), "name-delimiter"); !v.empty())
            opt.delimiter = v;
        if (auto v = get("delimiter-precedes-et-al"); !v.empty())
            opt.precedesEtAl = v;
        if (auto v = get("delimiter-precedes-last"); !v.empty())
            opt.precedesLast = v;
        opt.etAlMin = toInt(get("et-al-min"), 0);
        opt.etAlUseFirst = toInt(get("et-al-use-first"), 0);
        opt.etAlUseLast = get("et-al-use-last") == "true";
        const RenderRequest &request = r.request();
        if (request.citation && request.position != Position::First) {
            // A later cite of the same item may use a shorter et-al.
            opt.etAlMin = toInt(get("et-al-subsequent-min"), opt.etAlMin);
            opt.etAlUseFirst = toInt(get("et-al-subsequent-use-first"), opt.etAlUseFirst);
        }
        if (request.sortKey) {
            opt.etAlMin = toInt(request.namesMin, opt.etAlMin);
            opt.etAlUseFirst = toInt(request.namesUseFirst, opt.etAlUseFirst);
            if (!request.namesUseLast.empty())
                opt.etAlUseLast = request.namesUseLast == "true";
        }
        if (request.namesShown > opt.etAlUseFirst)
            opt.etAlUseFirst = request.namesShown;
        opt.initialize = get("initialize") != "false";
        std::string with = r.inherited(name, "initialize-with");
        opt.hasInitializeWith = name.attribute("initialize-with") ||
                                r.inherited(pugi::xml_node(), "initialize-with") != "" || !with.empty();
        opt.initializeWith = with;
        opt.sortOrder = get("name-as-sort-order");
        if (auto s = name.attribute("sort-separator"))
            opt.sortSeparator = s.value();
        else if (auto v = r.inherited(pugi::xml_node(), "sort-separator"); !v.empty())
            opt.sortSeparator = v;
        if (auto f = name.attribute("form"))
            opt.form = f.value();
        else if (auto v = r.inherited(pugi::xml_node(), "name-form"); !v.empty())
            opt.form = v;
        if (request.sortKey) {
            opt.sortOrder = "all"; // names sort as "family given", like citeproc-js's keys
            opt.andWord.clear(); // and without "and" or "&" ("Colaresi, Rasler" before "Colaresi, Thompson")
        }
        if (auto d = r.style().root.attribute("demote-non-dropping-particle"))
            opt.demote = d.value();
        opt.initializeHyphen = r.style().root.attribute("initialize-with-hyphen").as_bool(true);
    }

    Out part(const std::string &which, std::string text)
    {
        // A name may carry the inline markup of CSL-JSON ("Center <sup>for</sup> …").
        Out out = text.find('<') == std::string::npos ? Out::leaf(std::move(text)) : parseRichText(text);
        for (auto np : name.children("name-part"))
            if (which == np.attribute("name").value())
                r.applyFormatting(out, np);
        return out;
    }

    // The family name with its non-dropping particle, each formatted on its own
    // (citeproc-js: "<sc>van</sc> <sc>Roe</sc>").
    Out familyWithParticle(const CslName &person)
    {
        const std::string &particle = person.nonDroppingParticle;
        if (particle.empty())
            return part("family", person.family);
        if (joinParticle(particle, "x") == particle + "x")
            return part("family", particle + person.family);
        auto bare = [&](const std::string &text) {
            Out piece = part("family", text);
            piece.prefix.clear(); // the name-part's affixes go around both
            piece.suffix.clear();
            return piece;
        };
        Out out = Out::group({});
        out.kids.push_back(bare(particle));
        out.kids.push_back(Out::leaf(" "));
        out.kids.push_back(bare(person.family));
        for (auto np : name.children("name-part"))
            if (std::string(np.attribute("name").value()) == "family") {
                out.prefix = np.attribute("prefix").value();
                out.suffix = np.attribute("suffix").value();
            }
        return out;
    }

    // cs:name's formatting and affixes dress each name, as citeproc-js does ("Dani A.,
    // Rahmawati S." from suffix="."); an institution or a literal name ("Antara") takes the
    // formatting without the affixes.
    Out dressed(Out one, const CslName &person) const
    {
        if (name)
            r.applyFormatting(one, name, !person.isLiteral());
        return one;
    }

    Out renderOne(const CslName &person, bool inverted)
    {
        if (person.isLiteral()) {
            // citeproc-js gives institutions the family name-part formatting too.
            return part("family", person.literal.empty() ? person.family : person.literal);
        }
        if (person.family.empty())
            return Out::leaf(person.given); // a given name alone ("Banksy")
        // disambiguate-add-givenname: level 1 turns a short form long (initials when
        // the style initialises), level 2 prints the full given name.
        const int level = expandIndex == 0 || !r.request().givenPrimaryOnly ? r.request().givenLevel : 0;
        const std::string form = level > 0 && opt.form == "short" ? std::string("long") : opt.form;
        std::string given = person.given;
        if (opt.hasInitializeWith && !given.empty() && level < 2)
            given = initials(given, opt);
        if (isNonRoman(person.family)) {
            Out out = Out::group({});
            out.kids.push_back(part("family", person.family));
            if (form != "short")
                out.kids.push_back(part("given", given));
            return out;
        }
        Out out = Out::group({});
        if (form == "short" || (given.empty() && person.droppingParticle.empty())) {
            out.kids.push_back(familyWithParticle(person));
            if (form != "short" && !person.suffix.empty())
                out.kids.push_back(Out::leaf(" " + person.suffix));
            return out;
        }
        const std::string givenFull = joinParticle(given, person.droppingParticle);
        if (inverted) {
            bool demote = opt.demote == "display-and-sort";
            std::string family =
                    demote ? person.family : joinParticle(person.nonDroppingParticle, person.family);
            std::string givenPart = demote && !person.nonDroppingParticle.empty()
                                            ? givenFull + " " + person.nonDroppingParticle
                                            : givenFull;
            out.kids.push_back(part("family", family));
            if (!givenPart.empty()) {
                out.kids.push_back(Out::leaf(opt.sortSeparator));
                out.kids.push_back(part("given", givenPart));
            }
            if (!person.suffix.empty())
                out.kids.push_back(Out::leaf(opt.sortSeparator + person.suffix));
            return out;
        }
        out.kids.push_back(part("given", givenFull));
        const std::string &dp = person.droppingParticle;
        const bool glued = person.nonDroppingParticle.empty() && !dp.empty() &&
                           (dp.back() == '\'' || dp.back() == '-' ||
                            (dp.size() >= 3 && dp.compare(dp.size() - 3, 3, "\u2019") == 0));
        if (!glued)
            out.kids.push_back(Out::leaf(" "));
        out.kids.push_back(familyWithParticle(person));
        if (!person.suffix.empty())
            out.kids.push_back(Out::leaf((person.commaSuffix ? ", " : " ") + person.suffix));
        return out;
    }

    bool invertedAt(std::size_t index) const
    {
        return opt.sortOrder == "all" || (opt.sortOrder == "first" && index == 0);
    }

    Out renderList(const std::vector<CslName> &list, std::size_t &shownCount)
    {
        const std::size_t total = list.size();
        std::size_t shown = total;
        bool truncated = false;
        if (opt.etAlMin > 0 && opt.etAlUseFirst > 0 && total >= static_cast<std::size_t>(opt.etAlMin) &&
            static_cast<std::size_t>(opt.etAlUseFirst) < total) {
            shown = static_cast<std::size_t>(opt.etAlUseFirst);
            truncated = true;
        }
        shownCount = shown;
        Out out = Out::group({});
        for (std::size_t i = 0; i < shown; ++i) {
            if (i > 0) {
                bool last = i + 1 == shown && !truncated;
                if (last && !opt.andWord.empty()) {
                    bool delim = opt.precedesLast == "always" ||
                                 (opt.precedesLast == "contextual" && shown >= 3) ||
                                 (opt.precedesLast == "after-inverted-name" && invertedAt(i - 1) &&
                                  // between two institutions citeproc-js puts no comma
                                  !(list[i - 1].isLiteral() && list[i].isLiteral()));
                    out.kids.push_back(
                            Out::leaf((delim ? opt.delimiter : std::string(" ")) + opt.andWord + " "));
                } else {
                    out.kids.push_back(Out::leaf(opt.delimiter));
                }
            }
            expandIndex = i;
            out.kids.push_back(dressed(renderOne(list[i], invertedAt(i)), list[i]));
        }
        if (truncated) {
            if (opt.etAlUseLast && shown + 2 <= total) {
                out.kids.push_back(Out::leaf(opt.delimiter + "\u2026 "));
                expandIndex = total - 1;
                out.kids.push_back(dressed(renderOne(list.back(), invertedAt(total - 1)), list.back()));
                return out;
            }
            std::string termName = etAl ? etAl.attribute("term").as_string("et-al") : "et-al";
            std::string term = r.locale().term(termName).value_or("");
            if (!term.empty()) {
                bool delim = opt.precedesEtAl == "always" ||
                             (opt.precedesEtAl == "contextual" && shown >= 2) ||
                             (opt.precedesEtAl == "after-inverted-name" && invertedAt(shown - 1));
                out.kids.push_back(Out::leaf(delim ? opt.delimiter : std::string(" ")));
                Out etAlOut = Out::leaf(term);
                if (etAl)
                    r.applyFormatting(etAlOut, etAl);
                out.kids.push_back(std::move(etAlOut));
            }
        }
        return out;
    }

    Out withLabel(Out list, const std::string &variable, std::size_t count, bool labelFirst)
    {
        if (!label || r.request().sortKey) // a sort key holds the names, not "ed."
            return list;
        std::string termText =
                r.locale()
                        .term(variable, label.attribute("form").as_string("long"),
                              label.attribute("plural").as_string("contextual") == std::string("always") ||
                                      (std::string(label.attribute("plural").value()) != "never" &&
                                       count > 1))
                        .value_or("");
        if (termText.empty())
            return list;
        Out labelOut = Out::leaf(termText);
        r.applyFormatting(labelOut, label);
        labelOut.namesLabel = true;
        Out out = Out::group({});
        if (labelFirst) {
            out.kids.push_back(std::move(labelOut));
            out.kids.push_back(std::move(list));
        } else {
            out.kids.push_back(std::move(list));
            out.kids.push_back(std::move(labelOut));
        }
        return out;
    }
};

Rendered Renderer::renderNames(pugi::xml_node node)
{
    // Inside cs:substitute a bare <names variable="…"/> borrows the outer names' children.
    pugi::xml_node source = node;
    if (!node.child("name") && !node.child("et-al") && !node.child("label") && !m_namesStack.empty())
        source = m_namesStack.back();
    NamesRenderer nr{*this, node, source.child("name"), source.child("et-al"), source.child("label"), {}};
    bool labelFirst = false;
    for (auto child : source.children()) {
        if (std::string(child.name()) == "label") {
            labelFirst = true;
            break;
        }
        if (std::string(child.name()) == "name")
            break;
    }
    nr.readOptions();
    const std::vector<std::string> variables = splitSpaces(node.attribute("variable").value());
    Out all = Out::group({}, inherited(node, "delimiter", "names-delimiter"));
    std::size_t counted = 0;
    bool any = false;
    // Editor and translator the same people, both asked for: one list, "editortranslator" label.
    const bool editorTranslator = callsBoth(variables) && sameNames(m_item.names, "editor", "translator");
    for (const auto &variable : variables) {
        if (isSuppressed(variable))
            continue;
        auto it = m_item.names.find(variable);
        if (it == m_item.names.end() || it->second.empty())
            continue;
        std::string labelTerm = variable;
        if (editorTranslator) {
            if (variable == "translator")
                continue;
            labelTerm = "editortranslator";
        }
        any = true;
        markUsed(variable);
        std::size_t shown = 0;
        Out list = nr.renderList(it->second, shown);
        counted += shown;
        all.kids.push_back(nr.withLabel(std::move(list), labelTerm, it->second.size(), labelFirst));
    }
    // suppress-author drops the cite's first names (or what stands in for them).
    const bool suppressThis = m_request.suppressAuthor && !m_namesSeen && m_namesStack.empty();
    if (any) {
        Rendered result;
        if (nr.opt.form == "count") {
            result.out = Out::leaf(std::to_string(counted));
        } else {
            result.out = std::move(all);
        }
        format(result.out, node);
        result.out.isNames = m_namesStack.empty();
        result.state = VarState::Filled;
        if (m_namesStack.empty())
            m_namesSeen = true;
        if (suppressThis)
            return {Out::group({}), VarState::Empty};
        return result;
    }
    if (auto substitute = node.child("substitute")) {
        Rendered result = renderSubstitute(node, substitute);
        if (m_namesStack.empty() && !result.out.empty()) {
            result.out.isNames = true;
            m_namesSeen = true;
            if (suppressThis)
                return {Out::group({}), VarState::Empty};
        }
        return result;
    }
    return {Out::group({}), VarState::Empty};
}

// The first cs:substitute child that prints something stands in for the names.
Rendered Renderer::renderSubstitute(pugi::xml_node node, pugi::xml_node substitute)
{
    m_namesStack.push_back(node);
    for (auto child : substitute.children()) {
        if (child.type() != pugi::node_element)
            continue;
        const std::size_t mark = usedCount();
        Rendered attempt = render(child);
        if (!attempt.out.empty()) {
            m_namesStack.pop_back();
            // A substituted variable is not printed again in the same cite.
            suppressUsedSince(mark);
            // The names' affixes and formatting dress substituted names; a substitute that is
            // not a cs:names (a title, an "Anon." term) prints as it stands (citeproc-js).
            if (std::strcmp(child.name(), "names") == 0)
                format(attempt.out, node);
            else
                attempt.out.substituted = true;
            attempt.state = VarState::Filled;
            return attempt;
        }
    }
    m_namesStack.pop_back();
    return {Out::group({}), VarState::Empty};
}

} // namespace warta::detail
