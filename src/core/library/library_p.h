#pragma once

// What a Library holds: its connection, where it is, and whether it may write.

#include "sqlite_db.h"
#include "warta/library/library.h"

#include <string>

namespace warta {

struct Library::Impl {
    library::Database db;
    std::string path;
    bool readOnly = false;
};

namespace library {

/// The error a write on a read-only library gives.
Error readOnlyError();

/// Now, UTC, as ISO 8601 ("2026-12-08T03:40:00Z").
std::string utcNow();

} // namespace library
} // namespace warta
