// Search: FTS5 ranks the shown versions (or the quotes) by bm25; the page of
// hits asked for is then placed, paragraph and snippet, from the stored text.
//
// bm25 costs a lookup per matching row, so over 100,000 articles a common
// word would take a quarter of a second to rank. Matches are therefore
// counted up to a cap, and ranked within a window: the newest kWindow
// matches (FTS5 walks rowids in order, and skips to a rowid bound cheaply).
// Filters other than dates are words of the index (facet_tokens.h), so they
// narrow the same walk.

#include "article_rows.h"
#include "completions.h"
#include "facet_tokens.h"
#include "library_filter.h"
#include "library_p.h"
#include "search_terms.h"
#include "snippets.h"
#include "text_codec.h"

namespace warta {

using library::Failure;
using library::SqlConditions;
using library::Statement;

namespace {

constexpr const char *kSearching = "searching the library";
constexpr std::int64_t kWindow = 2000;
constexpr std::int64_t kCountCap = 10000;

// Which FTS5 table a search walks, and how it ranks.
struct SearchTable {
    const char *name;
    // A title word weighs as much as five body words: an article about a
    // thing names it in its headline. Filter tokens weigh nothing.
    const char *rank;
    const char *join; ///< from the table's rows to `v` (the version) and `a` (the article)
};

constexpr SearchTable kArticles{
        "version_fts", "bm25(version_fts, 5.0, 1.0, 0.0)",
        " JOIN version v ON v.id = version_fts.rowid JOIN article a ON a.id = v.article_id"};
constexpr SearchTable kQuotes{"quote_fts", "bm25(quote_fts, 1.0, 0.0)",
                              " JOIN quote q ON q.id = quote_fts.rowid JOIN version v ON v.id = q.version_id"
                              " JOIN article a ON a.id = v.article_id"};

// One query of the search: the match, the date conditions, and what follows.
struct Walk {
    const library::Database &db;
    const SearchTable &table;
    const std::string &match;
    const SqlConditions &dates;

    std::string from() const
    {
        // Without date conditions the walk needs no join at all.
        return std::string(" FROM ") + table.name + (dates.sql.empty() ? "" : table.join) + " WHERE " +
               table.name + " MATCH ?" + dates.sql;
    }

    Failure prepare(Statement &statement, const std::string &sql, int &next) const
    {
        if (Failure failure = db.prepare(statement, sql))
            return failure;
        statement.bind(1, match);
        next = dates.bind(statement, 2);
        return std::nullopt;
    }

    Failure firstInteger(const std::string &sql, std::int64_t &value,
                         std::optional<std::int64_t> extra = {}) const
    {
        Statement statement;
        int next = 0;
        if (Failure failure = prepare(statement, sql, next))
            return failure;
        if (extra)
            statement.bind(next, *extra);
        Failure failure;
        value = statement.step(failure, kSearching) ? statement.integer(0) : 0;
        return failure;
    }
};

Failure countAndWindow(const Walk &walk, const SearchQuery &query, SearchResult &result, std::int64_t &floor)
{
    std::int64_t count = 0;
    if (Failure failure = walk.firstInteger("SELECT count(*) FROM (SELECT 1" + walk.from() + " LIMIT ?)",
                                            count, kCountCap + 1))
        return failure;
    result.totalIsAtLeast = count > kCountCap;
    result.total = static_cast<std::size_t>(std::min(count, kCountCap));
    floor = 0;
    // Pages past the window are ranked over every match.
    if (count > kWindow && static_cast<std::int64_t>(query.offset + query.limit) <= kWindow)
        return walk.firstInteger(std::string("SELECT ") + walk.table.name + ".rowid" + walk.from() +
                                         " ORDER BY " + walk.table.name + ".rowid DESC LIMIT 1 OFFSET ?",
                                 floor, kWindow - 1);
    return std::nullopt;
}

// The ranked page: rowids and scores, best first.
Failure rankPage(const Walk &walk, const SearchQuery &query, std::int64_t floor,
                 std::vector<std::pair<std::int64_t, double>> &page)
{
    const std::string name = walk.table.name;
    Statement statement;
    int next = 0;
    if (Failure failure = walk.prepare(statement,
                                       "SELECT " + name + ".rowid, " + walk.table.rank + " AS score" +
                                               walk.from() + " AND " + name + ".rowid >= ? ORDER BY score, " +
                                               name + ".rowid DESC LIMIT ? OFFSET ?",
                                       next))
        return failure;
    statement.bind(next, floor)
            .bind(next + 1, static_cast<std::int64_t>(query.limit))
            .bind(next + 2, static_cast<std::int64_t>(query.offset));
    Failure failure;
    while (statement.step(failure, kSearching))
        page.emplace_back(statement.integer(0), statement.real(1));
    return failure;
}

Failure placeHit(const library::Database &db, const std::vector<library::SearchTerm> &terms, SearchHit &hit)
{
    Statement text;
    if (Failure failure = db.prepare(text, "SELECT title, body FROM version WHERE id = ?1"))
        return failure;
    text.bind(1, hit.article.versionId);
    Failure failure;
    if (text.step(failure, kSearching)) {
        const auto body = library::decompressText(text.blob(1));
        const auto placed = library::placeSnippet(terms, text.text(0), body ? *body : std::string());
        hit.paragraph = placed.paragraph;
        hit.kind = placed.paragraph < 0 ? SearchHit::Kind::Title : SearchHit::Kind::Paragraph;
        hit.snippet = placed.text;
        hit.highlights = placed.highlights;
    }
    return failure;
}

Failure readHits(const library::Database &db, const std::vector<library::SearchTerm> &terms, bool quotes,
                 const std::vector<std::pair<std::int64_t, double>> &page, SearchResult &result)
{
    Statement row;
    const std::string sql =
            quotes ? std::string("SELECT ") + library::kArticleColumns +
                             ", q.text, q.speaker, q.paragraph FROM quote q JOIN version v ON v.id = "
                             "q.version_id JOIN article a ON a.id = v.article_id WHERE q.id = ?1"
                   : std::string("SELECT ") + library::kArticleColumns +
                             " FROM version v JOIN article a ON a.id = v.article_id WHERE v.id = ?1";
    if (Failure failure = db.prepare(row, sql))
        return failure;
    constexpr int c = library::kArticleColumnCount;
    for (const auto &[id, score] : page) {
        row.bind(1, id);
        Failure failure;
        if (row.step(failure, kSearching)) {
            SearchHit hit;
            hit.article = library::readArticleRow(row);
            hit.score = score;
            if (quotes) {
                hit.kind = SearchHit::Kind::Quote;
                const std::string text = row.text(c);
                hit.speaker = row.optionalText(c + 1);
                hit.paragraph = static_cast<int>(row.integer(c + 2));
                const auto placed = library::snippetOf(
                        text, library::matchTerms(terms, library::foldedTokens(text)), 480);
                hit.snippet = placed.text;
                hit.highlights = placed.highlights;
            } else if (Failure inner = placeHit(db, terms, hit)) {
                return inner;
            }
            result.hits.push_back(std::move(hit));
        }
        row.reset();
        if (failure)
            return failure;
    }
    return std::nullopt;
}

} // namespace

Expected<SearchResult> Library::search(const SearchQuery &query) const
{
    auto terms = library::parseSearchTerms(query.text, query.asYouType);
    if (query.asYouType && !terms.empty())
        if (Failure failure = library::completeTypedWord(m_impl->db, terms.back()))
            return Unexpected{*failure};
    const std::string words = library::ftsExpression(terms);
    const bool quotes = query.quotesOnly || !query.filter.speaker.empty();
    auto dates = library::filterConditions(query.filter, library::FilterScope::DatesOnly);
    if (!dates)
        return Unexpected{dates.error()};
    auto facets = library::facetCondition(m_impl->db, query.filter, quotes);
    if (!facets)
        return Unexpected{facets.error()};
    // Words, or for a quote search a speaker alone: something must be asked.
    if (words.empty() && !(quotes && !query.filter.speaker.empty()))
        return SearchResult{};
    const std::string match = words.empty()     ? *facets
                              : facets->empty() ? words
                                                : "(" + words + ") AND " + *facets;

    const Walk walk{m_impl->db, quotes ? kQuotes : kArticles, match, *dates};
    SearchResult result;
    std::int64_t floor = 0;
    if (Failure failure = countAndWindow(walk, query, result, floor))
        return Unexpected{*failure};
    std::vector<std::pair<std::int64_t, double>> page;
    if (Failure failure = rankPage(walk, query, floor, page))
        return Unexpected{*failure};
    if (Failure failure = readHits(m_impl->db, terms, quotes, page, result))
        return Unexpected{*failure};
    return result;
}

} // namespace warta
