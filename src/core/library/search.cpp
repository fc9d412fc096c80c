// Search: FTS5 ranks the shown versions (or the quotes) by bm25; the page of
// hits asked for is then placed, paragraph and snippet, from the stored text.

#include "article_rows.h"
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

// A title word weighs as much as five body words: an article about a thing
// names it in its headline.
constexpr const char *kArticleRank = "bm25(version_fts, 5.0, 1.0)";

// Binds the MATCH expression (when the query has one) and the conditions; the next free parameter.
int bindQuery(Statement &statement, const std::string &match, const SqlConditions &conditions)
{
    int next = 1;
    if (!match.empty())
        statement.bind(next++, match);
    return conditions.bind(statement, next);
}

Expected<std::int64_t> countOf(const library::Database &db, const std::string &sql, const std::string &match,
                               const SqlConditions &conditions)
{
    Statement statement;
    if (Failure failure = db.prepare(statement, sql))
        return Unexpected{*failure};
    bindQuery(statement, match, conditions);
    Failure failure;
    const std::int64_t count = statement.step(failure, kSearching) ? statement.integer(0) : 0;
    if (failure)
        return Unexpected{*failure};
    return count;
}

Failure placeHits(const library::Database &db, const std::vector<library::SearchTerm> &terms,
                  std::vector<SearchHit> &hits)
{
    Statement text;
    if (Failure failure = db.prepare(text, "SELECT title, body FROM version WHERE id = ?1"))
        return failure;
    for (auto &hit : hits) {
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
        text.reset();
        if (failure)
            return failure;
    }
    return std::nullopt;
}

Expected<SearchResult> searchArticles(const library::Database &db, const SearchQuery &query,
                                      const std::vector<library::SearchTerm> &terms, const std::string &match)
{
    auto conditions = library::filterConditions(query.filter);
    if (!conditions)
        return Unexpected{conditions.error()};
    SearchResult result;
    const std::string from = " FROM version_fts JOIN version v ON v.id = version_fts.rowid"
                             " JOIN article a ON a.id = v.article_id WHERE version_fts MATCH ?";
    auto total =
            countOf(db,
                    conditions->sql.empty() ? "SELECT count(*) FROM version_fts WHERE version_fts MATCH ?"
                                            : "SELECT count(*)" + from + conditions->sql,
                    match, *conditions);
    if (!total)
        return Unexpected{total.error()};
    result.total = static_cast<std::size_t>(*total);
    Statement statement;
    if (Failure failure = db.prepare(statement, std::string("SELECT ") + library::kArticleColumns + ", " +
                                                        kArticleRank + " AS score" + from + conditions->sql +
                                                        " ORDER BY score LIMIT ? OFFSET ?"))
        return Unexpected{*failure};
    const int next = bindQuery(statement, match, *conditions);
    statement.bind(next, static_cast<std::int64_t>(query.limit))
            .bind(next + 1, static_cast<std::int64_t>(query.offset));
    Failure failure;
    while (statement.step(failure, kSearching)) {
        SearchHit hit;
        hit.article = library::readArticleRow(statement);
        hit.score = statement.real(library::kArticleColumnCount);
        result.hits.push_back(std::move(hit));
    }
    if (failure)
        return Unexpected{*failure};
    if (Failure inner = placeHits(db, terms, result.hits))
        return Unexpected{*inner};
    return result;
}

// Quotes: one hit per quote, ranked; with no words, a person's quotes newest first.
Expected<SearchResult> searchQuotes(const library::Database &db, const SearchQuery &query,
                                    const std::vector<library::SearchTerm> &terms, const std::string &match)
{
    auto conditions = library::filterConditions(query.filter, true);
    if (!conditions)
        return Unexpected{conditions.error()};
    const bool ranked = !match.empty();
    const std::string from =
            ranked ? " FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid"
                     " JOIN version v ON v.id = q.version_id JOIN article a ON a.id = v.article_id"
                     " WHERE quote_fts MATCH ?"
                   : " FROM quote q JOIN article a ON a.shown_version = q.version_id"
                     " JOIN version v ON v.id = q.version_id WHERE 1";
    SearchResult result;
    auto total = countOf(db, "SELECT count(*)" + from + conditions->sql, match, *conditions);
    if (!total)
        return Unexpected{total.error()};
    result.total = static_cast<std::size_t>(*total);
    Statement statement;
    const std::string order = ranked ? "bm25(quote_fts)" : "0";
    if (Failure failure = db.prepare(
                statement, std::string("SELECT ") + library::kArticleColumns + ", " + order +
                                   " AS score, q.text, q.speaker, q.paragraph" + from + conditions->sql +
                                   " ORDER BY score, v.published_day IS NULL, v.published_day DESC, q.id"
                                   " LIMIT ? OFFSET ?"))
        return Unexpected{*failure};
    const int next = bindQuery(statement, match, *conditions);
    statement.bind(next, static_cast<std::int64_t>(query.limit))
            .bind(next + 1, static_cast<std::int64_t>(query.offset));
    Failure failure;
    constexpr int c = library::kArticleColumnCount;
    while (statement.step(failure, kSearching)) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Quote;
        hit.article = library::readArticleRow(statement);
        hit.score = statement.real(c);
        const std::string text = statement.text(c + 1);
        hit.speaker = statement.optionalText(c + 2);
        hit.paragraph = static_cast<int>(statement.integer(c + 3));
        const auto placed =
                library::snippetOf(text, library::matchTerms(terms, library::foldedTokens(text)), 480);
        hit.snippet = placed.text;
        hit.highlights = placed.highlights;
        result.hits.push_back(std::move(hit));
    }
    if (failure)
        return Unexpected{*failure};
    return result;
}

} // namespace

Expected<SearchResult> Library::search(const SearchQuery &query) const
{
    const auto terms = library::parseSearchTerms(query.text, query.asYouType);
    const std::string match = library::ftsExpression(terms);
    const bool quotes = query.quotesOnly || !query.filter.speaker.empty();
    if (match.empty() && !(quotes && !query.filter.speaker.empty()))
        return SearchResult{};
    if (quotes)
        return searchQuotes(m_impl->db, query, terms, match);
    return searchArticles(m_impl->db, query, terms, match);
}

} // namespace warta
