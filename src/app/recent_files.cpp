#include "recent_files.h"

#include <QSettings>

namespace warta {

namespace {
const QString kGroup = QStringLiteral("recentFiles");
const QString kKey = QStringLiteral("path");
} // namespace

QStringList RecentFiles::load()
{
    QSettings settings;
    QStringList paths;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count && paths.size() < kMaximum; ++i) {
        settings.setArrayIndex(i);
        const QString path = settings.value(kKey).toString();
        if (!path.isEmpty() && !paths.contains(path))
            paths << path;
    }
    settings.endArray();
    return paths;
}

QStringList RecentFiles::add(const QString &path)
{
    QStringList paths = load();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaximum)
        paths.removeLast();
    save(paths);
    return paths;
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList &paths)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kKey, paths.at(i));
    }
    settings.endArray();
}

} // namespace warta
