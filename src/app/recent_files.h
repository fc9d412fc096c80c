#pragma once

#include <QList>
#include <QStringList>

namespace warta {

/// The most recently opened files, newest first, as a capped QSettings array.
class RecentFiles {
public:
    static constexpr int kMaximum = 10;

    struct Entry {
        QString path;
        QString title; ///< the article's headline when it was opened; may be empty
    };

    static QList<Entry> entries();
    static QStringList load();
    /// Puts `path` first, dropping duplicates and the oldest beyond kMaximum.
    static QStringList add(const QString &path, const QString &title = {});
    static void clear();

private:
    static void save(const QList<Entry> &entries);
};

} // namespace warta
