#include "warta/cite/citation_processor.h"

#include "cite/csl_item.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

// Citation clusters in citeproc-js's citation format: an array of
// {"citationItems": [cite-item, …], "properties": {"noteIndex": N}}; also a bare
// array of cite-items per cluster and [citation, before, after] triples, the
// forms the CSL test suite writes. Triples are a word processor's edit log
// (citeproc-js's processCitationCluster): each edit inserts or replaces the
// citation with its "citationID" between the citations it lists before and
// after it, as [citationID, noteIndex] pairs, and the document is what the
// last edit leaves. A citation the last edit does not list was deleted.
namespace warta {
using detail::scalarText;

namespace {

using nlohmann::json;

Expected<CiteRef> citeFromJson(const json &object, std::size_t cluster)
{
    const std::string where = "citation " + std::to_string(cluster + 1);
    if (!object.is_object() || !object.contains("id"))
        return fail(ErrorCode::BadInput, where + ": a cite needs an \"id\"");
    CiteRef cite;
    cite.id = scalarText(object.at("id"));
    if (cite.id.empty())
        return fail(ErrorCode::BadInput, where + ": a cite's \"id\" is empty");
    if (auto it = object.find("locator"); it != object.end() && !scalarText(*it).empty()) {
        Locator locator;
        locator.value = scalarText(*it);
        if (auto label = object.find("label"); label != object.end() && label->is_string())
            locator.label = label->get<std::string>();
        cite.locator = locator;
    }
    if (auto it = object.find("prefix"); it != object.end() && it->is_string())
        cite.prefix = it->get<std::string>();
    if (auto it = object.find("suffix"); it != object.end() && it->is_string())
        cite.suffix = it->get<std::string>();
    if (auto it = object.find("suppress-author"); it != object.end())
        cite.suppressAuthor = it->is_boolean() ? it->get<bool>() : scalarText(*it) == "1";
    return cite;
}

Expected<CitationCluster> clusterFromJson(const json &value, std::size_t index)
{
    const json *items = &value;
    CitationCluster cluster;
    if (value.is_array() && !value.empty() && value.front().is_object() &&
        value.front().contains("citationItems"))
        return clusterFromJson(value.front(), index); // [citation, before, after]
    if (value.is_object()) {
        if (!value.contains("citationItems"))
            return fail(ErrorCode::BadInput,
                        "citation " + std::to_string(index + 1) + " has no \"citationItems\"");
        items = &value.at("citationItems");
        if (auto props = value.find("properties"); props != value.end() && props->is_object())
            if (auto note = props->find("noteIndex"); note != props->end() && note->is_number_integer())
                cluster.noteIndex = note->get<int>();
    }
    if (!items->is_array())
        return fail(ErrorCode::BadInput, "citation " + std::to_string(index + 1) + " is not a list of cites");
    for (const auto &object : *items) {
        auto cite = citeFromJson(object, index);
        if (!cite)
            return Unexpected{cite.error()};
        cluster.cites.push_back(std::move(cite.value()));
    }
    return cluster;
}

// [citation, before, after] with a citationID: one edit of a document.
bool isEdit(const json &value)
{
    return value.is_array() && value.size() == 3 && value[0].is_object() &&
           value[0].contains("citationItems") && value[0].contains("citationID") && value[1].is_array() &&
           value[2].is_array();
}

Expected<std::vector<CitationCluster>> documentFromEdits(const json &edits)
{
    std::map<std::string, CitationCluster> byId;
    std::vector<std::string> order;
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const json &edit = edits[i];
        auto cluster = clusterFromJson(edit[0], i);
        if (!cluster)
            return Unexpected{cluster.error()};
        const std::string id = scalarText(edit[0].at("citationID"));
        byId[id] = std::move(cluster.value());
        order.clear();
        // The neighbours keep their text but take the note number the edit gives them.
        auto place = [&](const json &pairs) -> Expected<bool> {
            for (const auto &pair : pairs) {
                const std::string other =
                        pair.is_array() && !pair.empty() ? scalarText(pair[0]) : std::string();
                auto it = byId.find(other);
                if (it == byId.end())
                    return fail(ErrorCode::BadInput, "citation " + std::to_string(i + 1) +
                                                             " places citation \"" + other +
                                                             "\", which no earlier citation defines");
                if (pair.size() > 1 && pair[1].is_number_integer())
                    it->second.noteIndex = pair[1].get<int>();
                order.push_back(other);
            }
            return true;
        };
        if (auto placed = place(edit[1]); !placed)
            return Unexpected{placed.error()};
        order.push_back(id);
        if (auto placed = place(edit[2]); !placed)
            return Unexpected{placed.error()};
    }
    std::vector<CitationCluster> clusters;
    for (const auto &id : order)
        clusters.push_back(byId.at(id));
    return clusters;
}

} // namespace

Expected<std::vector<CitationCluster>> clustersFromJson(const std::string &text)
{
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return fail(ErrorCode::BadInput, "the citations are not valid JSON");
    if (!parsed.is_array())
        return fail(ErrorCode::BadInput, "the citations must be a JSON array of citations");
    if (!parsed.empty() && std::all_of(parsed.begin(), parsed.end(), isEdit))
        return documentFromEdits(parsed);
    std::vector<CitationCluster> clusters;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        auto cluster = clusterFromJson(parsed[i], i);
        if (!cluster)
            return Unexpected{cluster.error()};
        clusters.push_back(std::move(cluster.value()));
    }
    return clusters;
}

} // namespace warta
