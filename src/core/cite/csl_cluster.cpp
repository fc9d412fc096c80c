#include "cite/csl_document.h"

#include "cite/csl_sort.h"
#include "cite/csl_text_case.h"

// One citation of several cites: sorted, joined and collapsed as CSL 1.0.2's
// cs:citation options ask (collapse, cite-group-delimiter,
// after-collapse-delimiter, year-suffix-delimiter).
namespace warta::detail {
namespace {

struct Piece {
    Out out;
    std::string author; ///< the printed names, for collapsing by author
    bool byName = true; ///< the names are names, not a title or term standing in for them
    bool plain = true;  ///< no locator, prefix or suffix: may join a number range
    const PlacedCite *cite = nullptr;
};

// A cite's prefix and suffix are the writer's own words and may carry the
// same inline markup and quotes as a field ("<i>See</i> ", "'quote', "):
// citeproc-js reads them as rich text. Plain affixes stay affixes, so the
// writer's punctuation rules at their edges apply as for a layout's.
Out withAffixes(Out body, const CiteRef &ref)
{
    if (ref.prefix.empty() && ref.suffix.empty())
        return body;
    Out out = Out::group({});
    auto affix = [&](const std::string &text, std::string &plainSlot) {
        if (text.empty())
            return;
        Out rich = parseRichText(text);
        if (rich.isLeaf && rich.text == text)
            plainSlot = text;
        else
            out.kids.push_back(std::move(rich));
    };
    affix(ref.prefix, out.prefix);
    out.kids.push_back(std::move(body));
    affix(ref.suffix, out.suffix);
    return out;
}

// citeproc-js capitalises a term that starts a note's cite ("Ibid."): at
// the start of the citation or after an opening bracket, and after the
// writer's prefix when that ends a sentence ("This has been said. Ibid."),
// but not after a one-word prefix, which reads as an abbreviation ("Cf. ibid.").
bool startsSentence(std::string before, bool citationStart)
{
    // A quotation closed after its full stop ends the sentence too ('He said "Go."').
    for (bool stripped = true; stripped;) {
        stripped = false;
        before.erase(before.find_last_not_of(' ') + 1);
        for (const std::string mark : {"\"", "'", "\u201D", "\u2019"})
            if (before.size() > mark.size() &&
                before.compare(before.size() - mark.size(), mark.size(), mark) == 0) {
                before.erase(before.size() - mark.size());
                stripped = true;
            }
    }
    const std::size_t end = before.find_last_not_of(' ');
    if (end == std::string::npos)
        return citationStart;
    const char last = before[end];
    if (last == '(' || last == '[')
        return true;
    return (last == '.' || last == '!' || last == '?') && before.find(' ') < end;
}

void capitaliseLeadingTerm(Out &node, bool &done)
{
    if (done)
        return;
    if (node.isLeaf) {
        if (node.text.empty())
            return;
        if (node.fromTerm && node.prefix.empty())
            node.text = capitalizeFirstUtf8(node.text);
        done = true;
        return;
    }
    if (!node.prefix.empty()) {
        done = true;
        return;
    }
    for (auto &kid : node.kids)
        capitaliseLeadingTerm(kid, done);
}

class ClusterBuilder {
public:
    ClusterBuilder(const DocumentState &doc) : m_doc(doc), m_citation(doc.style.citation) {}

    Out build(std::vector<PlacedCite> cites)
    {
        pugi::xml_node layout = m_citation.child("layout");
        std::vector<SortInput> inputs;
        for (const auto &cite : cites)
            inputs.push_back({m_doc.items[cite.item], m_doc.numbers[cite.item]});
        std::vector<PlacedCite> sorted;
        for (std::size_t index : sortedOrder(inputs, m_citation, m_doc.style, m_doc.locale))
            sorted.push_back(cites[index]);
        m_cites = std::move(sorted);
        std::vector<Piece> pieces;
        for (const auto &cite : m_cites) {
            Piece piece;
            piece.cite = &cite;
            piece.out = renderLayout(m_doc, citeRequest(m_doc, cite.item, &cite), cite.item);
            if (piece.out.empty())
                continue;
            if (m_doc.style.styleClass == "note") {
                const bool first = pieces.empty();
                bool done = !startsSentence((first ? layout.attribute("prefix").as_string() : std::string()) +
                                                    cite.ref.prefix,
                                            first);
                capitaliseLeadingTerm(piece.out, done);
            }
            piece.author = namesText(piece.out, m_doc.locale.quotes);
            piece.byName = !namesSubstituted(piece.out);
            piece.plain = !cite.ref.locator && cite.ref.prefix.empty() && cite.ref.suffix.empty();
            pieces.push_back(std::move(piece));
        }
        m_delimiter = layout.attribute("delimiter").value();
        // Only a layout of dates and titles: neither names (nor macros that may print
        // them) nor citation numbers, whose styles citeproc-js never collapses by year.
        m_layoutHasNames = static_cast<bool>(layout.select_node(".//*[local-name()='names']")) ||
                           static_cast<bool>(layout.select_node(".//*[local-name()='text'][@macro]")) ||
                           static_cast<bool>(layout.select_node(".//*[@variable='citation-number']"));
        m_afterCollapse = m_citation.attribute("after-collapse-delimiter").as_string(m_delimiter.c_str());
        const std::string collapse = m_citation.attribute("collapse").value();
        Out cluster = Out::group({});
        if (collapse == "citation-number")
            joinNumbers(cluster, pieces);
        else if (collapse.rfind("year", 0) == 0 || m_citation.attribute("cite-group-delimiter"))
            joinGroups(cluster, pieces, collapse);
        else
            for (auto &piece : pieces)
                push(cluster, withAffixes(std::move(piece.out), piece.cite->ref), m_delimiter,
                     piece.cite->ref);
        if (!m_cites.empty()) {
            Renderer renderer(m_doc.style, m_doc.locale, *m_doc.items[m_cites.front().item], RenderRequest{});
            // citeproc-js puts a citation layout's affixes inside its formatting: "<sup>[1]</sup>".
            Out dressed = Out::group({});
            dressed.kids.push_back(std::move(cluster));
            renderer.applyFormatting(dressed, layout, false);
            dressed.kids.front().prefix = layout.attribute("prefix").value();
            dressed.kids.front().suffix = layout.attribute("suffix").value();
            cluster = std::move(dressed);
        }
        return cluster;
    }

private:
    // Appends a cite (or a collapsed run from `first` to `last`) after the
    // delimiter, which citeproc-js fits to the writer's own punctuation: after
    // a suffix ending in "," "." or ";" only the delimiter's spaces remain
    // ("is one source, Jones"), and before a prefix starting with one there is
    // none ("2000, and David Jones").
    void push(Out &cluster, Out piece, const std::string &delimiter, const CiteRef &first,
              const CiteRef &last)
    {
        if (piece.empty())
            return;
        if (!cluster.kids.empty()) {
            auto isPunctuation = [](char c) { return c == ',' || c == '.' || c == ';'; };
            std::string joiner = delimiter;
            if (!m_previous->suffix.empty() && isPunctuation(m_previous->suffix.back())) {
                const std::size_t space = delimiter.find(' ');
                joiner = space == std::string::npos ? std::string() : delimiter.substr(space);
            } else if (m_previous->suffix.empty() && !first.prefix.empty() &&
                       isPunctuation(first.prefix.front())) {
                joiner.clear();
            }
            cluster.kids.push_back(Out::leaf(joiner));
        }
        cluster.kids.push_back(std::move(piece));
        m_previous = &last;
    }
    void push(Out &cluster, Out piece, const std::string &delimiter, const CiteRef &only)
    {
        push(cluster, std::move(piece), delimiter, only, only);
    }

    // Three or more consecutive numbers print as a range: "[1]–[3]".
    void joinNumbers(Out &cluster, std::vector<Piece> &pieces)
    {
        std::string next = m_delimiter;
        for (std::size_t i = 0; i < pieces.size();) {
            std::size_t j = i;
            while (j + 1 < pieces.size() && pieces[j].plain && pieces[j + 1].plain &&
                   m_doc.numbers[pieces[j + 1].cite->item] == m_doc.numbers[pieces[j].cite->item] + 1)
                ++j;
            if (j - i >= 2) {
                Out range = Out::group({});
                range.kids.push_back(std::move(pieces[i].out));
                range.kids.push_back(
                        Out::leaf(m_doc.locale.term("citation-range-delimiter").value_or("\u2013")));
                range.kids.push_back(std::move(pieces[j].out));
                push(cluster, std::move(range), next, pieces[i].cite->ref, pieces[j].cite->ref);
                next = m_afterCollapse;
                i = j + 1;
                continue;
            }
            push(cluster, withAffixes(std::move(pieces[i].out), pieces[i].cite->ref), next,
                 pieces[i].cite->ref);
            next = m_delimiter;
            ++i;
        }
    }

    Out renderSuppressed(const PlacedCite &cite, bool withSuffix) const
    {
        RenderRequest request = citeRequest(m_doc, cite.item, &cite);
        request.suppressAuthor = true;
        if (!withSuffix)
            request.yearSuffix.clear();
        return renderLayout(m_doc, request, cite.item);
    }

    // Cite grouping (CSL 1.0.2): with collapsing in an in-text style, or
    // with a cite-group-delimiter, cites of the same names move next to the
    // first of them ("Smith 2003, 2010; Jones 2005"), otherwise in sort order.
    // A title standing in for the names does not gather cites (citeproc-js).
    static void groupByNames(std::vector<Piece> &pieces)
    {
        std::vector<Piece> grouped;
        std::vector<bool> taken(pieces.size(), false);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (taken[i])
                continue;
            // Copies: `grouped` grows below, and a reference into it would dangle.
            const std::string author = pieces[i].author;
            const bool byName = pieces[i].byName;
            grouped.push_back(std::move(pieces[i]));
            for (std::size_t j = i + 1; j < pieces.size() && !author.empty() && byName; ++j)
                if (!taken[j] && pieces[j].byName && pieces[j].author == author) {
                    taken[j] = true;
                    grouped.push_back(std::move(pieces[j]));
                }
        }
        pieces = std::move(grouped);
    }

    // Cites of the same names print them once: "Dani, 2019, 2020"; with
    // year-suffix a repeated year prints once too ("Dani, 2019a, b"), and
    // year-suffix-ranged joins three or more suffixes in a row ("2019a–c").
    // The delimiter before each cite follows citeproc-js: an
    // after-collapse-delimiter after a collapsed run or a locator (and between
    // cites of other names), the cite-group-delimiter inside a group, ", "
    // inside a collapsed group of an in-text style, else the layout's.
    void joinGroups(Out &cluster, std::vector<Piece> &pieces, const std::string &collapse)
    {
        const bool collapsing = collapse.rfind("year", 0) == 0;
        const bool bySuffix = collapse == "year-suffix" || collapse == "year-suffix-ranged";
        const pugi::xml_attribute groupAttribute = m_citation.attribute("cite-group-delimiter");
        const pugi::xml_attribute afterAttribute = m_citation.attribute("after-collapse-delimiter");
        const std::string suffixDelimiter = m_citation.attribute("year-suffix-delimiter")
                                                    .as_string(groupAttribute.as_string(m_delimiter.c_str()));
        const bool inText = m_doc.style.styleClass == "in-text";
        if ((inText && collapsing) || groupAttribute)
            groupByNames(pieces);
        bool lastCollapsed = false;
        std::string previousYear;
        std::vector<std::string> suffixes; // of one year: the first printed with its cite, the rest alone
        auto flush = [&] {
            printSuffixes(cluster, suffixes, collapse == "year-suffix-ranged", suffixDelimiter);
            suffixes.clear();
        };
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            const PlacedCite &cite = *pieces[i].cite;
            // In a citation layout without names every cite has the same (none) and
            // collapses by year ("1965a, b"), as in citeproc-js.
            const bool sameNames = i > 0 &&
                                   (!pieces[i].author.empty() || (collapsing && !m_layoutHasNames)) &&
                                   pieces[i].author == pieces[i - 1].author && cite.ref.prefix.empty();
            const bool collapsed = collapsing && sameNames;
            const std::string year =
                    collapsing ? writeOut(renderSuppressed(cite, false), false, m_doc.locale.quotes)
                               : std::string();
            const std::string &suffix = m_doc.states[cite.item].yearSuffix;
            if (collapsed && bySuffix && !suffix.empty() && !cite.ref.locator && year == previousYear &&
                !suffixes.empty()) {
                suffixes.push_back(suffix);
                m_previous = &cite.ref;
                lastCollapsed = true;
                continue;
            }
            flush();
            const bool lastLocator = i > 0 && pieces[i - 1].cite->ref.locator.has_value();
            std::string delimiter = m_delimiter;
            if (afterAttribute) {
                if (lastLocator || (lastCollapsed && !collapsed) ||
                    (!lastCollapsed && !collapsed && collapse != "year-suffix"))
                    delimiter = afterAttribute.value();
            } else if (sameNames && groupAttribute) {
                delimiter = groupAttribute.value();
            } else if (collapsed && inText) {
                delimiter = ", ";
            }
            push(cluster,
                 collapsed ? withAffixes(renderSuppressed(cite, true), cite.ref)
                           : withAffixes(std::move(pieces[i].out), cite.ref),
                 delimiter, cite.ref);
            if (bySuffix && !suffix.empty() && !cite.ref.locator)
                suffixes.push_back(suffix);
            lastCollapsed = collapsed;
            previousYear = year;
        }
        flush();
    }

    // The suffixes of one year after the first (printed with its cite):
    // "a, b"; ranged, three or more in a row print as "a–c".
    void printSuffixes(Out &cluster, const std::vector<std::string> &suffixes, bool ranged,
                       const std::string &delimiter) const
    {
        auto follows = [&](std::size_t k) {
            return suffixes[k].size() == 1 && suffixes[k - 1].size() == 1 &&
                   suffixes[k][0] == suffixes[k - 1][0] + 1;
        };
        const std::string dash = m_doc.locale.term("citation-range-delimiter").value_or("\u2013");
        for (std::size_t i = 0; i < suffixes.size();) {
            std::size_t j = i;
            while (ranged && j + 1 < suffixes.size() && follows(j + 1))
                ++j;
            if (i > 0) {
                cluster.kids.push_back(Out::leaf(delimiter));
                cluster.kids.push_back(Out::leaf(suffixes[i]));
            }
            if (j - i >= 2) {
                cluster.kids.push_back(Out::leaf(dash));
                cluster.kids.push_back(Out::leaf(suffixes[j]));
                i = j + 1;
            } else {
                ++i;
            }
        }
    }

    const DocumentState &m_doc;
    pugi::xml_node m_citation;
    std::vector<PlacedCite> m_cites;
    std::string m_delimiter;
    std::string m_afterCollapse;
    const CiteRef *m_previous = nullptr; ///< the last cite pushed
    bool m_layoutHasNames = true;        ///< the citation layout may print names or numbers
};

} // namespace

Out renderCluster(const DocumentState &doc, std::vector<PlacedCite> cites)
{
    return ClusterBuilder(doc).build(std::move(cites));
}

} // namespace warta::detail
