#include "library_watch.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace warta {

LibraryWatch::LibraryWatch(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(1000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, [this] {
        // A new subfolder (a folder of saves copied in) is watched from now.
        rewatch();
        emit changed();
    });
}

void LibraryWatch::setFolders(const QStringList &folders)
{
    m_roots = folders;
    rewatch();
}

void LibraryWatch::setSettleMilliseconds(int milliseconds)
{
    m_settle->setInterval(milliseconds);
}

int LibraryWatch::watchedCount() const
{
    return static_cast<int>(m_watcher->directories().size());
}

void LibraryWatch::rewatch()
{
    QStringList wanted;
    for (const QString &root : std::as_const(m_roots)) {
        if (!QFileInfo(root).isDir())
            continue;
        wanted << root;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && wanted.size() < kMaxFolders) {
            const QString folder = it.next();
            if (!folder.endsWith(QLatin1String("_files")) && !folder.contains(QLatin1String("_files/")))
                wanted << folder;
        }
    }
    const QStringList watched = m_watcher->directories();
    const QSet<QString> keep(wanted.cbegin(), wanted.cend());
    QStringList gone;
    for (const QString &folder : watched)
        if (!keep.contains(folder))
            gone << folder;
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    const QSet<QString> have(watched.cbegin(), watched.cend());
    QStringList fresh;
    for (const QString &folder : std::as_const(wanted))
        if (!have.contains(folder))
            fresh << folder;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

} // namespace warta
