#include "file_watch.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <utility>

namespace warta {

FileWatch::FileWatch(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &FileWatch::settle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        m_fileTouched = true;
        onFileEvent();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatch::onFileEvent);
}

void FileWatch::setPath(const QString &path)
{
    if (path == m_path) {
        m_seen = fingerprintOf(m_path); // the caller has just read it
        return;
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_settle->stop();
    m_path = path;
    m_fileTouched = false;
    m_seen = fingerprintOf(path);
    if (path.isEmpty())
        return;
    m_watcher->addPath(QFileInfo(path).absolutePath());
    rewatch();
}

void FileWatch::setSettleMilliseconds(int milliseconds)
{
    m_settle->setInterval(milliseconds);
}

FileWatch::Fingerprint FileWatch::fingerprintOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {true, info.size(), info.lastModified()};
}

void FileWatch::onFileEvent()
{
    // A save is often several writes in a row: wait until they stop.
    m_settle->start();
}

void FileWatch::rewatch()
{
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void FileWatch::settle()
{
    const Fingerprint now = fingerprintOf(m_path);
    const bool touched = std::exchange(m_fileTouched, false);
    if (!now.exists) {
        if (m_seen.exists) {
            m_seen = now;
            emit removed(m_path);
        }
        return;
    }
    rewatch();
    // A write within the clock's resolution keeps size and time, but then the
    // file's own watch has signalled.
    if (now == m_seen && !touched)
        return;
    m_seen = now;
    emit changed(m_path);
}

} // namespace warta
