// Facets: how many of the articles a search (or a filter alone) finds have
// each site, year, speaker and tag, for narrowing the search further.

#include "library_filter.h"
#include "library_p.h"
#include "search_terms.h"

namespace warta {

using library::Failure;
using library::Statement;

Expected<Facets> Library::facets(const SearchQuery &query, std::size_t perFacet) const
{
    auto conditions = library::filterConditions(query.filter);
    if (!conditions)
        return Unexpected{conditions.error()};
    const auto terms = library::parseSearchTerms(query.text, query.asYouType);
    const std::string match = library::ftsExpression(terms);
    // Words that require nothing ("-desa" alone) find nothing, as the search does.
    if (match.empty() && !terms.empty())
        return Facets{};
    // The articles found: the shown versions the words match, or all shown versions.
    const std::string source =
            (match.empty() ? std::string(" FROM article a JOIN version v ON v.id = a.shown_version WHERE 1")
                           : std::string(" FROM version_fts JOIN version v ON v.id = version_fts.rowid"
                                         " WHERE version_fts MATCH ?")) +
            conditions->sql;
    const std::string found = "(SELECT v.id" + source + ")";
    struct FacetQuery {
        std::vector<FacetValue> Facets::*into;
        std::string sql;
    };
    const FacetQuery queries[] = {
            {&Facets::sites,
             "SELECT min(v.site), count(*)" + source + " GROUP BY v.site_key ORDER BY 2 DESC, 1"},
            {&Facets::years, "SELECT v.year, count(*)" + source +
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
