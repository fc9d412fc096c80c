#pragma once

// Writes what the indexer learnt into the library: a file with its article,
// a file holding bytes already known, a file without an article, a file
// gone. The caller holds the transaction; a store is made per run so that
// its statements are prepared once.

#include "sqlite_db.h"
#include "warta/article/article.h"

#include <cstdint>
#include <string>

namespace warta::library {

/// A saved file as the disk describes it.
struct FileFacts {
    std::string path;
    std::int64_t size = 0;
    std::int64_t mtime = 0; ///< nanoseconds since the epoch
};

class ArticleStore {
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    /// The file holds `article` (whose source gives the SHA-256): its version
    /// is added, and shown when it is the article's newest save.
    Failure storeArticle(const FileFacts &file, const Article &article, std::int64_t &articleId);
    /// The file holds bytes already stored: it joins their version. False in
    /// `linked` when no version has them (the file must be read).
    Failure linkFile(const FileFacts &file, const std::string &sha256, bool &linked);
    /// The file gave no article: it is listed with the reason.
    Failure storeProblem(const FileFacts &file, const std::string &sha256, const Error &error);
    /// The file is gone from the library (its version stays until collect()).
    Failure forgetFile(const std::string &path);
    /// Drops versions no file holds any more, articles without versions and
    /// people no one refers to, and shows each article's newest save.
    Failure collect();

private:
    Failure upsertFile(const FileFacts &file, const std::string &sha256, std::int64_t versionId,
                       const Error *error);
    Failure articleFor(const std::string &identity, std::int64_t &articleId);
    Failure insertVersion(const Article &article, const FileFacts &file, std::int64_t articleId,
                          std::int64_t &versionId);
    Failure insertPeopleAndTags(const Article &article, std::int64_t versionId);
    Failure personFor(const std::string &name, std::int64_t &personId);
    Failure showNewest(std::int64_t articleId);
    Failure setIndexed(std::int64_t versionId, bool indexed);
    Failure deleteVersion(std::int64_t versionId);

    Database &m_db;
};

/// What identifies one article across saves: its URL without scheme,
/// fragment and trailing slash, or else its content.
std::string articleIdentity(const Article &article);

/// Seconds since 1970 of an ISO 8601 time ("2019-06-27T17:54:00+07:00",
/// "…Z"; without a zone, UTC); `fallback` when it does not parse.
std::int64_t isoEpochSeconds(const std::string &iso, std::int64_t fallback);

} // namespace warta::library
