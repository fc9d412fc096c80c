#pragma once

#include "sqlite_db.h"

namespace warta::library {

/// The schema version this build writes (PRAGMA user_version).
constexpr int kSchemaVersion = 1;

/// Makes a database ready for this build: creates the tables of an empty
/// one, migrates an older one step by step, and refuses one of a newer
/// Warta (LibraryTooNew). Read-only, it only checks the version.
Failure prepareSchema(Database &db, bool readOnly);

/// The version stored in the database (0 for an empty file).
Failure readSchemaVersion(Database &db, int &version);

} // namespace warta::library
