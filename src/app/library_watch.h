#pragma once

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace warta {

/// Watches the library's folders, every folder under them too (a
/// QFileSystemWatcher sees one folder, not a tree), and says once the writes
/// have settled that something in them changed: a page saved, renamed or
/// deleted. The library's update then finds what; this only says when.
/// Asset folders of "Web page, complete" saves (NAME_files) are not watched:
/// their images are no articles, and a save writes dozens of them.
class LibraryWatch : public QObject {
    Q_OBJECT
public:
    /// More folders than this are not watched (the system's watches are few).
    static constexpr int kMaxFolders = 4000;

    explicit LibraryWatch(QObject *parent = nullptr);

    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_roots; }
    /// How long the folders must stay quiet before changed() (default 1 s).
    void setSettleMilliseconds(int milliseconds);
    /// Folders watched now (roots and their subfolders).
    int watchedCount() const;

signals:
    void changed();

private:
    void rewatch();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QStringList m_roots;
};

} // namespace warta
