// The library's figures (docs/library.md). Not a test: it prints figures.
//
//   warta_library_bench [--pages DIR] [--corpus DIR] [--articles N] [--work DIR]
//                       [--jobs N] [--seed N] [--reuse]
//
// 1. Indexing (with --pages, a folder warta_make_library wrote): a new
//    database in WORK, Library::addFolders over DIR with --jobs extraction
//    threads (default: one per core); pages/s, MB/s, the process's peak RSS
//    during the run, and database bytes over extracted text bytes (the
//    library's count and ours, by extracting every page again).
// 2. Searching: a database of --articles (default 100,000) varied articles
//    (article_variants.h) stored with Library::addExtracted; writing that
//    many files would take hours to index on two cores, and the search
//    figures do not depend on where the articles came from. --reuse keeps a
//    database of that size from an earlier run. Then the latency of queries
//    drawn from the library's own words (common, middling and rare words,
//    two-word phrases, words typed letter by letter as the viewer searches,
//    filtered by site, year and speaker), facets and a person's quotes,
//    first and second pass; and the Library view: open + articleCount +
//    the first 100 rows, scrolling pages, and a page at offset 50,000.
#include "warta/library/library.h"

#include "article_variants.h"
#include "bench_stats.h"
#include "word_tokens.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unordered_map>
#include <vector>

namespace fs = std::filesystem;
using warta::bench::percentile;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

/// A field of /proc/self/status in kB (VmHWM: the peak resident set).
long statusKb(const std::string &field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0)
            return std::strtol(line.c_str() + field.size() + 1, nullptr, 10);
    return -1;
}

/// Resets VmHWM to the current RSS (Linux 4.0+), so that the peak read after
/// indexing is the indexing's and not the start-up's.
bool resetPeakRss()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

/// CPU seconds (user + system) of the process or of the calling thread.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void removeDatabase(const fs::path &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix);
}

template <typename T>
T orDie(warta::Expected<T> value, const char *what)
{
    if (!value) {
        std::fprintf(stderr, "%s: %s\n", what, value.error().message.c_str());
        std::exit(1);
    }
    return std::move(*value);
}

int indexingFigures(const fs::path &pages, const fs::path &work, unsigned jobs)
{
    const fs::path db = work / "index.sqlite";
    removeDatabase(db);
    std::size_t files = 0;
    std::uintmax_t pageBytes = 0;
    for (const auto &entry :
         fs::recursive_directory_iterator(pages, fs::directory_options::follow_directory_symlink))
        if (entry.is_regular_file() && warta::isLibraryFileName(entry.path().string())) {
            ++files;
            pageBytes += entry.file_size();
        }
    std::printf("\n## Indexing: %zu pages, %.1f MB (%.1f KB a page), %u jobs; load %s\n", files,
                static_cast<double>(pageBytes) / 1e6,
                static_cast<double>(pageBytes) / 1024.0 /
                        static_cast<double>(std::max<std::size_t>(files, 1)),
                jobs, loadAverage().c_str());
    const long rssBefore = statusKb("VmRSS");
    const bool reset = resetPeakRss();
    std::optional<warta::Library> library(orDie(warta::Library::open(db.string()), "open"));
    warta::IndexOptions options;
    options.jobs = jobs;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    const double writerBefore = cpuSeconds(RUSAGE_THREAD);
    const auto start = Clock::now();
    const auto report = orDie(library->addFolders({fs::absolute(pages).string()}, options), "addFolders");
    const double seconds = msSince(start) / 1000.0;
    // The calling thread is the indexer's one writer; the others extract.
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const double writer = cpuSeconds(RUSAGE_THREAD) - writerBefore;
    const long peak = reset ? statusKb("VmHWM") : -1;
    const auto status = orDie(library->status(), "status");
    // Closed, the database has checkpointed its WAL into the file.
    library.reset();
    std::uintmax_t closedBytes = 0;
    for (const char *suffix : {"", "-wal"})
        if (fs::exists(db.string() + suffix))
            closedBytes += fs::file_size(db.string() + suffix);

    // Our own count of the text: every page extracted again, outside the timing.
    std::uintmax_t text = 0;
    for (const auto &entry :
         fs::recursive_directory_iterator(pages, fs::directory_options::follow_directory_symlink))
        if (entry.is_regular_file() && warta::isLibraryFileName(entry.path().string()))
            if (auto article = warta::extractFile(entry.path().string()))
                text += warta::bench::textBytes(*article);

    std::printf("added %zu, failed %zu, articles %lld, quotes %lld, speakers %lld\n", report.added,
                report.failed, static_cast<long long>(status.articles), static_cast<long long>(status.quotes),
                static_cast<long long>(status.speakers));
    std::printf("| figure | goal | measured |\n| --- | --- | --- |\n");
    std::printf("| indexing rate | >= 150 pages/s | %.1f pages/s (%.2f MB/s, %.1f s) |\n",
                static_cast<double>(files) / seconds, static_cast<double>(pageBytes) / 1e6 / seconds,
                seconds);
    std::printf("| CPU per page | | %.2f ms (extraction threads %.2f ms, the writer %.2f ms): %.0f pages/s "
                "if the "
                "%u cores were the run's alone |\n",
                cpu * 1000.0 / static_cast<double>(files),
                (cpu - writer) * 1000.0 / static_cast<double>(files),
                writer * 1000.0 / static_cast<double>(files),
                std::min(static_cast<double>(std::thread::hardware_concurrency()) / std::max(cpu, 1e-9),
                         1.0 / std::max(writer, 1e-9)) *
                        static_cast<double>(files),
                std::thread::hardware_concurrency());
    if (peak >= 0)
        std::printf("| peak RSS while indexing | <= 200 MB | %.1f MB (%.1f MB before) |\n",
                    static_cast<double>(peak) / 1024.0, static_cast<double>(rssBefore) / 1024.0);
    else
        std::printf("| peak RSS while indexing | <= 200 MB | unknown (VmHWM cannot be reset here) |\n");
    std::printf(
            "| database / text | <= 1.5 | %.2f (%.1f MB / %.1f MB the library counts; %.1f MB we count) |\n",
            status.textBytes
                    ? static_cast<double>(status.databaseBytes) / static_cast<double>(status.textBytes)
                    : 0.0,
            static_cast<double>(status.databaseBytes) / 1e6, static_cast<double>(status.textBytes) / 1e6,
            static_cast<double>(text) / 1e6);
    std::printf("| database / our text count | <= 1.5 | %.2f; closed (WAL checkpointed) %.2f (%.1f MB) |\n",
                text ? static_cast<double>(status.databaseBytes) / static_cast<double>(text) : 0.0,
                text ? static_cast<double>(closedBytes) / static_cast<double>(text) : 0.0,
                static_cast<double>(closedBytes) / 1e6);
    return 0;
}

/// Document frequencies of the variants' words, and two-word phrases, as
/// the queries' source: the library's own vocabulary.
struct Vocabulary {
    std::unordered_map<std::string, int> documents;
    std::vector<std::string> phrases;
    std::uintmax_t textBytes = 0;

    void add(const warta::Article &article, std::mt19937_64 &rng, bool takePhrase)
    {
        textBytes += warta::bench::textBytes(article);
        std::unordered_map<std::string, bool> seen;
        for (const auto &paragraph : article.paragraphs)
            warta::bench::forEachToken(paragraph.text, [&](std::size_t begin, std::size_t end, bool word) {
                if (word && end - begin >= 3)
                    seen.emplace(warta::bench::lowerAscii(paragraph.text.substr(begin, end - begin)), true);
            });
        for (const auto &entry : seen)
            ++documents[entry.first];
        if (!takePhrase || article.paragraphs.empty())
            return;
        const auto &text = article.paragraphs[rng() % article.paragraphs.size()].text;
        std::vector<std::string> words;
        std::string current;
        for (char c : text + " ") {
            if (c == ' ') {
                words.push_back(current);
                current.clear();
            } else {
                current += c;
            }
        }
        const auto plain = [](const std::string &w) {
            return w.size() >= 3 &&
                   std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        };
        for (std::size_t tries = 0; tries < 20 && words.size() >= 2; ++tries) {
            const std::size_t at = rng() % (words.size() - 1);
            if (plain(words[at]) && plain(words[at + 1])) {
                phrases.push_back("\"" + words[at] + " " + words[at + 1] + "\"");
                return;
            }
        }
    }

    /// Up to `count` words of at least `minLength` letters whose document
    /// count is in [lo, hi], spread over that range.
    std::vector<std::string> words(int lo, int hi, std::size_t count, std::size_t minLength = 3) const
    {
        std::vector<std::pair<int, std::string>> matching;
        for (const auto &[word, df] : documents)
            if (df >= lo && df <= hi && word.size() >= minLength &&
                std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                matching.emplace_back(df, word);
        std::sort(matching.begin(), matching.end(), std::greater<>());
        std::vector<std::string> out;
        for (std::size_t i = 0; i < count && !matching.empty(); ++i)
            out.push_back(matching[i * matching.size() / count].second);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
};

struct TimedQuery {
    std::string kind;
    std::string label;
    std::function<std::size_t()> run; ///< returns the number of results
};

struct Row {
    std::vector<double> ms;
    double results = 0;
    std::string example;
};

void printRows(const std::map<std::string, Row> &rows, const char *title)
{
    std::printf("\n%s\n| queries | e.g. | n | p50 ms | p95 ms | p99 ms | max ms | mean results |\n"
                "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
                title);
    for (const auto &[kind, row] : rows)
        std::printf("| %s | %s | %zu | %.2f | %.2f | %.2f | %.2f | %.0f |\n", kind.c_str(),
                    row.example.c_str(), row.ms.size(), percentile(row.ms, 0.5), percentile(row.ms, 0.95),
                    percentile(row.ms, 0.99), percentile(row.ms, 1.0),
                    row.results / std::max<double>(1.0, static_cast<double>(row.ms.size())));
}

int searchFigures(const std::string &corpus, const fs::path &work, std::size_t count, std::uint64_t seed,
                  bool reuse)
{
    const fs::path db = work / "search.sqlite";
    warta::bench::ArticleVariants variants(warta::bench::loadCorpusArticles(corpus), seed);
    if (variants.pool().empty()) {
        std::fprintf(stderr, "no article in %s\n", corpus.c_str());
        return 1;
    }
    bool build = true;
    if (reuse && fs::exists(db)) {
        auto existing = warta::Library::open(db.string());
        build = !(existing && existing->articleCount({}) &&
                  *existing->articleCount({}) == static_cast<std::int64_t>(count));
    }
    std::printf("\n## Searching: %zu articles varied from %zu corpus articles (%s); load %s\n", count,
                variants.pool().size(), corpus.c_str(), loadAverage().c_str());
    if (build)
        removeDatabase(db);
    Vocabulary vocabulary;
    std::mt19937_64 rng(seed);
    double storeMs = 0;
    {
        auto library = orDie(warta::Library::open(db.string()), "open");
        const std::string prefix = (fs::absolute(work) / "virtual").string() + "/";
        for (std::size_t i = 0; i < count; ++i) {
            const warta::Article article = variants.make(i, prefix);
            vocabulary.add(article, rng, i % 200 == 0);
            if (build) {
                const auto start = Clock::now();
                orDie(library.addExtracted(article), "addExtracted");
                storeMs += msSince(start);
            }
            if (build && (i + 1) % 10000 == 0)
                std::fprintf(stderr, "stored %zu (%.0f articles/s)\n", i + 1,
                             static_cast<double>(i + 1) / storeMs * 1000.0);
        }
    }
    auto library = orDie(warta::Library::open(db.string()), "open");
    const auto status = orDie(library.status(), "status");
    if (build)
        std::printf("stored with addExtracted in %.1f s (%.0f articles/s)\n", storeMs / 1000.0,
                    static_cast<double>(count) / storeMs * 1000.0);
    std::printf("articles %lld, quotes %lld, speakers %lld, distinct words (3+ letters) %zu\n",
                static_cast<long long>(status.articles), static_cast<long long>(status.quotes),
                static_cast<long long>(status.speakers), vocabulary.documents.size());
    std::printf(
            "| database / text | <= 1.5 | %.2f (%.1f MB / %.1f MB the library counts; %.1f MB we count) |\n",
            status.textBytes
                    ? static_cast<double>(status.databaseBytes) / static_cast<double>(status.textBytes)
                    : 0.0,
            static_cast<double>(status.databaseBytes) / 1e6, static_cast<double>(status.textBytes) / 1e6,
            static_cast<double>(vocabulary.textBytes) / 1e6);

    // The queries.
    const int n = static_cast<int>(count);
    const auto common = vocabulary.words(n / 10, n, 30);
    const auto middling = vocabulary.words(std::max(2, n / 1000), std::max(3, n / 100), 30);
    const auto rare = vocabulary.words(1, 20, 30);
    const auto typedWords = vocabulary.words(std::max(2, n / 500), n / 20, 8, 7);
    std::vector<TimedQuery> queries;
    const auto addSearch = [&](const std::string &kind, warta::SearchQuery query) {
        queries.push_back({kind, query.text,
                           [&library, query] { return orDie(library.search(query), "search").total; }});
    };
    const auto plain = [](const std::string &text) {
        warta::SearchQuery query;
        query.text = text;
        return query;
    };
    for (const auto &word : common)
        addSearch("word, common (df >= 10%)", plain(word));
    for (const auto &word : middling)
        addSearch("word, middling (df 0.1-1%)", plain(word));
    for (const auto &word : rare)
        addSearch("word, rare (df <= 20)", plain(word));
    for (std::size_t i = 0; i < 30 && i < vocabulary.phrases.size(); ++i)
        addSearch("phrase, two words", plain(vocabulary.phrases[i * vocabulary.phrases.size() / 30]));
    for (const auto &word : typedWords) {
        for (std::size_t letters = 1; letters <= word.size(); ++letters) {
            auto query = plain(word.substr(0, letters));
            query.asYouType = true;
            addSearch(letters <= 2 ? "typed, 1-2 letters" : "typed, 3+ letters", query);
        }
    }
    for (std::size_t w = 0; w + 1 < typedWords.size() && w < 4; ++w) {
        for (std::size_t letters = 1; letters <= typedWords[w + 1].size(); ++letters) {
            auto query = plain(common[w % common.size()] + " " + typedWords[w + 1].substr(0, letters));
            query.asYouType = true;
            addSearch("typed, second word", query);
        }
    }
    const auto facets = orDie(library.facets(warta::SearchQuery{}, 20), "facets");
    for (std::size_t i = 0; i < 10 && !common.empty(); ++i) {
        auto query = plain(middling.empty() ? common[i % common.size()] : middling[i % middling.size()]);
        if (!facets.sites.empty()) {
            query.filter.site = facets.sites[i % facets.sites.size()].value;
            addSearch("filtered, site", query);
        }
        query.filter.site.clear();
        if (!facets.years.empty()) {
            query.filter.year = std::atoi(facets.years[i % facets.years.size()].value.c_str());
            addSearch("filtered, year", query);
        }
    }
    const auto speakers = orDie(library.speakers({}, 20), "speakers");
    for (std::size_t i = 0; i < speakers.size() && i < 10; ++i) {
        const auto quotes = orDie(library.quotesOf(speakers[i].name, {}, 5), "quotesOf");
        std::string word = common.empty() ? std::string() : common[i % common.size()];
        if (!quotes.empty())
            warta::bench::forEachToken(quotes[0].text, [&](std::size_t begin, std::size_t end, bool isWord) {
                if (isWord && end - begin >= 5)
                    word = warta::bench::lowerAscii(quotes[0].text.substr(begin, end - begin));
            });
        auto query = plain(word);
        query.filter.speaker = speakers[i].name;
        addSearch("filtered, speaker", query);
        const std::string name = speakers[i].name;
        queries.push_back({"quotesOf a speaker (1000)", name, [&library, name] {
                               return orDie(library.quotesOf(name, {}, 1000), "quotesOf").size();
                           }});
    }
    for (std::size_t i = 0; i < 10 && i < common.size(); ++i) {
        const auto query = plain(middling.empty() ? common[i] : middling[i % middling.size()]);
        queries.push_back({"facets of a search", query.text, [&library, query] {
                               return orDie(library.facets(query, 20), "facets").sites.size();
                           }});
    }

    std::vector<double> searchMs[2];
    for (int pass = 0; pass < 2; ++pass) {
        std::map<std::string, Row> rows;
        for (const auto &query : queries) {
            const auto start = Clock::now();
            const std::size_t results = query.run();
            const double ms = msSince(start);
            if (rows[query.kind].ms.empty() || rows[query.kind].example.size() < 4)
                rows[query.kind].example = query.label;
            rows[query.kind].ms.push_back(ms);
            rows[query.kind].results += static_cast<double>(results);
            if (query.kind.rfind("quotesOf", 0) != 0 && query.kind.rfind("facets", 0) != 0)
                searchMs[pass].push_back(ms);
        }
        printRows(rows, pass == 0 ? "### Queries, first pass" : "### Queries, second pass");
        if (pass == 0)
            std::printf("(load %s)\n", loadAverage().c_str());
    }
    std::printf("\n| figure | goal | measured |\n| --- | --- | --- |\n");
    for (int pass = 0; pass < 2; ++pass)
        std::printf("| search p95, %s pass (%zu searches) | <= 30 ms | p50 %.2f, p95 %.2f, p99 %.2f ms |\n",
                    pass == 0 ? "first" : "second", searchMs[pass].size(), percentile(searchMs[pass], 0.5),
                    percentile(searchMs[pass], 0.95), percentile(searchMs[pass], 0.99));

    // The Library view: a new connection, the count, the first 100 rows.
    std::vector<double> opening;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        auto view = orDie(warta::Library::open(db.string()), "open");
        orDie(view.articleCount({}), "articleCount");
        orDie(view.articles({}, warta::ArticleOrder::Newest, 0, 100), "articles");
        opening.push_back(msSince(start));
    }
    std::printf("| Library view opens (open + articleCount + 100 rows, newest first) | <= 300 ms | first "
                "%.1f ms, "
                "median of 5 %.1f ms |\n",
                opening[0], percentile(opening, 0.5));
    for (auto order :
         {warta::ArticleOrder::Newest, warta::ArticleOrder::Title, warta::ArticleOrder::Quotes}) {
        const char *name = order == warta::ArticleOrder::Newest  ? "newest"
                           : order == warta::ArticleOrder::Title ? "title"
                                                                 : "quotes";
        std::vector<double> scroll;
        for (std::size_t offset = 0; offset < 2000; offset += 100) {
            const auto start = Clock::now();
            orDie(library.articles({}, order, offset, 100), "articles");
            scroll.push_back(msSince(start));
        }
        const auto start = Clock::now();
        orDie(library.articles({}, order, 50000, 100), "articles");
        const double deep = msSince(start);
        std::printf("| scrolling, %s: 100 rows at offsets 0-1900 / at offset 50,000 | | median %.1f ms, max "
                    "%.1f ms "
                    "/ %.1f ms |\n",
                    name, percentile(scroll, 0.5), percentile(scroll, 1.0), deep);
    }
    std::printf("load at the end %s\n", loadAverage().c_str());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string pages;
    std::string corpus = WARTA_FIXTURE_DIR "/sindonews";
    fs::path work = "library-bench";
    std::size_t articles = 100000;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::uint64_t seed = 1;
    bool reuse = false;
    std::string command = argv[0];
    for (int i = 1; i < argc; ++i)
        command += std::string(" ") + argv[i];
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--reuse")
            reuse = true;
        else if (arg == "--pages" && hasValue)
            pages = argv[++i];
        else if (arg == "--corpus" && hasValue)
            corpus = argv[++i];
        else if (arg == "--work" && hasValue)
            work = argv[++i];
        else if (arg == "--articles" && hasValue)
            articles = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--jobs" && hasValue)
            jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        else if (arg == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
    }
    fs::create_directories(work);
    std::printf("# %s\ncores %u\n", command.c_str(), std::thread::hardware_concurrency());
    if (!pages.empty() && indexingFigures(pages, work, jobs) != 0)
        return 1;
    if (articles > 0)
        return searchFigures(corpus, work, articles, seed, reuse);
    return 0;
}
