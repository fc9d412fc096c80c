#include "article_store.h"
#include "library_p.h"
#include "schema.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace warta {

namespace fs = std::filesystem;
using library::Database;
using library::Failure;
using library::Statement;

namespace library {

Error readOnlyError()
{
    return {ErrorCode::LibraryReadOnly, "The library is open for reading only; nothing was changed."};
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm fields{};
    gmtime_r(&now, &fields);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &fields);
    return text;
}

} // namespace library

int librarySchemaVersion()
{
    return library::kSchemaVersion;
}

Library::Library(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{}
Library::Library(Library &&) noexcept = default;
Library &Library::operator=(Library &&) noexcept = default;
Library::~Library() = default;

const std::string &Library::path() const
{
    return m_impl->path;
}

bool Library::readOnly() const
{
    return m_impl->readOnly;
}

Expected<Library> Library::open(const std::string &path, LibraryAccess access)
{
    if (path.empty())
        return fail(ErrorCode::NotFound, "No place for the library is known: set XDG_DATA_HOME or HOME, "
                                         "or give the library's path.");
    const bool readOnly = access == LibraryAccess::ReadOnly;
    std::error_code error;
    if (readOnly && !fs::exists(path, error))
        return fail(ErrorCode::NotFound,
                    "There is no library at " + path + " yet; add a folder to make one.");
    if (!readOnly) {
        const fs::path folder = fs::path(path).parent_path();
        if (!folder.empty() && !fs::exists(folder, error) && !fs::create_directories(folder, error) && error)
            return fail(ErrorCode::LibraryReadOnly,
                        "The library's folder " + folder.string() + " cannot be made (" + error.message() +
                                "); open the library read-only or choose another place.");
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = readOnly;
    if (Failure failure = Database::open(impl->db, path, readOnly, !readOnly))
        return Unexpected{*failure};
    if (!readOnly && impl->db.isReadOnly())
        return fail(ErrorCode::LibraryReadOnly, "The library " + path +
                                                        " cannot be written (a read-only file or disk); "
                                                        "open it read-only to search it.");
    if (Failure failure = library::prepareSchema(impl->db, readOnly))
        return Unexpected{*failure};
    if (!readOnly) {
        // The indexer commits in batches; NORMAL is durable across crashes of
        // the program in WAL mode, and loses at most the last batch on power loss.
        impl->db.exec("PRAGMA synchronous=NORMAL", "tuning the library");
    }
    impl->db.exec("PRAGMA foreign_keys=ON", "tuning the library");
    // Searches read pages all over a large file: mapping it spares a system
    // call per page, and a 32 MB cache keeps the index's upper levels.
    impl->db.exec("PRAGMA mmap_size=1073741824", "tuning the library");
    impl->db.exec("PRAGMA cache_size=-32768", "tuning the library");
    return Library(std::move(impl));
}

namespace {

// The folders a damaged or too-new library listed, when they can still be read.
std::vector<std::string> listedFolders(const std::string &path)
{
    std::vector<std::string> folders;
    Database db;
    if (Database::open(db, path, true, false))
        return folders;
    Statement statement;
    if (db.prepare(statement, "SELECT path FROM folder ORDER BY id"))
        return folders;
    Failure failure;
    while (statement.step(failure, "reading the old library's folders"))
        folders.push_back(statement.text(0));
    return folders;
}

std::string asideName(const std::string &path)
{
    const std::time_t now = std::time(nullptr);
    std::tm fields{};
    localtime_r(&now, &fields);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &fields);
    std::string aside = path + ".damaged-" + stamp;
    for (int n = 2; fs::exists(aside); ++n)
        aside = path + ".damaged-" + stamp + "-" + std::to_string(n);
    return aside;
}

} // namespace

Expected<Library> Library::rebuild(const std::string &path, const std::vector<std::string> &folders,
                                   const IndexOptions &options, IndexReport *report)
{
    std::vector<std::string> all = listedFolders(path);
    for (const auto &folder : folders)
        all.push_back(folder);
    std::error_code error;
    if (fs::exists(path, error)) {
        // Kept aside, never deleted: the reader may want it back, or send it to us.
        const std::string aside = asideName(path);
        fs::rename(path, aside, error);
        if (error)
            return fail(ErrorCode::LibraryReadOnly, "The old library could not be moved aside (" +
                                                            error.message() + "); nothing was changed.");
        for (const char *suffix : {"-wal", "-shm"}) {
            std::error_code ignored;
            if (fs::exists(path + suffix, ignored))
                fs::rename(path + suffix, aside + suffix, ignored);
        }
    }
    auto opened = open(path);
    if (!opened)
        return opened;
    if (!all.empty()) {
        auto indexed = opened->addFolders(all, options);
        if (!indexed)
            return Unexpected{indexed.error()};
        if (report)
            *report = std::move(*indexed);
    }
    return opened;
}

Expected<std::int64_t> Library::addExtracted(const Article &article)
{
    if (m_impl->readOnly)
        return Unexpected{library::readOnlyError()};
    library::FileFacts file{article.source.path, static_cast<std::int64_t>(article.source.bytes), 0};
    std::error_code error;
    const auto time = fs::last_write_time(article.source.path, error);
    if (!error)
        file.mtime = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::file_clock::to_sys(time).time_since_epoch())
                             .count();
    library::Transaction transaction(m_impl->db);
    if (Failure failure = transaction.begin())
        return Unexpected{*failure};
    library::ArticleStore store(m_impl->db);
    std::int64_t articleId = 0;
    if (Failure failure = store.storeArticle(file, article, articleId))
        return Unexpected{*failure};
    if (Failure failure = transaction.commit())
        return Unexpected{*failure};
    return articleId;
}

Expected<std::size_t> Library::removeFolder(const std::string &folder)
{
    if (m_impl->readOnly)
        return Unexpected{library::readOnlyError()};
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(folder, error), error);
    const std::string root = absolute.string();
    library::Transaction transaction(m_impl->db);
    if (Failure failure = transaction.begin())
        return Unexpected{*failure};
    Statement forget;
    if (Failure failure = m_impl->db.prepare(forget, "DELETE FROM folder WHERE path = ?1"))
        return Unexpected{*failure};
    forget.bind(1, root);
    if (Failure failure = forget.run("forgetting a folder"))
        return Unexpected{*failure};
    if (m_impl->db.changes() == 0)
        return fail(ErrorCode::NotFound, "The folder " + root + " is not in the library.");
    // Files under the folder that no other listed folder holds.
    Statement files;
    if (Failure failure = m_impl->db.prepare(files, R"sql(
        DELETE FROM file WHERE substr(path, 1, length(?1) + 1) = ?1 || '/'
          AND NOT EXISTS (SELECT 1 FROM folder WHERE substr(file.path, 1, length(folder.path) + 1) = folder.path || '/'))sql"))
        return Unexpected{*failure};
    files.bind(1, root);
    if (Failure failure = files.run("forgetting a folder's files"))
        return Unexpected{*failure};
    const auto removed = static_cast<std::size_t>(m_impl->db.changes());
    library::ArticleStore store(m_impl->db);
    if (Failure failure = store.collect())
        return Unexpected{*failure};
    if (Failure failure = transaction.commit())
        return Unexpected{*failure};
    return removed;
}

Expected<LibraryStatus> Library::status() const
{
    LibraryStatus status;
    status.path = m_impl->path;
    status.readOnly = m_impl->readOnly;
    int version = 0;
    if (Failure failure = library::readSchemaVersion(m_impl->db, version))
        return Unexpected{*failure};
    status.schemaVersion = version;
    Statement statement;
    if (Failure failure = m_impl->db.prepare(statement, R"sql(
        SELECT (SELECT count(*) FROM file),
               (SELECT count(*) FROM article WHERE shown_version IS NOT NULL),
               (SELECT count(*) FROM version),
               (SELECT count(*) FROM quote JOIN article ON article.shown_version = quote.version_id),
               (SELECT count(DISTINCT person_id) FROM quote JOIN article ON article.shown_version = quote.version_id),
               (SELECT total(text_bytes) FROM version),
               (SELECT max(indexed_at) FROM file))sql"))
        return Unexpected{*failure};
    Failure failure;
    if (statement.step(failure, "counting the library")) {
        status.files = statement.integer(0);
        status.articles = statement.integer(1);
        status.versions = statement.integer(2);
        status.quotes = statement.integer(3);
        status.speakers = statement.integer(4);
        status.textBytes = static_cast<std::int64_t>(statement.real(5));
        status.lastIndexed = statement.optionalText(6);
    }
    if (failure)
        return Unexpected{*failure};
    Statement folders;
    if (Failure inner = m_impl->db.prepare(folders, "SELECT path FROM folder ORDER BY path"))
        return Unexpected{*inner};
    while (folders.step(failure, "reading the library's folders"))
        status.folders.push_back(folders.text(0));
    Statement problems;
    if (Failure inner = m_impl->db.prepare(problems, "SELECT path, error_code, error FROM file "
                                                     "WHERE error_code IS NOT NULL ORDER BY path"))
        return Unexpected{*inner};
    while (problems.step(failure, "reading the files without an article"))
        status.problems.push_back(
                {problems.text(0), static_cast<ErrorCode>(problems.integer(1)), problems.text(2)});
    if (failure)
        return Unexpected{*failure};
    std::error_code error;
    for (const char *suffix : {"", "-wal"}) {
        const auto bytes = fs::file_size(m_impl->path + suffix, error);
        if (!error)
            status.databaseBytes += static_cast<std::int64_t>(bytes);
    }
    return status;
}

} // namespace warta
