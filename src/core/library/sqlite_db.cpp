#include "sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace warta::library {

Error sqliteError(int rc, std::string_view what, sqlite3 *db)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string doing(what);
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::LibraryDamaged, "The library database is damaged (" + detail + ") while " + doing +
                                                   "; rebuild it from the saved files, which are untouched."};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::LibraryBusy, "Another program kept the library locked while " + doing +
                                                "; try again when it has finished."};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::LibraryReadOnly,
                "The library cannot be written while " + doing + " (" + detail + "); it can still be read."};
    case SQLITE_CANTOPEN:
        return {ErrorCode::ReadFailed, "The library database could not be opened while " + doing + " (" +
                                               detail +
                                               "); check that its folder exists and can be written."};
    case SQLITE_FULL:
        return {ErrorCode::ReadFailed,
                "The disk is full while " + doing + "; nothing after the last commit was kept."};
    case SQLITE_NOMEM:
        return {ErrorCode::TooLarge, "There was not enough memory while " + doing + "."};
    case SQLITE_IOERR:
        return {ErrorCode::ReadFailed, "The disk failed while " + doing + " (" + detail + ")."};
    default:
        return {ErrorCode::Internal, "SQLite failed while " + doing + ": " + detail};
    }
}

namespace {

// A path as the path part of a file: URI (RFC 3986 percent-encoding).
std::string uriPath(const std::string &path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
            c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            out += c;
        else
            out += {'%', kHex[byte >> 4], kHex[byte & 15]};
    }
    return out;
}

} // namespace

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Failure Database::open(Database &out, const std::string &path, bool readOnly, bool create)
{
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // One connection per thread (the header says so): SQLite's own mutexes are not needed.
    flags |= SQLITE_OPEN_NOMUTEX;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc == SQLITE_OK && readOnly) {
        // Opening is lazy: a WAL database on a read-only disk fails only at the first read.
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY) {
            sqlite3_close_v2(db);
            db = nullptr;
            const std::string uri = "file:" + uriPath(path) + "?immutable=1";
            rc = sqlite3_open_v2(uri.c_str(), &db, flags | SQLITE_OPEN_URI, nullptr);
        } else {
            rc = SQLITE_OK; // the real error, if any, is the schema's to report
        }
    }
    if (rc != SQLITE_OK) {
        Error error = sqliteError(rc, "opening " + path, db);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    // A writer in another process holds the lock for one commit at most: wait for it.
    sqlite3_busy_timeout(db, 5000);
    out = Database();
    out.m_db = db;
    return std::nullopt;
}

Failure Database::exec(std::string_view sql, std::string_view what)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, what, m_db);
    return std::nullopt;
}

Failure Database::prepare(Statement &out, std::string_view sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, "preparing a query of the library", m_db);
    out = Statement();
    out.m_stmt = stmt;
    out.m_db = m_db;
    return std::nullopt;
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step(Failure &failure, std::string_view what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failure = sqliteError(rc, what, m_db);
    return false;
}

Failure Statement::run(std::string_view what)
{
    Failure failure;
    while (step(failure, what)) {
    }
    reset();
    return failure;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}

std::string Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK", "undoing an unfinished change");
}

Failure Transaction::begin()
{
    Failure failure = m_db.exec("BEGIN IMMEDIATE", "starting a change of the library");
    m_open = !failure;
    return failure;
}

Failure Transaction::commit()
{
    Failure failure = m_db.exec("COMMIT", "saving a change of the library");
    if (!failure)
        m_open = false;
    return failure;
}

} // namespace warta::library
