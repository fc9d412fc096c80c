#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace warta {

/// Watches the open article's file and says, once the writes have settled,
/// that it changed, that it is gone, or that it came back.
///
/// Browsers and editors save by writing a new file and renaming it over the
/// old one, which ends a plain QFileSystemWatcher watch, and a deleted file
/// cannot be watched at all; so the file's folder is watched too, and every
/// event is checked against the file's size and modification time (a folder
/// event is often about another file).
class FileWatch : public QObject {
    Q_OBJECT
public:
    explicit FileWatch(QObject *parent = nullptr);

    /// Starts watching `path` as it is now; an empty path stops watching.
    void setPath(const QString &path);
    /// How long the file must stay quiet before a signal (default 250 ms).
    void setSettleMilliseconds(int milliseconds);

signals:
    /// The file exists and differs from what was last seen: read it again.
    void changed(const QString &path);
    /// The file was deleted or moved away.
    void removed(const QString &path);

private:
    struct Fingerprint {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Fingerprint &) const = default;
    };
    static Fingerprint fingerprintOf(const QString &path);
    void onFileEvent();
    void settle();
    void rewatch();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_path;
    Fingerprint m_seen;
    bool m_fileTouched = false; ///< the file itself (not only its folder) signalled
};

} // namespace warta
