#include "schema.h"

#include <string>

namespace warta::library {
namespace {

// Version 1. Names:
// - article: one per URL (all saves of a page are one article), or per
//   content when the page states no URL; `shown_version` is its newest save.
// - version: one saved content (one SHA-256) with its extracted fields,
//   text and quotes. Only the shown version is in the full-text indexes and
//   the counts: a search finds each article once, and older saves stay
//   listed with their dates, ready to be shown when the newest goes.
// - file: one saved file on disk; several files may hold the same bytes.
// - person: a speaker or author, one per folded name (case, accents and
//   punctuation aside), so "HERMAN DERU" and "Herman Deru" are one person.
// - the text lives in version.body, paragraphs joined by '\n', and the
//   CSL-JSON item in csl_json, both deflated (text_codec.h); version_fts is
//   contentless, so the text is stored once and the index holds only its
//   words. Quotes have no index of their own: their words are the article's,
//   so a quote search walks the articles the words find (search.cpp).
// - The `facets` columns hold the filters as tokens (facet_tokens.h), so that
//   a filtered search is one FTS5 query.
// - term: the words of the shown versions with how many hold each, so that a
//   word being typed is completed to its commonest words (search_terms.h)
//   instead of FTS5 merging the doclists of every word it starts.
// - No prefix indexes: they would double the index, and prefix queries are
//   answered fast enough from the term list (docs/library.md, "Figures").
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE folder(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL);
CREATE TABLE article(
  id INTEGER PRIMARY KEY,
  identity TEXT NOT NULL UNIQUE,
  shown_version INTEGER);
CREATE INDEX article_shown ON article(shown_version);
CREATE TABLE version(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id),
  sha256 TEXT NOT NULL UNIQUE,
  saved_at TEXT NOT NULL,
  saved_epoch INTEGER NOT NULL,
  title TEXT NOT NULL,
  site TEXT NOT NULL,
  site_key TEXT NOT NULL,
  url TEXT,
  published TEXT,
  published_day TEXT,
  year INTEGER,
  authors TEXT NOT NULL,
  tags TEXT NOT NULL,
  paragraph_count INTEGER NOT NULL,
  quote_count INTEGER NOT NULL,
  csl_json BLOB NOT NULL,
  text_bytes INTEGER NOT NULL,
  body BLOB NOT NULL);
CREATE INDEX version_article ON version(article_id);
CREATE INDEX version_day ON version(published_day, published);
CREATE INDEX version_site ON version(site_key, published_day DESC);
CREATE INDEX version_title ON version(title COLLATE NOCASE);
CREATE INDEX version_quotes ON version(quote_count DESC, published_day DESC);
CREATE TABLE file(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  sha256 TEXT,
  version_id INTEGER REFERENCES version(id),
  error_code INTEGER,
  error TEXT,
  indexed_at TEXT NOT NULL);
CREATE INDEX file_version ON file(version_id);
CREATE TABLE person(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL);
CREATE TABLE author(
  version_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY(version_id, person_id)) WITHOUT ROWID;
CREATE INDEX author_person ON author(person_id);
CREATE TABLE tag(
  version_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY(version_id, key)) WITHOUT ROWID;
CREATE INDEX tag_key ON tag(key);
CREATE TABLE quote(
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  person_id INTEGER,
  speaker TEXT,
  role TEXT,
  verb TEXT NOT NULL,
  confident INTEGER NOT NULL,
  text TEXT NOT NULL);
CREATE INDEX quote_version ON quote(version_id);
CREATE INDEX quote_person ON quote(person_id);
CREATE VIRTUAL TABLE version_fts USING fts5(
  title, body, facets, content='',
  tokenize='unicode61 remove_diacritics 2');
CREATE TABLE term(
  word TEXT PRIMARY KEY,
  docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// Migrations: kMigrations[i] takes a database from version i + 1 to i + 2.
// Version 1 is the first; a later schema appends its step here and raises
// kSchemaVersion, and every older library is brought forward on open.
constexpr const char *kMigrations[] = {""};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) >= kSchemaVersion - 1);

// The tables every query needs. A file that states this version but lacks
// one (a copy cut short, or a file of a build made while the schema was
// being written) is damaged: better said on opening than as a failed query.
Failure checkTables(Database &db)
{
    static constexpr const char *kTables[] = {"folder", "article", "version", "file", "person",
                                              "author", "tag",     "quote",   "term", "version_fts"};
    Statement statement;
    if (Failure failure = db.prepare(statement,
                                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1"))
        return failure;
    for (const char *table : kTables) {
        statement.bind(1, table);
        Failure failure;
        const bool present =
                statement.step(failure, "checking the library's tables") && statement.integer(0) == 1;
        statement.reset();
        if (failure)
            return failure;
        if (!present)
            return Error{ErrorCode::LibraryDamaged,
                         std::string("The library lacks its table '") + table +
                                 "'; rebuild it from the saved files, which are untouched."};
    }
    return std::nullopt;
}

} // namespace

Failure readSchemaVersion(Database &db, int &version)
{
    Statement statement;
    if (Failure failure = db.prepare(statement, "PRAGMA user_version"))
        return failure;
    Failure failure;
    version = statement.step(failure, "reading the library's version")
                      ? static_cast<int>(statement.integer(0))
                      : 0;
    return failure;
}

Failure prepareSchema(Database &db, bool readOnly)
{
    int version = 0;
    if (Failure failure = readSchemaVersion(db, version))
        return failure;
    if (version > kSchemaVersion)
        return Error{ErrorCode::LibraryTooNew, "The library was made by a newer Warta (schema " +
                                                       std::to_string(version) + "; this one reads up to " +
                                                       std::to_string(kSchemaVersion) +
                                                       "). Open it with that version, or rebuild it for this "
                                                       "one (the old file is kept aside)."};
    if (readOnly) {
        if (version == 0)
            return Error{ErrorCode::LibraryDamaged,
                         "The file is not a Warta library (it holds no library tables)."};
        if (version < kSchemaVersion)
            return Error{
                    ErrorCode::LibraryReadOnly,
                    "The library is of an older Warta and must be brought up to date, which needs writing."};
        return checkTables(db);
    }
    // WAL: the viewer keeps searching while warta-cli writes, and a killed
    // writer loses only its open transaction.
    // 16 KB pages: an article's row (its deflated text, a few KB) shares a
    // page with others instead of leaving most of one empty. Only a new file
    // takes it, before WAL mode fixes the page size.
    if (version == 0)
        if (Failure failure = db.exec("PRAGMA page_size=16384", "creating the library"))
            return failure;
    if (Failure failure = db.exec("PRAGMA journal_mode=WAL", "switching the library to WAL mode"))
        return failure;
    if (version == kSchemaVersion)
        return checkTables(db);
    Transaction transaction(db);
    if (Failure failure = transaction.begin())
        return failure;
    if (version == 0) {
        // Version 0 is an empty file, or a database of some other program.
        Statement tables;
        if (Failure failure = db.prepare(tables, "SELECT count(*) FROM sqlite_master"))
            return failure;
        Failure failure;
        if (tables.step(failure, "reading the library's tables") && tables.integer(0) > 0)
            return Error{ErrorCode::LibraryDamaged,
                         "The file is an SQLite database of another program, not a Warta library."};
        if (failure)
            return failure;
        if (Failure inner = db.exec(kSchemaV1, "creating the library's tables"))
            return inner;
        version = 1;
    }
    for (; version < kSchemaVersion; ++version)
        if (Failure failure = db.exec(kMigrations[version - 1], "bringing the library up to date"))
            return failure;
    if (Failure failure =
                db.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion), "recording the version"))
        return failure;
    return transaction.commit();
}

} // namespace warta::library
