// Search: FTS5 ranks the shown versions (or the quotes) by bm25; the page of
// hits asked for is then placed, paragraph and snippet, from the stored text.
//
// Quotes are searched through their articles: the articles the words find,
// then the quotes of each that hold the words (their words are the article's,
// so a second index would only repeat the first).
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

#include <algorithm>

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

Failure readArticleHits(const library::Database &db, const std::vector<library::SearchTerm> &terms,
                        const std::vector<std::pair<std::int64_t, double>> &page, SearchResult &result)
{
    Statement row;
    if (Failure failure = db.prepare(
                row, std::string("SELECT ") + library::kArticleColumns +
                             " FROM version v JOIN article a ON a.id = v.article_id WHERE v.id = ?1"))
        return failure;
    for (const auto &[id, score] : page) {
        row.bind(1, id);
        Failure failure;
        if (row.step(failure, kSearching)) {
            SearchHit hit;
            hit.article = library::readArticleRow(row);
            hit.score = score;
            if (Failure inner = placeHit(db, terms, hit))
                return inner;
            result.hits.push_back(std::move(hit));
        }
        row.reset();
        if (failure)
            return failure;
    }
    return std::nullopt;
}

// The quotes of one shown version that answer the search, in reading order.
struct QuoteReader {
    const library::Database &db;
    const std::vector<library::SearchTerm> &terms;
    const std::vector<std::int64_t> *speakers; ///< only these people's quotes, when set
    Statement quotes;
    Statement article;

    Failure prepare()
    {
        if (Failure failure = db.prepare(quotes, "SELECT text, speaker, paragraph, person_id FROM quote "
                                                 "WHERE version_id = ?1 ORDER BY id"))
            return failure;
        return db.prepare(article,
                          std::string("SELECT ") + library::kArticleColumns +
                                  " FROM version v JOIN article a ON a.id = v.article_id WHERE v.id = ?1");
    }

    Failure read(std::int64_t versionId, double score, std::vector<SearchHit> &into)
    {
        quotes.bind(1, versionId);
        Failure failure;
        std::optional<LibraryArticle> shown;
        while (quotes.step(failure, kSearching)) {
            if (speakers && (quotes.isNull(3) || std::find(speakers->begin(), speakers->end(),
                                                           quotes.integer(3)) == speakers->end()))
                continue;
            const std::string text = quotes.text(0);
            const auto tokens = library::foldedTokens(text);
            if (!library::holdsTerms(terms, tokens))
                continue;
            if (!shown) {
                article.bind(1, versionId);
                if (article.step(failure, kSearching))
                    shown = library::readArticleRow(article);
                article.reset();
                if (failure || !shown)
                    break;
            }
            SearchHit hit;
            hit.kind = SearchHit::Kind::Quote;
            hit.article = *shown;
            hit.score = score;
            hit.speaker = quotes.optionalText(1);
            hit.paragraph = static_cast<int>(quotes.integer(2));
            const auto placed = library::snippetOf(text, library::matchTerms(terms, tokens), 480);
            hit.snippet = placed.text;
            hit.highlights = placed.highlights;
            into.push_back(std::move(hit));
        }
        quotes.reset();
        return failure;
    }
};

// A quote search: the articles the words (and the speaker, as a filter word)
// find, best first, each giving the quotes that hold the words. Counting
// stops with the page: the total is then "at least".
Expected<SearchResult> searchQuotes(const Walk &walk, const SearchQuery &query,
                                    const std::vector<library::SearchTerm> &terms,
                                    const std::vector<std::int64_t> *speakers)
{
    SearchResult result;
    std::int64_t floor = 0;
    if (Failure failure = countAndWindow(walk, query, result, floor))
        return Unexpected{*failure};
    SearchQuery articlesInOrder = query;
    articlesInOrder.offset = 0;
    articlesInOrder.limit = static_cast<std::size_t>(kWindow);
    std::vector<std::pair<std::int64_t, double>> ranked;
    if (Failure failure = rankPage(walk, articlesInOrder, floor, ranked))
        return Unexpected{*failure};
    QuoteReader reader{walk.db, terms, speakers, {}, {}};
    if (Failure failure = reader.prepare())
        return Unexpected{*failure};
    std::vector<SearchHit> found;
    const std::size_t wanted = query.offset + query.limit;
    std::size_t walked = 0;
    for (const auto &[versionId, score] : ranked) {
        if (Failure failure = reader.read(versionId, score, found))
            return Unexpected{*failure};
        ++walked;
        if (found.size() > wanted)
            break;
    }
    result.total = found.size();
    result.totalIsAtLeast = walked < ranked.size() || result.totalIsAtLeast;
    for (std::size_t i = query.offset; i < found.size() && result.hits.size() < query.limit; ++i)
        result.hits.push_back(std::move(found[i]));
    return result;
}

// A person's quotes with no words: newest article first, counted exactly (up to the cap).
Expected<SearchResult> quotesOfPeople(const library::Database &db, const std::vector<std::int64_t> &people,
                                      const SqlConditions &dates, const SearchQuery &query)
{
    SearchResult result;
    if (people.empty())
        return result;
    std::string ids;
    for (const std::int64_t id : people)
        ids += (ids.empty() ? "" : ",") + std::to_string(id);
    const std::string from = " FROM quote q JOIN article a ON a.shown_version = q.version_id"
                             " JOIN version v ON v.id = q.version_id WHERE q.person_id IN (" +
                             ids + ")" + dates.sql;
    Statement count;
    if (Failure failure = db.prepare(count, "SELECT count(*) FROM (SELECT 1" + from + " LIMIT ?)"))
        return Unexpected{*failure};
    count.bind(dates.bind(count, 1), kCountCap + 1);
    Failure failure;
    const std::int64_t counted = count.step(failure, kSearching) ? count.integer(0) : 0;
    if (failure)
        return Unexpected{*failure};
    result.total = static_cast<std::size_t>(std::min(counted, kCountCap));
    result.totalIsAtLeast = counted > kCountCap;
    Statement rows;
    if (Failure inner = db.prepare(rows, std::string("SELECT ") + library::kArticleColumns +
                                                 ", q.text, q.speaker, q.paragraph" + from +
                                                 " ORDER BY v.published_day DESC, v.published DESC, q.id"
                                                 " LIMIT ? OFFSET ?"))
        return Unexpected{*inner};
    const int next = dates.bind(rows, 1);
    rows.bind(next, static_cast<std::int64_t>(query.limit))
            .bind(next + 1, static_cast<std::int64_t>(query.offset));
    constexpr int c = library::kArticleColumnCount;
    while (rows.step(failure, kSearching)) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Quote;
        hit.article = library::readArticleRow(rows);
        const std::string text = rows.text(c);
        hit.speaker = rows.optionalText(c + 1);
        hit.paragraph = static_cast<int>(rows.integer(c + 2));
        hit.snippet = library::snippetOf(text, {}, 480).text;
        result.hits.push_back(std::move(hit));
    }
    if (failure)
        return Unexpected{*failure};
    return result;
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
    std::optional<std::vector<std::int64_t>> speakers;
    if (!query.filter.speaker.empty()) {
        auto people = library::peopleNamed(m_impl->db, query.filter.speaker);
        if (!people)
            return Unexpected{people.error()};
        speakers = std::move(*people);
    }
    if (words.empty()) {
        // Words, or for a quote search a speaker alone: something must be asked.
        if (quotes && speakers)
            return quotesOfPeople(m_impl->db, *speakers, *dates, query);
        return SearchResult{};
    }
    auto facets = library::facetCondition(m_impl->db, query.filter);
    if (!facets)
        return Unexpected{facets.error()};
    const std::string match = facets->empty() ? words : "(" + words + ") AND " + *facets;
    const Walk walk{m_impl->db, kArticles, match, *dates};
    if (quotes)
        return searchQuotes(walk, query, terms, speakers ? &*speakers : nullptr);

    SearchResult result;
    std::int64_t floor = 0;
    if (Failure failure = countAndWindow(walk, query, result, floor))
        return Unexpected{*failure};
    std::vector<std::pair<std::int64_t, double>> page;
    if (Failure failure = rankPage(walk, query, floor, page))
        return Unexpected{*failure};
    if (Failure failure = readArticleHits(m_impl->db, terms, page, result))
        return Unexpected{*failure};
    return result;
}

} // namespace warta
