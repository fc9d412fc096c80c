#include "article_store.h"

#include "completions.h"
#include "facet_tokens.h"
#include "text_codec.h"
#include "text_fold.h"
#include "warta/cite/article_item.h"
#include "warta/date/date_parser.h"

#include <ctime>
#include <string_view>
#include <vector>

namespace warta::library {
namespace {

constexpr const char *kStoring = "storing an article in the library";

std::string joinedFields(const std::vector<std::string> &values)
{
    // U+001F (unit separator) never occurs in extracted text: whitespace and
    // control characters are cleaned out of every field.
    std::string out;
    for (const auto &value : values)
        out += (out.empty() ? "" : "\x1f") + value;
    return out;
}

std::string isoUtc(std::int64_t seconds)
{
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm fields{};
    gmtime_r(&time, &fields);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &fields);
    return text;
}

std::string dayOf(const ZonedTime &time)
{
    const auto local = time.local();
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", local.year, local.month, local.day);
    return text;
}

} // namespace

std::string articleIdentity(const Article &article)
{
    const std::optional<std::string> &url = article.url ? article.url : article.savedFromUrl;
    if (!url || url->empty())
        return "sha:" + article.source.sha256;
    std::string_view rest = *url;
    if (const auto scheme = rest.find("://"); scheme != std::string_view::npos)
        rest.remove_prefix(scheme + 3);
    if (const auto fragment = rest.find('#'); fragment != std::string_view::npos)
        rest = rest.substr(0, fragment);
    while (!rest.empty() && rest.back() == '/')
        rest.remove_suffix(1);
    // Hosts are case-blind; paths are not.
    std::string identity(rest);
    for (char &c : identity) {
        if (c == '/')
            break;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    if (identity.compare(0, 4, "www.") == 0)
        identity.erase(0, 4);
    return "url:" + identity;
}

std::int64_t isoEpochSeconds(const std::string &iso, std::int64_t fallback)
{
    // A save time without a zone is the saving machine's; UTC is as good a guess as any.
    const auto time = parseIso8601(iso, 0);
    return time ? time->epochSeconds : fallback;
}

Failure ArticleStore::upsertFile(const FileFacts &file, const std::string &sha256, std::int64_t versionId,
                                 const Error *error)
{
    Statement statement;
    if (Failure failure = m_db.prepare(statement, R"sql(
        INSERT INTO file(path, size, mtime, sha256, version_id, error_code, error, indexed_at)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT(path) DO UPDATE SET size = ?2, mtime = ?3, sha256 = ?4, version_id = ?5,
          error_code = ?6, error = ?7, indexed_at = ?8)sql"))
        return failure;
    statement.bind(1, file.path).bind(2, file.size).bind(3, file.mtime);
    if (sha256.empty())
        statement.bindNull(4);
    else
        statement.bind(4, sha256);
    if (versionId)
        statement.bind(5, versionId);
    else
        statement.bindNull(5);
    if (error)
        statement.bind(6, static_cast<int>(error->code)).bind(7, error->message);
    else
        statement.bindNull(6).bindNull(7);
    statement.bind(8, isoUtc(std::time(nullptr)));
    return statement.run(kStoring);
}

Failure ArticleStore::articleFor(const std::string &identity, std::int64_t &articleId)
{
    Statement find;
    if (Failure failure = m_db.prepare(find, "SELECT id FROM article WHERE identity = ?1"))
        return failure;
    find.bind(1, identity);
    Failure failure;
    if (find.step(failure, kStoring)) {
        articleId = find.integer(0);
        return std::nullopt;
    }
    if (failure)
        return failure;
    Statement insert;
    if (Failure inner = m_db.prepare(insert, "INSERT INTO article(identity) VALUES(?1)"))
        return inner;
    insert.bind(1, identity);
    if (Failure inner = insert.run(kStoring))
        return inner;
    articleId = m_db.lastInsertRowId();
    return std::nullopt;
}

Failure ArticleStore::insertVersion(const Article &article, const FileFacts &file, std::int64_t articleId,
                                    std::int64_t &versionId)
{
    const std::int64_t fileSeconds = file.mtime / 1'000'000'000;
    const std::string savedAt = article.source.savedAt.value_or(isoUtc(fileSeconds));
    std::vector<std::string> authors;
    for (const auto &author : article.authors)
        authors.push_back(author.name);
    std::string body;
    for (const auto &paragraph : article.paragraphs)
        body += (body.empty() ? "" : "\n") + paragraph.text;
    // The access date of the citation is the day the page was saved, so that
    // the same file cites the same way whenever it is indexed.
    ItemOptions item;
    item.today = isoUtc(isoEpochSeconds(savedAt, fileSeconds)).substr(0, 10);

    Statement statement;
    if (Failure failure = m_db.prepare(statement, R"sql(
        INSERT INTO version(article_id, sha256, saved_at, saved_epoch, title, site, site_key, url, published,
          published_day, year, authors, tags, paragraph_count, quote_count, csl_json, text_bytes, body)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18))sql"))
        return failure;
    statement.bind(1, articleId).bind(2, article.source.sha256).bind(3, savedAt);
    statement.bind(4, isoEpochSeconds(savedAt, fileSeconds)).bind(5, article.title).bind(6, article.site);
    statement.bind(7, foldKey(article.site));
    statement.bind(8, article.url ? article.url : article.savedFromUrl);
    if (article.published) {
        statement.bind(9, article.published->toIso8601()).bind(10, dayOf(*article.published));
        statement.bind(11, article.published->local().year);
    } else {
        statement.bindNull(9).bindNull(10).bindNull(11);
    }
    statement.bind(12, joinedFields(authors)).bind(13, joinedFields(article.tags));
    statement.bind(14, static_cast<std::int64_t>(article.paragraphs.size()));
    statement.bind(15, static_cast<std::int64_t>(article.quotes.size()));
    statement.bindBlob(16, compressText(articleToCslJson(article, item)));
    statement.bind(17, static_cast<std::int64_t>(article.title.size() + body.size()));
    statement.bindBlob(18, compressText(body));
    if (Failure failure = statement.run(kStoring))
        return failure;
    versionId = m_db.lastInsertRowId();
    return insertPeopleAndTags(article, versionId);
}

Failure ArticleStore::personFor(const std::string &name, std::int64_t &personId)
{
    const std::string key = foldKey(name);
    Statement upsert;
    if (Failure failure = m_db.prepare(upsert, R"sql(
        INSERT INTO person(key, name) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET key = key RETURNING id)sql"))
        return failure;
    upsert.bind(1, key).bind(2, name);
    Failure failure;
    if (upsert.step(failure, kStoring))
        personId = upsert.integer(0);
    upsert.reset();
    return failure;
}

Failure ArticleStore::insertPeopleAndTags(const Article &article, std::int64_t versionId)
{
    Statement author, tag, quote;
    if (Failure failure = m_db.prepare(author, R"sql(
        INSERT OR IGNORE INTO author(version_id, person_id, name, role) VALUES(?1, ?2, ?3, ?4))sql"))
        return failure;
    if (Failure failure =
                m_db.prepare(tag, "INSERT OR IGNORE INTO tag(version_id, key, name) VALUES(?1, ?2, ?3)"))
        return failure;
    if (Failure failure = m_db.prepare(quote, R"sql(
        INSERT INTO quote(id, version_id, paragraph, person_id, speaker, role, verb, confident, text)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql"))
        return failure;
    for (const auto &person : article.authors) {
        std::int64_t personId = 0;
        if (foldKey(person.name).empty())
            continue;
        if (Failure failure = personFor(person.name, personId))
            return failure;
        author.bind(1, versionId).bind(2, personId).bind(3, person.name);
        author.bind(4, std::string_view(authorRoleName(person.role)));
        if (Failure failure = author.run(kStoring))
            return failure;
    }
    for (const auto &name : article.tags) {
        const std::string key = foldKey(name);
        if (key.empty())
            continue;
        tag.bind(1, versionId).bind(2, key).bind(3, name);
        if (Failure failure = tag.run(kStoring))
            return failure;
    }
    // Quote ids are the version's id with the quote's number in the low 20
    // bits: one version's quotes are one range of ids.
    std::int64_t number = 0;
    for (const auto &item : article.quotes) {
        if (number >= (1 << 20))
            break;
        std::int64_t personId = 0;
        const bool named = item.speaker && !foldKey(*item.speaker).empty();
        if (named)
            if (Failure failure = personFor(*item.speaker, personId))
                return failure;
        quote.bind(1, (versionId << 20) | number++).bind(2, versionId).bind(3, item.paragraph);
        if (named)
            quote.bind(4, personId).bind(5, *item.speaker);
        else
            quote.bindNull(4).bindNull(5);
        quote.bind(6, item.role).bind(7, item.verb);
        quote.bind(8, item.speakerConfidence == SpeakerConfidence::High ? 1 : 0).bind(9, item.text);
        if (Failure failure = quote.run(kStoring))
            return failure;
    }
    return std::nullopt;
}

Failure ArticleStore::setIndexed(std::int64_t versionId, bool indexed)
{
    // version_fts is contentless: an entry is removed by giving back the
    // values it was indexed with, rebuilt here from the stored rows.
    Statement read;
    if (Failure failure = m_db.prepare(read, "SELECT title, body FROM version WHERE id = ?1"))
        return failure;
    read.bind(1, versionId);
    Failure failure;
    if (!read.step(failure, "reading an article's text"))
        return failure;
    const std::string title = read.text(0);
    const auto body = decompressText(read.blob(1));
    if (!body)
        return Error{ErrorCode::LibraryDamaged,
                     "The stored text of an article is damaged; rebuild the library "
                     "from the saved files, which are untouched."};
    std::string shared;
    if (Failure inner = versionFacets(m_db, versionId, shared))
        return inner;
    // The article's speakers are filter words of the article: a quote search
    // walks the articles where the person speaks.
    Statement speakerRows;
    if (Failure inner = m_db.prepare(speakerRows, "SELECT DISTINCT person_id FROM quote "
                                                  "WHERE version_id = ?1 AND person_id IS NOT NULL"))
        return inner;
    speakerRows.bind(1, versionId);
    std::string speakers;
    while (speakerRows.step(failure, "reading an article's speakers"))
        speakers += personToken('p', speakerRows.integer(0)) + " ";
    if (failure)
        return failure;

    Statement version;
    if (Failure inner =
                m_db.prepare(version, indexed ? "INSERT INTO version_fts(rowid, title, body, facets) "
                                                "VALUES(?1, ?2, ?3, ?4)"
                                              : "INSERT INTO version_fts(version_fts, rowid, title, body, "
                                                "facets) VALUES('delete', ?1, ?2, ?3, ?4)"))
        return inner;
    version.bind(1, versionId).bind(2, title).bind(3, *body).bind(4, speakers + shared);
    if (Failure inner = version.run("indexing an article's text"))
        return inner;
    if (Failure inner = countWords(m_db, title, *body, indexed ? 1 : -1))
        return inner;
    return std::nullopt;
}

Failure ArticleStore::showNewest(std::int64_t articleId)
{
    Statement current, newest;
    if (Failure failure = m_db.prepare(current, "SELECT shown_version FROM article WHERE id = ?1"))
        return failure;
    if (Failure failure = m_db.prepare(newest, "SELECT id FROM version WHERE article_id = ?1 "
                                               "ORDER BY saved_epoch DESC, id DESC LIMIT 1"))
        return failure;
    current.bind(1, articleId);
    newest.bind(1, articleId);
    Failure failure;
    const std::int64_t shown = current.step(failure, kStoring) && !current.isNull(0) ? current.integer(0) : 0;
    if (failure)
        return failure;
    const std::int64_t wanted = newest.step(failure, kStoring) ? newest.integer(0) : 0;
    if (failure)
        return failure;
    if (shown == wanted)
        return std::nullopt;
    if (shown)
        if (Failure inner = setIndexed(shown, false))
            return inner;
    if (wanted)
        if (Failure inner = setIndexed(wanted, true))
            return inner;
    Statement update;
    if (Failure inner = m_db.prepare(update, "UPDATE article SET shown_version = ?2 WHERE id = ?1"))
        return inner;
    update.bind(1, articleId);
    if (wanted)
        update.bind(2, wanted);
    else
        update.bindNull(2);
    return update.run(kStoring);
}

Failure ArticleStore::storeArticle(const FileFacts &file, const Article &article, std::int64_t &articleId)
{
    // The same bytes saved twice are one version with two files.
    bool linked = false;
    if (Failure failure = linkFile(file, article.source.sha256, linked))
        return failure;
    if (linked) {
        Statement owner;
        if (Failure failure = m_db.prepare(owner, "SELECT article_id FROM version WHERE sha256 = ?1"))
            return failure;
        owner.bind(1, article.source.sha256);
        Failure failure;
        articleId = owner.step(failure, kStoring) ? owner.integer(0) : 0;
        return failure;
    }
    if (Failure failure = articleFor(articleIdentity(article), articleId))
        return failure;
    std::int64_t versionId = 0;
    if (Failure failure = insertVersion(article, file, articleId, versionId))
        return failure;
    if (Failure failure = upsertFile(file, article.source.sha256, versionId, nullptr))
        return failure;
    return showNewest(articleId);
}

Failure ArticleStore::linkFile(const FileFacts &file, const std::string &sha256, bool &linked)
{
    Statement find;
    if (Failure failure = m_db.prepare(find, "SELECT id FROM version WHERE sha256 = ?1"))
        return failure;
    find.bind(1, sha256);
    Failure failure;
    linked = find.step(failure, kStoring);
    if (failure || !linked)
        return failure;
    return upsertFile(file, sha256, find.integer(0), nullptr);
}

Failure ArticleStore::storeProblem(const FileFacts &file, const std::string &sha256, const Error &error)
{
    return upsertFile(file, sha256, 0, &error);
}

Failure ArticleStore::forgetFile(const std::string &path)
{
    Statement statement;
    if (Failure failure = m_db.prepare(statement, "DELETE FROM file WHERE path = ?1"))
        return failure;
    statement.bind(1, path);
    return statement.run("dropping a file from the library");
}

Failure ArticleStore::deleteVersion(std::int64_t versionId)
{
    Statement shown;
    if (Failure failure = m_db.prepare(shown, "SELECT 1 FROM article WHERE shown_version = ?1"))
        return failure;
    shown.bind(1, versionId);
    Failure failure;
    if (shown.step(failure, kStoring))
        if (Failure unindexed = setIndexed(versionId, false))
            return unindexed;
    if (failure)
        return failure;
    for (const char *sql :
         {"UPDATE article SET shown_version = NULL WHERE shown_version = ?1",
          "DELETE FROM quote WHERE version_id = ?1", "DELETE FROM author WHERE version_id = ?1",
          "DELETE FROM tag WHERE version_id = ?1", "DELETE FROM version WHERE id = ?1"}) {
        Statement statement;
        if (Failure inner = m_db.prepare(statement, sql))
            return inner;
        statement.bind(1, versionId);
        if (Failure inner = statement.run("dropping a saved version"))
            return inner;
    }
    return std::nullopt;
}

Failure ArticleStore::collect()
{
    constexpr const char *kCollecting = "tidying the library";
    std::vector<std::int64_t> orphans;
    {
        Statement statement;
        if (Failure failure =
                    m_db.prepare(statement, "SELECT id FROM version WHERE NOT EXISTS "
                                            "(SELECT 1 FROM file WHERE file.version_id = version.id)"))
            return failure;
        Failure failure;
        while (statement.step(failure, kCollecting))
            orphans.push_back(statement.integer(0));
        if (failure)
            return failure;
    }
    for (const std::int64_t version : orphans)
        if (Failure failure = deleteVersion(version))
            return failure;
    std::vector<std::int64_t> unshown;
    {
        Statement statement;
        if (Failure failure = m_db.prepare(statement, "SELECT id FROM article WHERE shown_version IS NULL"))
            return failure;
        Failure failure;
        while (statement.step(failure, kCollecting))
            unshown.push_back(statement.integer(0));
        if (failure)
            return failure;
    }
    for (const std::int64_t article : unshown)
        if (Failure failure = showNewest(article))
            return failure;
    return m_db.exec(R"sql(
        DELETE FROM article WHERE shown_version IS NULL;
        DELETE FROM term WHERE docs <= 0;
        DELETE FROM person WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.person_id = person.id)
          AND NOT EXISTS (SELECT 1 FROM author WHERE author.person_id = person.id);)sql",
                     kCollecting);
}

} // namespace warta::library
