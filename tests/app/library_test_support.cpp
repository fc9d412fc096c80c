#include "library_test_support.h"

#include "app_test_support.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace warta::test {

SavedFolder::SavedFolder(int count)
{
    for (int i = 0; i < count; ++i)
        addPage(i);
    // Listed with its reason, the rest indexed all the same.
    QFile image(m_dir.filePath(QStringLiteral("not-an-article.html")));
    image.open(QIODevice::WriteOnly);
    image.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
}

QString SavedFolder::addPage(int fixtureIndex)
{
    const QStringList fixtures = reconstructedFixtures();
    const QString from = fixtures.at(fixtureIndex % static_cast<int>(fixtures.size()));
    const QString to = m_dir.filePath(QFileInfo(from).fileName());
    QFile::copy(from, to);
    return to;
}

QString freshLibraryPath()
{
    const QString path = QString::fromStdString(defaultLibraryPath());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

Library buildLibrary(const QString &databasePath, const SavedFolder &folder)
{
    auto library = Library::open(databasePath.toStdString());
    REQUIRE(library);
    IndexOptions options;
    options.jobs = 1;
    const auto report = library->addFolders({folder.path().toStdString()}, options);
    REQUIRE(report);
    return std::move(*library);
}

void setSchemaVersion(const QString &databasePath, int version)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(databasePath.toUtf8().constData(), &db) == SQLITE_OK);
    const std::string sql = "PRAGMA user_version=" + std::to_string(version);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace warta::test
