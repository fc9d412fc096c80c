#include "recent_files.h"

#include <QSettings>

namespace warta {

namespace {
const QString kGroup = QStringLiteral("recentFiles");
const QString kKey = QStringLiteral("path");
const QString kTitleKey = QStringLiteral("title");
} // namespace

QList<RecentFiles::Entry> RecentFiles::entries()
{
    QSettings settings;
    QList<Entry> entries;
    QStringList seen;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count && entries.size() < kMaximum; ++i) {
        settings.setArrayIndex(i);
        const QString path = settings.value(kKey).toString();
        if (!path.isEmpty() && !seen.contains(path)) {
            seen << path;
            entries << Entry{path, settings.value(kTitleKey).toString()};
        }
    }
    settings.endArray();
    return entries;
}

QStringList RecentFiles::load()
{
    QStringList paths;
    for (const Entry &entry : entries())
        paths << entry.path;
    return paths;
}

QStringList RecentFiles::add(const QString &path, const QString &title)
{
    QList<Entry> list = entries();
    list.removeIf([&](const Entry &entry) { return entry.path == path; });
    list.prepend(Entry{path, title});
    while (list.size() > kMaximum)
        list.removeLast();
    save(list);
    return load();
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QList<Entry> &entries)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kKey, entries.at(i).path);
        if (!entries.at(i).title.isEmpty())
            settings.setValue(kTitleKey, entries.at(i).title);
    }
    settings.endArray();
}

} // namespace warta
