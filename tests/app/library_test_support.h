#pragma once

#include "warta/library/library.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace warta::test {

/// A folder of saved pages copied from the fixtures (the first `count`
/// reconstructed pages, without their asset folders), and one file that is
/// no article, for a library built in a test.
class SavedFolder {
public:
    explicit SavedFolder(int count = 12);
    QString path() const { return m_dir.path(); }
    /// Copies one more fixture page in (for the folder watch).
    QString addPage(int fixtureIndex);

private:
    QTemporaryDir m_dir;
};

/// The database the viewer opens (defaultLibraryPath(), in the test's own
/// XDG_DATA_HOME), removed first with its WAL.
QString freshLibraryPath();

/// A library at `databasePath` holding the saved folder.
Library buildLibrary(const QString &databasePath, const SavedFolder &folder);

/// Sets the database's schema version (PRAGMA user_version) through SQLite.
void setSchemaVersion(const QString &databasePath, int version);

} // namespace warta::test
