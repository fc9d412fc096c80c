#pragma once

#include "warta/library/library.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace warta {

/// Indexes the library off the window's thread: adding folders, an update,
/// a rebuild. Each job opens a Library connection of its own on its thread
/// (one connection is one thread's); the window's connection goes on
/// reading meanwhile (the database is in WAL mode). Progress and the end are
/// signalled on the window's thread. One job at a time; an update asked for
/// during a job runs once after it.
class LibraryIndexer : public QObject {
    Q_OBJECT
public:
    enum class Job {
        AddFolders,
        Update,
        Rebuild
    };

    explicit LibraryIndexer(QString databasePath, QObject *parent = nullptr);
    /// Cancels a job in hand and waits for its thread (what was committed stays).
    ~LibraryIndexer() override;

    const QString &databasePath() const { return m_path; }
    bool isRunning() const { return m_thread != nullptr; }
    /// Starts a job; false when one runs (an Update is then queued).
    bool start(Job job, const QStringList &folders = {});
    /// Stops the job in hand after the files being read.
    void cancel();
    /// Waits for the job in hand to end (tests, closing).
    void wait();

signals:
    void started(warta::LibraryIndexer::Job job);
    void progress(qint64 done, qint64 total, const QString &path);
    void finished(warta::LibraryIndexer::Job job, const warta::IndexReport &report);
    void failed(warta::LibraryIndexer::Job job, const warta::Error &error);

private:
    struct Run;
    void end(std::shared_ptr<Run> run); ///< by value: it resets m_run

    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run;
    bool m_updateQueued = false;
};

} // namespace warta
