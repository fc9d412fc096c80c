#pragma once

// A thin RAII layer over the SQLite C API: one owner for the connection, one
// for each prepared statement, and one place that turns SQLite's result
// codes into Warta's errors with a sentence.

#include "warta/common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace warta::library {

/// What a step of the library returns when it can fail: nothing, or the error.
using Failure = std::optional<Error>;

/// The error for SQLite result `rc` while doing `what` ("reading the library"):
/// corrupt and not-a-database files become LibraryDamaged, locks
/// LibraryBusy, read-only files and disks LibraryReadOnly, a full disk or an
/// I/O error ReadFailed.
Error sqliteError(int rc, std::string_view what, sqlite3 *db = nullptr);

class Statement;

class Database {
public:
    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Opens `path`; `create` makes the file when missing. Read-only, a file
    /// whose folder cannot be written (a read-only disk, where SQLite cannot
    /// make the WAL's shared-memory file) is opened as immutable instead.
    static Failure open(Database &out, const std::string &path, bool readOnly, bool create);

    sqlite3 *handle() const { return m_db; }
    /// True when the file could only be opened for reading (a read-only file or disk).
    bool isReadOnly() const;
    /// Runs statements without results; the error names `what`.
    Failure exec(std::string_view sql, std::string_view what);
    Failure prepare(Statement &out, std::string_view sql) const;
    std::int64_t lastInsertRowId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
};

class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool ready() const { return m_stmt != nullptr; }
    /// Binds are 1-based, as in SQLite.
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const std::optional<std::string> &text);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, std::string_view bytes);

    /// One step: true with a row, false when done; an error sets `failure`.
    bool step(Failure &failure, std::string_view what);
    /// Steps a statement that returns no rows.
    Failure run(std::string_view what);
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;
    std::optional<std::string> optionalText(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back when not committed.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) {}
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    Failure begin();
    Failure commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace warta::library
