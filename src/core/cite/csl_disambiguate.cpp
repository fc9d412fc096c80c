#include "cite/csl_document.h"

#include <algorithm>
#include <map>

// CSL 1.0.2 disambiguation: when two items print the same first citation, try
// in turn more names (disambiguate-add-names), given names
// (disambiguate-add-givenname, with givenname-disambiguation-rule), the
// disambiguate="true" condition, then year suffixes a, b, c … in the order of
// the reference list (disambiguate-add-year-suffix).
namespace warta::detail {
namespace {

std::string suffixLetters(std::size_t index)
{
    std::string letters;
    ++index;
    while (index > 0) {
        --index;
        letters.insert(letters.begin(), static_cast<char>('a' + index % 26));
        index /= 26;
    }
    return letters;
}

const std::vector<CslName> *primaryNames(const ItemData &item)
{
    for (const char *variable : {"author", "editor", "translator", "composer", "director"})
        if (auto it = item.names.find(variable); it != item.names.end() && !it->second.empty())
            return &it->second;
    return nullptr;
}

// "J. J." and "J.J." are the same given name.
std::string compactGiven(const std::string &given)
{
    std::string out;
    for (char c : given)
        if (c != ' ' && c != '.')
            out += c;
    return out;
}

int styleEtAlUseFirst(const StyleData &style)
{
    if (auto a = style.citation.attribute("et-al-use-first"))
        return a.as_int();
    return style.root.attribute("et-al-use-first").as_int();
}

class Disambiguator {
public:
    explicit Disambiguator(DocumentState &doc) : m_doc(doc) {}

    void run()
    {
        pugi::xml_node citation = m_doc.style.citation;
        const bool addNames = citation.attribute("disambiguate-add-names").as_bool();
        const bool addGiven = citation.attribute("disambiguate-add-givenname").as_bool();
        const bool addSuffix = citation.attribute("disambiguate-add-year-suffix").as_bool();
        const bool condition =
                static_cast<bool>(citation.select_node(".//*[@disambiguate='true']")) ||
                static_cast<bool>(m_doc.style.root.select_node("macro//*[@disambiguate='true']"));
        const std::string rule = citation.attribute("givenname-disambiguation-rule").as_string("by-cite");
        if (m_doc.items.size() < 2 || !(addNames || addGiven || addSuffix || condition))
            return;
        if (addGiven && rule != "by-cite")
            expandAmbiguousNames(rule);
        m_keys.resize(m_doc.items.size());
        for (std::size_t i = 0; i < m_doc.items.size(); ++i)
            m_keys[i] = key(i);
        for (auto set : ambiguousSets()) {
            if (addNames)
                set = tryAddNames(set);
            if (addGiven && !set.empty())
                set = tryStep(set, [&](std::size_t i, int level) {
                    if (level > 2)
                        return false;
                    m_doc.states[i].givenLevel = std::max(m_doc.states[i].givenLevel, level);
                    return true;
                });
            if (condition && !set.empty()) {
                for (std::size_t i : set) {
                    m_doc.states[i].disambiguate = true;
                    m_keys[i] = key(i);
                }
                set = stillAmbiguous(set);
            }
            if (addSuffix && !set.empty())
                addYearSuffixes(set);
        }
    }

private:
    std::string key(std::size_t item) const
    {
        return writeOut(renderLayout(m_doc, citeRequest(m_doc, item), item), false, m_doc.locale.quotes);
    }

    std::vector<std::vector<std::size_t>> ambiguousSets() const
    {
        std::map<std::string, std::vector<std::size_t>> byKey;
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            byKey[m_keys[i]].push_back(i);
        std::vector<std::vector<std::size_t>> sets;
        for (auto &[text, members] : byKey)
            if (members.size() > 1 && !text.empty())
                sets.push_back(members);
        return sets;
    }

    // The members of `set` whose key another member still shares.
    std::vector<std::size_t> stillAmbiguous(const std::vector<std::size_t> &set) const
    {
        std::vector<std::size_t> left;
        for (std::size_t i : set)
            for (std::size_t j : set)
                if (i != j && m_keys[i] == m_keys[j]) {
                    left.push_back(i);
                    break;
                }
        return left;
    }

    // Applies step(item, level) for level 1, 2, … to the members still
    // ambiguous, until none is or the step refuses; members it did not help
    // get their state back.
    template <typename Step>
    std::vector<std::size_t> tryStep(std::vector<std::size_t> set, Step step)
    {
        std::map<std::size_t, ItemState> saved;
        for (std::size_t i : set)
            saved[i] = m_doc.states[i];
        for (int level = 1; !set.empty(); ++level) {
            bool applied = false;
            for (std::size_t i : set)
                applied = step(i, level) || applied;
            if (!applied)
                break;
            for (std::size_t i : set)
                m_keys[i] = key(i);
            set = stillAmbiguous(set);
        }
        for (std::size_t i : set) {
            m_doc.states[i] = saved[i];
            m_keys[i] = key(i);
        }
        return set;
    }

    std::vector<std::size_t> tryAddNames(const std::vector<std::size_t> &set)
    {
        const int base = styleEtAlUseFirst(m_doc.style);
        if (base <= 0)
            return set;
        std::size_t most = 0;
        for (std::size_t i : set)
            if (const auto *names = primaryNames(*m_doc.items[i]))
                most = std::max(most, names->size());
        return tryStep(set, [&](std::size_t i, int level) {
            if (static_cast<std::size_t>(base + level) > most)
                return false;
            m_doc.states[i].namesShown = base + level;
            return true;
        });
    }

    // The global rules (all-names, primary-name and their -with-initials forms):
    // a name whose family another cited person shares shows its initials, or its
    // given name when the initials are the same too.
    void expandAmbiguousNames(const std::string &rule)
    {
        const bool initialsOnly = rule.find("with-initials") != std::string::npos;
        const bool primaryOnly = rule.rfind("primary-name", 0) == 0;
        for (std::size_t i = 0; i < m_doc.items.size(); ++i) {
            const auto *mine = primaryNames(*m_doc.items[i]);
            if (!mine)
                continue;
            int level = 0;
            for (std::size_t n = 0; n < (primaryOnly ? std::min<std::size_t>(1, mine->size()) : mine->size());
                 ++n) {
                const CslName &name = (*mine)[n];
                if (name.isLiteral())
                    continue;
                for (std::size_t j = 0; j < m_doc.items.size(); ++j) {
                    const auto *theirs = primaryNames(*m_doc.items[j]);
                    if (j == i || !theirs)
                        continue;
                    for (const CslName &other : *theirs) {
                        if (other.isLiteral() || other.family != name.family ||
                            other.nonDroppingParticle != name.nonDroppingParticle ||
                            compactGiven(other.given) == compactGiven(name.given))
                            continue;
                        const bool sameInitial = !other.given.empty() && !name.given.empty() &&
                                                 other.given[0] == name.given[0];
                        level = std::max(level, sameInitial && !initialsOnly ? 2 : 1);
                    }
                }
            }
            m_doc.states[i].givenLevel = level;
            m_doc.states[i].givenPrimaryOnly = primaryOnly;
        }
    }

    void addYearSuffixes(const std::vector<std::size_t> &set)
    {
        std::map<std::string, std::vector<std::size_t>> byKey;
        for (std::size_t i : set)
            byKey[m_keys[i]].push_back(i);
        for (auto &[text, members] : byKey) {
            if (members.size() < 2)
                continue;
            std::vector<std::size_t> inList;
            for (std::size_t index : m_doc.bibOrder)
                if (std::find(members.begin(), members.end(), index) != members.end())
                    inList.push_back(index);
            for (std::size_t n = 0; n < inList.size(); ++n)
                m_doc.states[inList[n]].yearSuffix = suffixLetters(n);
        }
    }

    DocumentState &m_doc;
    std::vector<std::string> m_keys;
};

} // namespace

void disambiguate(DocumentState &doc)
{
    Disambiguator(doc).run();
}

} // namespace warta::detail
