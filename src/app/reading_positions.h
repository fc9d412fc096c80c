#pragma once

#include <QString>

namespace warta {

/// The paragraph a reader was at in each file, so that a file opened again
/// opens there. Kept in the settings for the most recent kMaximum files,
/// newest first; the bundled sample (no path) has none.
class ReadingPositions {
public:
    static constexpr int kMaximum = 200;

    /// The paragraph (0-based) remembered for `path`, or -1.
    static int load(const QString &path);
    /// Remembers `paragraph` for `path`; paragraph 0 (the start) is forgotten,
    /// as there is nothing to come back to.
    static void save(const QString &path, int paragraph);
};

} // namespace warta
