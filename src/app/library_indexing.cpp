#include "library_indexing.h"

#include "text_convert.h"

#include <QFile>
#include <QThread>

#include <optional>
#include <thread>
#include <utility>

namespace warta {

// What one job shares between its thread and the window's.
struct LibraryIndexer::Run {
    Job job = Job::Update;
    std::vector<std::string> folders;
    std::atomic<bool> cancel{false};
    std::optional<IndexReport> report;
    std::optional<Error> error;
};

LibraryIndexer::LibraryIndexer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

LibraryIndexer::~LibraryIndexer()
{
    // No signal from here: whoever listens may be half gone already.
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

namespace {

Expected<IndexReport> runJob(const std::string &path, LibraryIndexer::Job job,
                             const std::vector<std::string> &folders, const IndexOptions &options)
{
    if (job == LibraryIndexer::Job::Rebuild) {
        IndexReport report;
        auto rebuilt = Library::rebuild(path, folders, options, &report);
        if (!rebuilt)
            return Unexpected{rebuilt.error()};
        return report;
    }
    auto library = Library::open(path);
    if (!library)
        return Unexpected{library.error()};
    if (job == LibraryIndexer::Job::AddFolders)
        return library->addFolders(folders, options);
    return library->update(options);
}

} // namespace

bool LibraryIndexer::start(Job job, const QStringList &folders)
{
    if (m_thread) {
        if (job == Job::Update)
            m_updateQueued = true;
        return false;
    }
    auto run = std::make_shared<Run>();
    run->job = job;
    for (const QString &folder : folders)
        run->folders.push_back(QFile::encodeName(folder).toStdString());
    m_run = run;
    const std::string path = QFile::encodeName(m_path).toStdString();
    // The destructor waits for the thread, so `self` outlives it; a progress
    // step still queued when the indexer goes is dropped with it.
    LibraryIndexer *self = this;
    m_thread = QThread::create([run, path, self] {
        IndexOptions options;
        options.cancel = &run->cancel;
        // Extraction threads: one core is left to the window.
        const unsigned cores = std::thread::hardware_concurrency();
        options.jobs = cores > 1 ? cores - 1 : 1;
        options.progress = [self](const IndexProgress &step) {
            const auto done = static_cast<qint64>(step.done);
            const auto total = static_cast<qint64>(step.total);
            const QString file = QFile::decodeName(QByteArray::fromStdString(step.path));
            QMetaObject::invokeMethod(
                    self, [self, done, total, file] { emit self->progress(done, total, file); },
                    Qt::QueuedConnection);
        };
        auto result = runJob(path, run->job, run->folders, options);
        if (result)
            run->report = std::move(*result);
        else
            run->error = result.error();
    });
    connect(m_thread, &QThread::finished, this, [this, run] { end(run); });
    emit started(job);
    m_thread->start();
    return true;
}

void LibraryIndexer::end(std::shared_ptr<Run> run)
{
    if (!m_thread || run != m_run)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_run.reset();
    if (run->error)
        emit failed(run->job, *run->error);
    else
        emit finished(run->job, run->report.value_or(IndexReport{}));
    // Files that changed while the job ran are read by one more update.
    if (std::exchange(m_updateQueued, false) && !run->cancel)
        start(Job::Update);
}

void LibraryIndexer::cancel()
{
    m_updateQueued = false;
    if (m_run)
        m_run->cancel = true;
}

void LibraryIndexer::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // The finished signal is queued to this thread: deliver the end now.
    if (m_run)
        end(m_run);
}

} // namespace warta
