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
bool startsSentence(const std::string &before, bool citationStart)
{
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
            piece.plain = !cite.ref.locator && cite.ref.prefix.empty() && cite.ref.suffix.empty();
            pieces.push_back(std::move(piece));
        }
        m_delimiter = layout.attribute("delimiter").value();
        m_afterCollapse = m_citation.attribute("after-collapse-delimiter").as_string(m_delimiter.c_str());
        const std::string collapse = m_citation.attribute("collapse").value();
        Out cluster = Out::group({});
        if (collapse == "citation-number")
            joinNumbers(cluster, pieces);
        else if (collapse.rfind("year", 0) == 0)
            joinYears(cluster, pieces, collapse);
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

    // Cites of the same author print the names once: "Dani, 2019, 2020";
    // year-suffix also prints a repeated year once: "Dani, 2019a, b".
    void joinYears(Out &cluster, std::vector<Piece> &pieces, const std::string &collapse)
    {
        const std::string groupDelimiter = m_citation.attribute("cite-group-delimiter").as_string(", ");
        const std::string suffixDelimiter =
                m_citation.attribute("year-suffix-delimiter").as_string(m_delimiter.c_str());
        const bool bySuffix = collapse != "year";
        std::string next = m_delimiter;
        for (std::size_t i = 0; i < pieces.size();) {
            std::size_t j = i;
            while (j + 1 < pieces.size() && !pieces[i].author.empty() &&
                   pieces[j + 1].author == pieces[i].author && pieces[j + 1].cite->ref.prefix.empty())
                ++j;
            if (j == i) {
                push(cluster, withAffixes(std::move(pieces[i].out), pieces[i].cite->ref), next,
                     pieces[i].cite->ref);
                next = m_delimiter;
                ++i;
                continue;
            }
            Out group = Out::group({});
            group.kids.push_back(withAffixes(std::move(pieces[i].out), pieces[i].cite->ref));
            std::string previousYear =
                    writeOut(renderSuppressed(*pieces[i].cite, false), false, m_doc.locale.quotes);
            for (std::size_t k = i + 1; k <= j; ++k) {
                const PlacedCite &cite = *pieces[k].cite;
                const std::string &suffix = m_doc.states[cite.item].yearSuffix;
                const std::string year = writeOut(renderSuppressed(cite, false), false, m_doc.locale.quotes);
                if (bySuffix && !suffix.empty() && !cite.ref.locator && year == previousYear &&
                    !m_doc.states[pieces[k - 1].cite->item].yearSuffix.empty()) {
                    group.kids.push_back(Out::leaf(suffixDelimiter));
                    group.kids.push_back(Out::leaf(suffix));
                } else {
                    group.kids.push_back(Out::leaf(groupDelimiter));
                    group.kids.push_back(withAffixes(renderSuppressed(cite, true), cite.ref));
                }
                previousYear = year;
            }
            push(cluster, std::move(group), next, pieces[i].cite->ref, pieces[j].cite->ref);
            next = m_afterCollapse;
            i = j + 1;
        }
    }

    const DocumentState &m_doc;
    pugi::xml_node m_citation;
    std::vector<PlacedCite> m_cites;
    std::string m_delimiter;
    std::string m_afterCollapse;
    const CiteRef *m_previous = nullptr; ///< the last cite pushed
};

} // namespace

Out renderCluster(const DocumentState &doc, std::vector<PlacedCite> cites)
{
    return ClusterBuilder(doc).build(std::move(cites));
}

} // namespace warta::detail
