// Facets: how many of the articles a search (or a filter alone) finds have
// each site, year, speaker and tag, for narrowing the search further.

#include "completions.h"
#include "facet_tokens.h"
#include "library_filter.h"
#include "library_p.h"
#include "search_terms.h"

namespace warta {

using library::Failure;
using library::Statement;

namespace {

// Counting facets joins every match: over a search that finds more, the
// newest kFacetWindow matches are counted (by rowid, as the ranking window).
constexpr std::int64_t kFacetWindow = 5000;

} // namespace

Expected<Facets> Library::facets(const SearchQuery &query, std::size_t perFacet) const
{
    auto terms = library::parseSearchTerms(query.text, query.asYouType);
    if (query.asYouType && !terms.empty())
        if (Failure failure = library::completeTypedWord(m_impl->db, terms.back()))
            return Unexpected{*failure};
    const std::string words = library::ftsExpression(terms);
    // Words that require nothing ("-desa" alone) find nothing, as the search does.
    if (words.empty() && !terms.empty())
        return Facets{};
    auto conditions = library::filterConditions(
            query.filter, words.empty() ? library::FilterScope::All : library::FilterScope::DatesOnly);
    if (!conditions)
        return Unexpected{conditions.error()};
    std::string match = words;
    if (!words.empty()) {
        auto facets = library::facetCondition(m_impl->db, query.filter);
        if (!facets)
            return Unexpected{facets.error()};
        if (!facets->empty())
            match = "(" + words + ") AND " + *facets;
    }
    // The articles found: the shown versions the words match (the newest
    // ones), or every shown version the filter keeps.
    const std::string found =
            match.empty() ? "(SELECT v.id FROM article a JOIN version v ON v.id = a.shown_version WHERE 1" +
                                    conditions->sql + ")"
                          : "(SELECT v.id FROM version_fts JOIN version v ON v.id = version_fts.rowid"
                            " WHERE version_fts MATCH ?" +
                                    conditions->sql + " ORDER BY version_fts.rowid DESC LIMIT " +
                                    std::to_string(kFacetWindow) + ")";
    struct FacetQuery {
        std::vector<FacetValue> Facets::*into;
        std::string sql;
    };
    const FacetQuery queries[] = {
            {&Facets::sites, "SELECT min(v.site), count(*) FROM version v WHERE v.id IN " + found +
                                     " GROUP BY v.site_key ORDER BY 2 DESC, 1"},
            {&Facets::years, "SELECT v.year, count(*) FROM version v WHERE v.id IN " + found +
                                     " AND v.year IS NOT NULL GROUP BY v.year ORDER BY v.year DESC"},
            {&Facets::speakers,
             "SELECT min(p.name), count(DISTINCT q.version_id) FROM quote q JOIN person p ON "
             "p.id = q.person_id WHERE q.version_id IN " +
                     found + " GROUP BY p.id ORDER BY 2 DESC, 1"},
            {&Facets::tags, "SELECT min(t.name), count(*) FROM tag t WHERE t.version_id IN " + found +
                                    " GROUP BY t.key ORDER BY 2 DESC, 1"},
    };
    Facets facets;
    for (const auto &facet : queries) {
        Statement statement;
        if (Failure failure = m_impl->db.prepare(statement, facet.sql + " LIMIT ?"))
            return Unexpected{*failure};
        int next = 1;
        if (!match.empty())
            statement.bind(next++, match);
        next = conditions->bind(statement, next);
        statement.bind(next, static_cast<std::int64_t>(perFacet));
        Failure failure;
        while (statement.step(failure, "counting the facets of a search"))
            (facets.*facet.into).push_back({statement.text(0), statement.integer(1)});
        if (failure)
            return Unexpected{*failure};
    }
    return facets;
}

} // namespace warta
