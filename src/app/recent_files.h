#pragma once

#include <QStringList>

namespace warta {

/// The most recently opened files, newest first, as a capped QSettings array.
class RecentFiles {
public:
    static constexpr int kMaximum = 10;

    static QStringList load();
    /// Puts `path` first, dropping duplicates and the oldest beyond kMaximum.
    static QStringList add(const QString &path);
    static void clear();

private:
    static void save(const QStringList &paths);
};

} // namespace warta
