// Indexing: the folders are walked, files new or changed since the last run
// are read and extracted on every core, and one writer (the calling thread)
// stores them in batches. Files unchanged in size and time are not read.

#include "article_store.h"
#include "library_p.h"
#include "warta/quotes/corrections.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace warta {

namespace fs = std::filesystem;
using library::ArticleStore;
using library::Failure;
using library::FileFacts;
using library::Statement;

namespace {

struct KnownFile {
    std::int64_t size = 0;
    std::int64_t mtime = 0;
    std::string sha256;
};

// What a worker learnt of one file.
struct ReadResult {
    FileFacts file;
    std::string sha256;
    std::optional<Article> article; ///< none: the bytes are known, or the file failed
    std::optional<Error> error;
};

std::int64_t mtimeOf(const fs::directory_entry &entry, std::error_code &error)
{
    const auto time = entry.last_write_time(error);
    if (error)
        return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::file_clock::to_sys(time).time_since_epoch())
            .count();
}

std::string absoluteFolder(const std::string &folder)
{
    std::error_code error;
    const fs::path absolute = fs::absolute(folder, error);
    const fs::path canonical = fs::weakly_canonical(absolute, error);
    std::string text = (error ? absolute : canonical).string();
    while (text.size() > 1 && text.back() == '/')
        text.pop_back();
    return text;
}

// The supported files under `root`; false when the folder itself cannot be
// read. Symbolic links to folders are not followed, so a link loop cannot
// make the walk endless.
bool walk(const std::string &root, std::map<std::string, FileFacts> &found,
          std::vector<LibraryProblem> &problems)
{
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error || !fs::is_directory(root, error)) {
        problems.push_back({root, ErrorCode::NotFound,
                            "The folder cannot be read (" +
                                    (error ? error.message() : std::string("it is gone")) +
                                    "); its articles stay in the library until it is back."});
        return false;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            problems.push_back({it->path().string(), ErrorCode::ReadFailed,
                                "Part of the folder cannot be read (" + error.message() + ")."});
            error.clear();
            continue;
        }
        const fs::directory_entry &entry = *it;
        std::error_code entryError;
        if (!entry.is_regular_file(entryError) || !isLibraryFileName(entry.path().string()))
            continue;
        FileFacts facts;
        facts.path = entry.path().string();
        facts.size = static_cast<std::int64_t>(entry.file_size(entryError));
        facts.mtime = mtimeOf(entry, entryError);
        if (!entryError)
            found.emplace(facts.path, std::move(facts));
    }
    return true;
}

ReadResult readFile(const FileFacts &file, const std::unordered_set<std::string> &knownHashes,
                    const ExtractOptions &options)
{
    ReadResult result;
    result.file = file;
    auto page = loadSavedFile(file.path, options.limits);
    if (!page) {
        result.error = page.error();
        return result;
    }
    result.sha256 = page->source.sha256;
    if (knownHashes.count(result.sha256))
        return result;
    ExtractOptions extract = options;
    extract.findQuotes = true;
    extract.joinPages = false;
    auto article = extractPage(*page, extract);
    if (!article) {
        result.error = article.error();
        return result;
    }
    // The reader's corrections travel with the file's hash, so the library's
    // ledger says what the viewer says.
    if (auto corrections = loadQuoteCorrections(result.sha256); corrections && !corrections->items.empty())
        applyQuoteCorrections(*corrections, article->paragraphs, article->quotes);
    result.article = std::move(*article);
    return result;
}

// Extraction on `jobs` threads; results handed to the writer in file order of
// completion. The queue is bounded so that memory stays flat however many
// files there are.
class ReadPool {
public:
    ReadPool(const std::vector<FileFacts> &files, const std::unordered_set<std::string> &knownHashes,
             const IndexOptions &options)
        : m_files(files)
        , m_known(knownHashes)
        , m_options(options)
    {
        unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
        jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(1, files.size())));
        m_capacity = 2 * jobs;
        for (unsigned i = 0; i < jobs; ++i)
            m_workers.emplace_back([this] { work(); });
    }
    ~ReadPool() { stop(); }

    /// The next result; false when every file is done (or the pool stopped).
    bool next(ReadResult &out)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_results.empty() || m_finished == m_workers.size(); });
        if (m_results.empty())
            return false;
        out = std::move(m_results.front());
        m_results.pop_front();
        m_space.notify_one();
        return true;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_space.notify_all();
        for (auto &worker : m_workers)
            if (worker.joinable())
                worker.join();
    }

private:
    void work()
    {
        for (;;) {
            std::size_t index = 0;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping || m_nextFile >= m_files.size())
                    break;
                index = m_nextFile++;
            }
            ReadResult result = readFile(m_files[index], m_known, m_options.extract);
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return m_stopping || m_results.size() < m_capacity; });
            if (m_stopping)
                break;
            m_results.push_back(std::move(result));
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        ++m_finished;
        m_ready.notify_all();
    }

    const std::vector<FileFacts> &m_files;
    const std::unordered_set<std::string> &m_known;
    const IndexOptions &m_options;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<ReadResult> m_results;
    std::size_t m_capacity = 2;
    std::size_t m_nextFile = 0;
    std::size_t m_finished = 0;
    bool m_stopping = false;
};

bool under(const std::string &path, const std::string &folder)
{
    return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
           path[folder.size()] == '/';
}

} // namespace

struct IndexRun {
    library::Database &db;
    const IndexOptions &options;
    IndexReport report;

    Failure run(const std::vector<std::string> &folders);

private:
    Failure loadKnown(std::unordered_map<std::string, KnownFile> &known,
                      std::unordered_set<std::string> &hashes);
};

Failure IndexRun::loadKnown(std::unordered_map<std::string, KnownFile> &known,
                            std::unordered_set<std::string> &hashes)
{
    Statement statement;
    if (Failure failure = db.prepare(statement, "SELECT path, size, mtime, sha256, version_id FROM file"))
        return failure;
    Failure failure;
    while (statement.step(failure, "reading the library's files")) {
        KnownFile file{statement.integer(1), statement.integer(2), statement.text(3)};
        if (!statement.isNull(4))
            hashes.insert(file.sha256);
        known.emplace(statement.text(0), std::move(file));
    }
    return failure;
}

Failure IndexRun::run(const std::vector<std::string> &folders)
{
    std::unordered_map<std::string, KnownFile> known;
    std::unordered_set<std::string> hashes;
    if (Failure failure = loadKnown(known, hashes))
        return failure;
    std::map<std::string, FileFacts> found;
    // A folder on a disk that is not there (unplugged, unmounted) is not a
    // folder whose files were all deleted: its files are kept as they are.
    std::vector<std::string> walked;
    for (const auto &folder : folders)
        if (walk(folder, found, report.problems))
            walked.push_back(folder);
    report.seen = found.size();

    std::vector<FileFacts> toRead;
    for (auto &[path, facts] : found) {
        const auto it = known.find(path);
        if (it != known.end() && it->second.size == facts.size && it->second.mtime == facts.mtime) {
            ++report.unchanged;
            continue;
        }
        toRead.push_back(facts);
    }
    // Files of these folders the disk no longer has.
    std::vector<std::string> missing;
    std::unordered_map<std::string, std::size_t> missingHashes;
    // (No structured binding here: a lambda below takes the path, and clang
    // before 16 cannot capture a binding.)
    for (const auto &entry : known) {
        const std::string &path = entry.first;
        const KnownFile &file = entry.second;
        if (found.count(path))
            continue;
        if (std::any_of(walked.begin(), walked.end(), [&](const std::string &f) { return under(path, f); })) {
            missing.push_back(path);
            if (!file.sha256.empty())
                ++missingHashes[file.sha256];
        }
    }

    ArticleStore store(db);
    library::Transaction batch(db);
    if (Failure failure = batch.begin())
        return failure;
    std::size_t inBatch = 0;
    bool needsCollect = false;
    IndexProgress progress{toRead.size(), 0, {}};
    ReadPool pool(toRead, hashes, options);
    ReadResult result;
    while (pool.next(result)) {
        const bool wasKnown = known.count(result.file.path) > 0;
        needsCollect = needsCollect || wasKnown;
        if (result.error) {
            if (Failure failure = store.storeProblem(result.file, result.sha256, *result.error))
                return failure;
            ++report.failed;
            report.problems.push_back({result.file.path, result.error->code, result.error->message});
        } else if (result.article) {
            std::int64_t articleId = 0;
            if (Failure failure = store.storeArticle(result.file, *result.article, articleId))
                return failure;
            hashes.insert(result.sha256);
        } else {
            bool linked = false;
            if (Failure failure = store.linkFile(result.file, result.sha256, linked))
                return failure;
            if (!linked) // its version went in the meantime: read it on the next run
                if (Failure failure = store.forgetFile(result.file.path))
                    return failure;
        }
        if (!result.error) {
            if (const auto it = missingHashes.find(result.sha256);
                !wasKnown && it != missingHashes.end() && it->second) {
                --it->second;
                ++report.moved;
            } else {
                ++(wasKnown ? report.changed : report.added);
            }
        }
        ++progress.done;
        progress.path = result.file.path;
        if (options.progress)
            options.progress(progress);
        if (++inBatch >= std::max<std::size_t>(1, options.commitEvery)) {
            if (needsCollect)
                if (Failure failure = store.collect())
                    return failure;
            if (Failure failure = batch.commit())
                return failure;
            if (Failure failure = batch.begin())
                return failure;
            inBatch = 0;
            needsCollect = false;
        }
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            pool.stop();
            break;
        }
    }
    // A cancelled run has not seen every file: nothing is dropped then.
    if (!report.cancelled) {
        for (const auto &path : missing) {
            if (Failure failure = store.forgetFile(path))
                return failure;
        }
        std::size_t movedLeft = report.moved;
        report.removed = missing.size() >= movedLeft ? missing.size() - movedLeft : 0;
        needsCollect = needsCollect || !missing.empty();
    }
    if (needsCollect)
        if (Failure failure = store.collect())
            return failure;
    if (Failure failure = batch.commit())
        return failure;
    // Fold the run's log into the database so the library is one file again
    // (a reader still open keeps what it reads; the log then shrinks later).
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)", "finishing the run");
    return std::nullopt;
}

namespace {

Expected<IndexReport> runIndex(library::Database &db, const std::vector<std::string> &folders,
                               const IndexOptions &options)
{
    IndexRun run{db, options, {}};
    if (Failure failure = run.run(folders))
        return Unexpected{*failure};
    return std::move(run.report);
}

} // namespace

Expected<IndexReport> Library::addFolders(const std::vector<std::string> &folders,
                                          const IndexOptions &options)
{
    if (m_impl->readOnly)
        return Unexpected{library::readOnlyError()};
    std::vector<std::string> roots;
    for (const auto &folder : folders) {
        std::error_code error;
        const std::string root = absoluteFolder(folder);
        if (!fs::is_directory(root, error))
            return fail(ErrorCode::NotFound, "There is no folder " + folder + " to add.");
        roots.push_back(root);
    }
    Statement insert;
    if (Failure failure =
                m_impl->db.prepare(insert, "INSERT OR IGNORE INTO folder(path, added_at) VALUES(?1, ?2)"))
        return Unexpected{*failure};
    for (const auto &root : roots) {
        insert.bind(1, root).bind(2, library::utcNow());
        if (Failure failure = insert.run("adding a folder to the library"))
            return Unexpected{*failure};
    }
    return runIndex(m_impl->db, roots, options);
}

Expected<IndexReport> Library::update(const IndexOptions &options)
{
    if (m_impl->readOnly)
        return Unexpected{library::readOnlyError()};
    std::vector<std::string> roots;
    Statement statement;
    if (Failure failure = m_impl->db.prepare(statement, "SELECT path FROM folder ORDER BY path"))
        return Unexpected{*failure};
    Failure failure;
    while (statement.step(failure, "reading the library's folders"))
        roots.push_back(statement.text(0));
    if (failure)
        return Unexpected{*failure};
    return runIndex(m_impl->db, roots, options);
}

} // namespace warta
