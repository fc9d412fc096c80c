#include "reading_positions.h"

#include <QList>
#include <QSettings>

#include <utility>

namespace warta {
namespace {

const QString kGroup = QStringLiteral("readingPositions");
const QString kPath = QStringLiteral("path");
const QString kParagraph = QStringLiteral("paragraph");

using Entry = std::pair<QString, int>;

QList<Entry> entries()
{
    QSettings settings;
    QList<Entry> list;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        list.append({settings.value(kPath).toString(), settings.value(kParagraph, -1).toInt()});
    }
    settings.endArray();
    return list;
}

} // namespace

int ReadingPositions::load(const QString &path)
{
    if (path.isEmpty())
        return -1;
    for (const Entry &entry : entries())
        if (entry.first == path)
            return entry.second;
    return -1;
}

void ReadingPositions::save(const QString &path, int paragraph)
{
    if (path.isEmpty())
        return;
    QList<Entry> list = entries();
    list.removeIf([&](const Entry &entry) { return entry.first == path || entry.first.isEmpty(); });
    if (paragraph > 0)
        list.prepend({path, paragraph});
    while (list.size() > kMaximum)
        list.removeLast();
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kPath, list.at(i).first);
        settings.setValue(kParagraph, list.at(i).second);
    }
    settings.endArray();
}

} // namespace warta
