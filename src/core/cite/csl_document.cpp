#include "cite/csl_document.h"

#include "cite/csl_sort.h"

#include <algorithm>
#include <map>

namespace warta {
using namespace detail;

namespace detail {

RenderRequest citeRequest(const DocumentState &doc, std::size_t item, const PlacedCite *cite)
{
    RenderRequest request;
    request.citation = true;
    request.citationNumber = doc.numbers[item];
    const ItemState &state = doc.states[item];
    request.yearSuffix = state.yearSuffix;
    request.disambiguate = state.disambiguate;
    request.namesShown = state.namesShown;
    request.givenLevel = state.givenLevel;
    request.givenPrimaryOnly = state.givenPrimaryOnly;
    if (cite) {
        if (cite->ref.locator) {
            request.locatorLabel = cite->ref.locator->label;
            request.locatorValue = cite->ref.locator->value;
        }
        request.position = cite->position;
        request.nearNote = cite->nearNote;
        request.firstNoteNumber = cite->firstNoteNumber;
        request.suppressAuthor = cite->ref.suppressAuthor;
    }
    return request;
}

Out renderLayout(const DocumentState &doc, const RenderRequest &request, std::size_t item)
{
    Renderer renderer(doc.style, doc.locale, *doc.items[item], request);
    auto body = renderer.renderLayoutBody();
    if (!body) {
        if (!doc.error)
            doc.error = body.error();
        return Out::group({});
    }
    return std::move(body.value());
}

Out *firstNames(Out &tree)
{
    if (tree.isNames && !tree.empty())
        return &tree;
    for (auto &kid : tree.kids)
        if (Out *found = firstNames(kid))
            return found;
    return nullptr;
}

// The names as compared for collapsing and author substitution: without
// their label, so "Doe, John ed." and "Doe, John" are the same person.
void dropNamesLabels(Out &node)
{
    node.kids.erase(
            std::remove_if(node.kids.begin(), node.kids.end(), [](const Out &kid) { return kid.namesLabel; }),
            node.kids.end());
    for (auto &kid : node.kids)
        dropNamesLabels(kid);
}

std::string namesText(const Out &tree, const QuoteMarks &marks)
{
    Out copy = tree;
    Out *names = firstNames(copy);
    if (names == nullptr)
        return {};
    dropNamesLabels(*names);
    return writeOut(*names, false, marks);
}

bool namesSubstituted(const Out &tree)
{
    Out copy = tree;
    const Out *names = firstNames(copy);
    return names != nullptr && names->substituted;
}

} // namespace detail

namespace {

// second-field-align: the layout's first printed child is the left margin,
// the rest (with the layout's suffix) the right-inline block, as citeproc-js.
Out splitSecondField(Out body, const std::string &prefix, const std::string &suffix, bool flatten)
{
    Out margin;
    Out rest = Out::group({});
    bool first = true;
    for (auto &kid : body.kids) {
        if (kid.empty())
            continue;
        if (first)
            margin = std::move(kid);
        else
            rest.kids.push_back(std::move(kid));
        first = false;
    }
    if (first)
        return body;
    Out marginBox = Out::group({});
    marginBox.kids.push_back(std::move(margin));
    marginBox.display = flatten ? "flat-left-margin" : "left-margin";
    rest.display = flatten ? "flat-right-inline" : "right-inline";
    rest.suffix = suffix;
    Out entry = Out::group({});
    entry.prefix = prefix;
    entry.kids.push_back(std::move(marginBox));
    entry.kids.push_back(std::move(rest));
    return entry;
}

// subsequent-author-substitute: an entry whose names print as the previous
// entry's prints the substitute instead ("complete-all", the default rule; the
// "-each" and "partial-" rules are treated alike when every name repeats).
const Out *namesLabelOf(const Out &node)
{
    if (node.namesLabel)
        return &node;
    for (const auto &kid : node.kids)
        if (const Out *found = namesLabelOf(kid))
            return found;
    return nullptr;
}

// Whether `leaf` is the first printed leaf under `node`.
bool firstLeafIs(const Out &node, const Out *leaf)
{
    if (node.isLeaf)
        return &node == leaf;
    for (const auto &kid : node.kids)
        if (!kid.empty())
            return firstLeafIs(kid, leaf);
    return false;
}

void substituteAuthor(Out &entry, const std::string &substitute)
{
    Out *names = firstNames(entry);
    if (!names)
        return;
    std::string prefix = substitute.empty() ? std::string() : names->prefix;
    std::string suffix = substitute.empty() ? std::string() : names->suffix;
    Out replacement = Out::leaf(substitute);
    // The label stays: "--- ed." for a repeated editor.
    if (const Out *label = namesLabelOf(*names); label != nullptr && !substitute.empty()) {
        replacement = Out::group({});
        const bool labelFirst = firstLeafIs(*names, label);
        replacement.kids.push_back(labelFirst ? *label : Out::leaf(substitute));
        replacement.kids.push_back(labelFirst ? Out::leaf(substitute) : *label);
    }
    replacement.prefix = prefix;
    replacement.suffix = suffix;
    replacement.fontStyle = names->fontStyle;
    replacement.fontWeight = names->fontWeight;
    replacement.fontVariant = names->fontVariant;
    replacement.textDecoration = names->textDecoration;
    replacement.isNames = true;
    *names = std::move(replacement);
}

struct EntryWriter {
    const DocumentState &doc;
    bool html;
    bool flatten;

    Out body(std::size_t index) const
    {
        RenderRequest request;
        request.citationNumber = doc.numbers[index];
        request.yearSuffix = doc.states[index].yearSuffix;
        return renderLayout(doc, request, index);
    }

    std::string write(Out entry, std::size_t index) const
    {
        const StyleData &style = doc.style;
        pugi::xml_node layout = style.bibliography.child("layout");
        if (style.bibliography.attribute("second-field-align")) {
            entry = splitSecondField(std::move(entry), layout.attribute("prefix").value(),
                                     layout.attribute("suffix").value(), flatten);
        } else {
            Renderer renderer(style, doc.locale, *doc.items[index], RenderRequest{});
            renderer.applyFormatting(entry, layout);
        }
        std::string text = writeOut(entry, html, doc.locale.quotes, !html, html);
        if (html)
            return "<div class=\"csl-entry\">" + text + "</div>";
        return text;
    }
};

// Positions (CSL 1.0.2): ibid when the previous cite is of the same item (the
// previous cite of the citation, or the whole previous citation when it cites
// one item); "with locator" when this cite's locator differs; a cite without a
// locator after one with a locator is only subsequent.
void placeCites(std::vector<std::vector<PlacedCite>> &placed, const std::vector<CitationCluster> &clusters,
                int nearNoteDistance)
{
    std::map<std::size_t, int> lastNote, firstNote;
    const PlacedCite *previousSingle = nullptr;
    for (std::size_t c = 0; c < placed.size(); ++c) {
        const int note = clusters[c].noteIndex;
        const PlacedCite *previous = previousSingle;
        for (std::size_t k = 0; k < placed[c].size(); ++k) {
            PlacedCite &cite = placed[c][k];
            if (k > 0)
                previous = &placed[c][k - 1];
            auto seen = lastNote.find(cite.item);
            if (seen == lastNote.end()) {
                cite.position = Position::First;
                firstNote[cite.item] = note;
            } else {
                cite.position = Position::Subsequent;
                cite.firstNoteNumber = firstNote[cite.item];
                cite.nearNote = note - seen->second <= nearNoteDistance;
                if (previous && previous->item == cite.item) {
                    const auto &mine = cite.ref.locator;
                    const auto &theirs = previous->ref.locator;
                    if (!mine && !theirs)
                        cite.position = Position::Ibid;
                    else if (mine && theirs && mine->value == theirs->value && mine->label == theirs->label)
                        cite.position = Position::Ibid;
                    else if (mine)
                        cite.position = Position::IbidWithLocator;
                }
            }
            lastNote[cite.item] = note;
        }
        previousSingle = placed[c].size() == 1 ? &placed[c][0] : nullptr;
    }
}

} // namespace

Expected<RenderedDocument> CitationProcessor::renderDocument(const std::vector<CslItem> &items,
                                                             const std::vector<CitationCluster> &clusters,
                                                             OutputFormat format) const
{
    const StyleData &style = m_style.data();
    RenderedDocument result;
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < items.size(); ++i)
        byId.emplace(items[i].id(), i);

    DocumentState doc{style, *m_locale, {}, {}, {}, {}, std::nullopt};
    std::map<std::size_t, std::size_t> docIndex; // input index → index in doc.items
    auto cite = [&](std::size_t input) {
        auto [it, added] = docIndex.emplace(input, doc.items.size());
        if (added)
            doc.items.push_back(&items[input].data());
        return it->second;
    };
    std::vector<std::vector<PlacedCite>> placed(clusters.size());
    if (clusters.empty()) {
        for (std::size_t i = 0; i < items.size(); ++i)
            cite(i);
    }
    for (std::size_t c = 0; c < clusters.size(); ++c)
        for (const auto &ref : clusters[c].cites) {
            auto it = byId.find(ref.id);
            if (it == byId.end()) {
                result.problems.push_back("citation " + std::to_string(c + 1) + " cites \"" + ref.id +
                                          "\", which is not among the items; that cite is left out.");
                continue;
            }
            PlacedCite placedCite;
            placedCite.item = cite(it->second);
            placedCite.ref = ref;
            placed[c].push_back(std::move(placedCite));
        }

    // Citation numbers: the order of the reference list, which is citation order
    // unless the bibliography sorts by something else.
    const std::size_t count = doc.items.size();
    doc.states.assign(count, ItemState{});
    doc.numbers.resize(count);
    std::vector<SortInput> inputs;
    for (std::size_t i = 0; i < count; ++i) {
        doc.numbers[i] = static_cast<int>(i) + 1;
        inputs.push_back({doc.items[i], doc.numbers[i]});
    }
    doc.bibOrder = sortedOrder(inputs, style.bibliography, style, *m_locale);
    bool sortsByNumber = false;
    for (auto key : style.bibliography.child("sort").children("key"))
        sortsByNumber = sortsByNumber || std::string(key.attribute("variable").value()) == "citation-number";
    if (!sortsByNumber)
        for (std::size_t position = 0; position < count; ++position)
            doc.numbers[doc.bibOrder[position]] = static_cast<int>(position) + 1;

    disambiguate(doc);

    const bool html = format == OutputFormat::Html;
    placeCites(placed, clusters, style.citation.attribute("near-note-distance").as_int(5));
    for (auto &clusterCites : placed)
        result.citations.push_back(
                writeOut(renderCluster(doc, std::move(clusterCites)), html, m_locale->quotes));

    if (!style.bibliography.child("layout"))
        return doc.error ? Expected<RenderedDocument>(Unexpected{*doc.error})
                         : Expected<RenderedDocument>(result);
    if (doc.error)
        return Unexpected{*doc.error};
    EntryWriter writer{doc, html, m_flatten};
    const std::string substitute = style.bibliography.attribute("subsequent-author-substitute").value();
    const bool substitutes = static_cast<bool>(style.bibliography.attribute("subsequent-author-substitute"));
    std::string previousNames;
    for (std::size_t index : doc.bibOrder) {
        Out entry = writer.body(index);
        if (entry.empty())
            continue; // a reference with no printed form is left out, as citeproc-js does
        if (substitutes) {
            const std::string names = namesText(entry, m_locale->quotes);
            if (!names.empty() && names == previousNames)
                substituteAuthor(entry, substitute);
            previousNames = names;
        }
        result.bibliography.push_back(writer.write(std::move(entry), index));
        result.bibliographyIds.push_back(doc.items[index]->id);
    }
    if (doc.error)
        return Unexpected{*doc.error};
    return result;
}

Expected<std::string> CitationProcessor::bibliography(const CslItem &item, OutputFormat format) const
{
    if (!m_style.data().bibliography.child("layout"))
        return fail(ErrorCode::BadStyle, "the style " + m_style.data().id + " has no bibliography");
    auto document = renderDocument({item}, {}, format);
    if (!document)
        return Unexpected{document.error()};
    // A style with nothing to print for this kind of item gives an empty entry.
    return document->bibliography.empty() ? std::string() : document->bibliography.front();
}

Expected<std::string> CitationProcessor::citation(const CslItem &item, OutputFormat format,
                                                  const std::optional<Locator> &locator) const
{
    CitationCluster cluster;
    cluster.cites.push_back({item.id(), locator, {}, {}, false});
    cluster.noteIndex = m_style.data().styleClass == "note" ? 1 : 0;
    auto document = renderDocument({item}, {cluster}, format);
    if (!document)
        return Unexpected{document.error()};
    return document->citations.front();
}

Expected<std::string> CitationProcessor::citationCluster(const std::vector<CslItem> &items,
                                                         OutputFormat format) const
{
    CitationCluster cluster;
    for (const auto &item : items)
        cluster.cites.push_back({item.id(), std::nullopt, {}, {}, false});
    auto document = renderDocument(items, {cluster}, format);
    if (!document)
        return Unexpected{document.error()};
    return document->citations.front();
}

Expected<std::vector<std::string>> CitationProcessor::bibliographyEntries(const std::vector<CslItem> &items,
                                                                          OutputFormat format) const
{
    auto document = renderDocument(items, {}, format);
    if (!document)
        return Unexpected{document.error()};
    return document->bibliography;
}

} // namespace warta
