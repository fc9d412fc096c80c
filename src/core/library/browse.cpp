// Browsing the library: the article list in pages, one article, its saves,
// the people quoted and their quotes.

#include "article_rows.h"
#include "library_filter.h"
#include "library_p.h"
#include "text_codec.h"

namespace warta {

using library::Failure;
using library::Statement;

namespace {

constexpr const char *kReading = "reading the library";

// Each order is served by an index of `version` (schema.cpp), so a page of
// the list is read in order without sorting every article; undated articles
// come last when newest are first (SQLite puts NULL last in DESC).
const char *orderClause(ArticleOrder order)
{
    switch (order) {
    case ArticleOrder::Newest:
        return "v.published_day DESC, v.published DESC, v.id DESC";
    case ArticleOrder::Oldest:
        return "v.published_day, v.published, v.id";
    case ArticleOrder::Title:
        return "v.title COLLATE NOCASE, v.id";
    case ArticleOrder::Site:
        return "v.site_key, v.published_day DESC, v.id DESC";
    case ArticleOrder::Quotes:
        return "v.quote_count DESC, v.published_day DESC, v.id DESC";
    }
    return "v.id";
}

template <typename Row, typename Read>
Expected<std::vector<Row>> readRows(Statement &statement, Read read)
{
    std::vector<Row> rows;
    Failure failure;
    while (statement.step(failure, kReading))
        rows.push_back(read(statement));
    if (failure)
        return Unexpected{*failure};
    return rows;
}

} // namespace

Expected<std::vector<LibraryArticle>> Library::articles(const LibraryFilter &filter, ArticleOrder order,
                                                        std::size_t offset, std::size_t limit) const
{
    auto conditions = library::filterConditions(filter);
    if (!conditions)
        return Unexpected{conditions.error()};
    Statement statement;
    const std::string sql = std::string("SELECT ") + library::kArticleColumns +
                            " FROM article a JOIN version v ON v.id = a.shown_version WHERE 1" +
                            conditions->sql + " ORDER BY " + orderClause(order) + " LIMIT ? OFFSET ?";
    if (Failure failure = m_impl->db.prepare(statement, sql))
        return Unexpected{*failure};
    const int next = conditions->bind(statement, 1);
    statement.bind(next, static_cast<std::int64_t>(limit)).bind(next + 1, static_cast<std::int64_t>(offset));
    return readRows<LibraryArticle>(statement,
                                    [](const Statement &row) { return library::readArticleRow(row); });
}

Expected<std::int64_t> Library::articleCount(const LibraryFilter &filter) const
{
    auto conditions = library::filterConditions(filter);
    if (!conditions)
        return Unexpected{conditions.error()};
    Statement statement;
    // Unfiltered, the count needs no join: every article has its shown version.
    const std::string sql =
            conditions->sql.empty()
                    ? std::string("SELECT count(*) FROM article WHERE shown_version IS NOT NULL")
                    : "SELECT count(*) FROM article a JOIN version v ON v.id = a.shown_version WHERE 1" +
                              conditions->sql;
    if (Failure failure = m_impl->db.prepare(statement, sql))
        return Unexpected{*failure};
    conditions->bind(statement, 1);
    Failure failure;
    const std::int64_t count = statement.step(failure, kReading) ? statement.integer(0) : 0;
    if (failure)
        return Unexpected{*failure};
    return count;
}

Expected<LibraryArticle> Library::article(std::int64_t id) const
{
    Statement statement;
    if (Failure failure = m_impl->db.prepare(statement, std::string("SELECT ") + library::kArticleColumns +
                                                                " FROM article a JOIN version v ON "
                                                                "v.id = a.shown_version WHERE a.id = ?1"))
        return Unexpected{*failure};
    statement.bind(1, id);
    Failure failure;
    if (statement.step(failure, kReading))
        return library::readArticleRow(statement);
    if (failure)
        return Unexpected{*failure};
    return fail(ErrorCode::NotFound, "No article " + std::to_string(id) + " is in the library.");
}

Expected<std::vector<LibraryVersion>> Library::versions(std::int64_t articleId) const
{
    Statement statement;
    if (Failure failure = m_impl->db.prepare(statement, R"sql(
        SELECT v.id, v.sha256, v.saved_at, f.path FROM version v LEFT JOIN file f ON f.version_id = v.id
        WHERE v.article_id = ?1 ORDER BY v.saved_epoch DESC, v.id DESC, f.path)sql"))
        return Unexpected{*failure};
    statement.bind(1, articleId);
    std::vector<LibraryVersion> versions;
    Failure failure;
    while (statement.step(failure, kReading)) {
        if (versions.empty() || versions.back().id != statement.integer(0))
            versions.push_back({statement.integer(0), statement.text(1), statement.optionalText(2), {}});
        if (!statement.isNull(3))
            versions.back().paths.push_back(statement.text(3));
    }
    if (failure)
        return Unexpected{*failure};
    return versions;
}

Expected<std::vector<LibraryPerson>> Library::speakers(const std::string &nameContains,
                                                       std::size_t limit) const
{
    // Only the shown save of each article counts: a quote saved twice is one quote.
    std::string sql = R"sql(
        SELECT p.id, p.name, count(*), count(DISTINCT a.id), min(v.published_day), max(v.published_day),
               (SELECT group_concat(form, char(31)) FROM (SELECT DISTINCT qf.speaker AS form FROM quote qf
                 WHERE qf.person_id = p.id ORDER BY 1))
        FROM quote q JOIN article a ON a.shown_version = q.version_id JOIN version v ON v.id = q.version_id
        JOIN person p ON p.id = q.person_id)sql";
    if (!nameContains.empty())
        sql += " WHERE " + library::personNameCondition("p");
    sql += " GROUP BY p.id ORDER BY count(*) DESC, p.key LIMIT ?";
    Statement statement;
    if (Failure failure = m_impl->db.prepare(statement, sql))
        return Unexpected{*failure};
    int next = 1;
    if (!nameContains.empty())
        statement.bind(next++, library::personNameValue(nameContains));
    statement.bind(next, static_cast<std::int64_t>(limit));
    return readRows<LibraryPerson>(statement, [](const Statement &row) {
        LibraryPerson person;
        person.id = row.integer(0);
        person.name = row.text(1);
        person.quoteCount = row.integer(2);
        person.articleCount = row.integer(3);
        person.firstDay = row.optionalText(4);
        person.lastDay = row.optionalText(5);
        person.forms = library::splitFields(row.text(6));
        return person;
    });
}

Expected<std::vector<LibraryQuote>> Library::quotesOf(const std::string &speaker, const LibraryFilter &filter,
                                                      std::size_t limit) const
{
    LibraryFilter narrowed = filter;
    narrowed.speaker = speaker;
    auto conditions = library::filterConditions(narrowed, library::FilterScope::SpeakerQuote);
    if (!conditions)
        return Unexpected{conditions.error()};
    Statement statement;
    const std::string sql = std::string("SELECT ") + library::kArticleColumns +
                            ", q.text, q.speaker, q.role, q.verb, q.paragraph, q.confident"
                            " FROM quote q JOIN article a ON a.shown_version = q.version_id"
                            " JOIN version v ON v.id = q.version_id WHERE 1" +
                            conditions->sql +
                            " ORDER BY v.published_day IS NULL, v.published_day DESC, v.published DESC, q.id"
                            " LIMIT ?";
    if (Failure failure = m_impl->db.prepare(statement, sql))
        return Unexpected{*failure};
    const int next = conditions->bind(statement, 1);
    statement.bind(next, static_cast<std::int64_t>(limit));
    return readRows<LibraryQuote>(statement, [](const Statement &row) {
        constexpr int c = library::kArticleColumnCount;
        LibraryQuote quote;
        quote.article = library::readArticleRow(row);
        quote.text = row.text(c);
        quote.speaker = row.optionalText(c + 1);
        quote.role = row.optionalText(c + 2);
        quote.verb = row.text(c + 3);
        quote.paragraph = static_cast<int>(row.integer(c + 4));
        quote.highConfidence = row.integer(c + 5) != 0;
        return quote;
    });
}

Expected<std::string> Library::cslJson(std::int64_t articleId) const
{
    Statement statement;
    if (Failure failure = m_impl->db.prepare(
                statement,
                "SELECT v.csl_json FROM article a JOIN version v ON v.id = a.shown_version WHERE a.id = ?1"))
        return Unexpected{*failure};
    statement.bind(1, articleId);
    Failure failure;
    if (statement.step(failure, kReading)) {
        if (auto item = library::decompressText(statement.blob(0)))
            return std::move(*item);
        return fail(ErrorCode::LibraryDamaged,
                    "The stored citation of article " + std::to_string(articleId) +
                            " is damaged; rebuild the library from the saved files.");
    }
    if (failure)
        return Unexpected{*failure};
    return fail(ErrorCode::NotFound, "No article " + std::to_string(articleId) + " is in the library.");
}

} // namespace warta
