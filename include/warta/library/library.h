#pragma once

// The library: every saved article of the reader's folders, indexed in one
// SQLite database (FTS5 over titles, paragraphs and quotes; people, tags,
// sites, dates). The saved files are the source of truth: the library reads
// them and never writes them, and can always be rebuilt from them
// (docs/library.md gives the schema and the commands).
//
// One Library is one connection: use it from one thread at a time. Several
// Library objects (threads or processes) may use the same database at once:
// it is in WAL mode, so readers are never blocked by the one writer.

#include "warta/common/error.h"
#include "warta/common/expected.h"
#include "warta/date/zoned_time.h"
#include "warta/extract/extract.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warta {

/// `$XDG_DATA_HOME/warta/library.sqlite`, or `~/.local/share/warta/…` when
/// XDG_DATA_HOME is unset or not absolute; empty when neither is known.
std::string defaultLibraryPath();

/// The schema version this build reads and writes.
int librarySchemaVersion();

enum class LibraryAccess {
    ReadWrite, ///< creates the database (and its folder) when missing
    ReadOnly   ///< never writes: for a read-only disk, or to search while another program writes
};

/// A saved file that gave no article, and why (in the words of Error::message).
struct LibraryProblem {
    std::string path;
    ErrorCode code = ErrorCode::Internal;
    std::string reason;
};

struct LibraryStatus {
    std::string path;
    int schemaVersion = 0;
    bool readOnly = false;
    std::vector<std::string> folders; ///< as added, absolute
    std::int64_t files = 0;           ///< saved files indexed (with or without an article)
    std::int64_t articles = 0;        ///< distinct articles (all saves of one URL count once)
    std::int64_t versions = 0;        ///< distinct saved contents
    std::int64_t quotes = 0;
    std::int64_t speakers = 0;
    std::int64_t databaseBytes = 0; ///< the database file with its WAL
    std::int64_t textBytes = 0;     ///< the extracted text it holds: titles and paragraphs of every version
    std::vector<LibraryProblem> problems;
    std::optional<std::string> lastIndexed; ///< ISO 8601, UTC
};

struct IndexProgress {
    std::size_t total = 0; ///< files found that need reading
    std::size_t done = 0;
    std::string path; ///< the file just finished
};

struct IndexOptions {
    unsigned jobs = 0;      ///< extraction threads; 0: one per core
    ExtractOptions extract; ///< quotes are always found; joinPages is ignored
    /// Called on the calling thread after each file; keep it cheap.
    std::function<void(const IndexProgress &)> progress;
    /// Set from another thread (a signal handler, a Cancel button) to stop
    /// after the files in hand; what was committed stays.
    const std::atomic<bool> *cancel = nullptr;
    /// Commit after this many files: a run killed half-way loses at most these.
    std::size_t commitEvery = 200;
};

struct IndexReport {
    std::size_t seen = 0;                 ///< supported files found in the folders
    std::size_t added = 0;                ///< new files read
    std::size_t changed = 0;              ///< files whose bytes changed, read again
    std::size_t unchanged = 0;            ///< same size and time: not read
    std::size_t moved = 0;                ///< a missing file found again at another path (same SHA-256)
    std::size_t removed = 0;              ///< files gone from disk, dropped from the library
    std::size_t failed = 0;               ///< read, but no article (listed in problems)
    std::vector<LibraryProblem> problems; ///< this run's
    bool cancelled = false;
};

/// One article of the library: all saves of one URL (versions), shown by the newest.
struct LibraryArticle {
    std::int64_t id = 0;
    std::int64_t versionId = 0; ///< the version shown (the newest save)
    std::string title;
    std::string site;
    std::optional<std::string> url;
    std::optional<ZonedTime> published;
    std::vector<std::string> authors;
    std::vector<std::string> tags;
    int quoteCount = 0;
    int paragraphCount = 0;
    int versionCount = 1;
    std::string path; ///< a saved file of the version shown
};

/// A save of an article: one content, with the files that hold it.
struct LibraryVersion {
    std::int64_t id = 0;
    std::string sha256;
    std::optional<std::string> savedAt; ///< when the saving tool recorded it, else the file's time
    std::vector<std::string> paths;
};

enum class ArticleOrder {
    Newest, ///< by publication date, newest first (undated last)
    Oldest, ///< oldest first (undated first)
    Title,
    Site,
    Quotes ///< most quotes first
};

/// Which articles: every field empty or unset means no restriction. Names and
/// values are matched with case and diacritics folded; a name matches any
/// form the person appears under.
struct LibraryFilter {
    std::string site;
    std::string tag;
    std::string author;
    std::string speaker; ///< articles with a quote of this person
    std::string from;    ///< publication day, "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive
    std::string to;
    std::optional<int> year;
};

/// A search, in the reader's words: words are all required, "…" is a phrase,
/// a trailing * a prefix ("desa*"), a leading - excludes a word. `asYouType`
/// also reads the last word as a prefix. No input is a syntax error.
struct SearchQuery {
    std::string text;
    bool quotesOnly = false; ///< search the quotes only (implied by filter.speaker)
    LibraryFilter filter;
    bool asYouType = false;
    std::size_t limit = 50;
    std::size_t offset = 0;
};

/// A byte range of a snippet to highlight.
struct Highlight {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct SearchHit {
    enum class Kind {
        Title,
        Paragraph,
        Quote
    };
    LibraryArticle article;
    Kind kind = Kind::Paragraph;
    int paragraph = -1;  ///< 0-based paragraph of the hit (where a quote starts); -1 for the title
    std::string snippet; ///< the words around the hit, "…" where cut
    std::vector<Highlight> highlights;
    std::optional<std::string> speaker; ///< for a quote
    double score = 0;                   ///< bm25: smaller is better
};

/// A page of hits. Ranking is bm25 over the newest 2,000 matches (by when
/// they were indexed) when more match: the total stays counted, up to 10,000.
struct SearchResult {
    std::vector<SearchHit> hits; ///< one per article (per quote for a quote search), best first
    std::size_t total = 0;       ///< matches (all pages of hits), counted up to 10,000
    bool totalIsAtLeast = false; ///< more than `total` match: counting stopped there
};

/// A value of a facet, with how many articles have it.
struct FacetValue {
    std::string value;
    std::int64_t count = 0;
};

struct Facets {
    std::vector<FacetValue> sites;
    std::vector<FacetValue> years;
    std::vector<FacetValue> speakers;
    std::vector<FacetValue> tags;
};

/// A person quoted or credited somewhere in the library.
struct LibraryPerson {
    std::int64_t id = 0;
    std::string name;               ///< the form seen most often
    std::vector<std::string> forms; ///< every form seen, the name included
    std::int64_t quoteCount = 0;
    std::int64_t articleCount = 0;
    std::optional<std::string> firstDay; ///< "YYYY-MM-DD" of the earliest dated quote's article
    std::optional<std::string> lastDay;
};

/// A quote of the library, with what its citation needs.
struct LibraryQuote {
    LibraryArticle article;
    std::string text;
    std::optional<std::string> speaker;
    std::optional<std::string> role;
    std::string verb;
    int paragraph = 0; ///< 0-based
    bool highConfidence = false;
};

class Library {
public:
    /// Opens (or, read-write, creates) the database at `path`. Errors, each with
    /// a sentence and the way out: LibraryDamaged (not a database or corrupt:
    /// rebuild), LibraryTooNew (made by a newer Warta, whose schema this one
    /// cannot vouch for even to read: use that Warta, or rebuild), LibraryReadOnly (cannot write there: open read-only),
    /// LibraryBusy (locked past the wait), ReadFailed.
    static Expected<Library> open(const std::string &path, LibraryAccess access = LibraryAccess::ReadWrite);

    /// Moves a damaged or too-new database aside (`NAME.damaged-YYYYMMDD-HHMMSS`,
    /// never deleted), creates an empty one and indexes the folders the old one
    /// listed when it can still be read, plus `folders`.
    static Expected<Library> rebuild(const std::string &path, const std::vector<std::string> &folders,
                                     const IndexOptions &options, IndexReport *report = nullptr);

    Library(Library &&) noexcept;
    Library &operator=(Library &&) noexcept;
    ~Library();

    const std::string &path() const;
    bool readOnly() const;

    /// Adds folders (recursive) and indexes what they hold.
    Expected<IndexReport> addFolders(const std::vector<std::string> &folders,
                                     const IndexOptions &options = {});
    /// Re-reads changed files of every folder, drops missing ones, recognises
    /// moved ones by their hash, indexes new ones.
    Expected<IndexReport> update(const IndexOptions &options = {});
    /// Stores an article extracted elsewhere as the content of the file
    /// `article.source` describes (path, size, SHA-256, save time): what the
    /// indexer does for each file, for callers that already hold the article
    /// (tests, the benchmark's generated library). Returns the article's id.
    Expected<std::int64_t> addExtracted(const Article &article);
    /// Forgets a folder and the files under it (the files stay on disk).
    Expected<std::size_t> removeFolder(const std::string &folder);
    Expected<LibraryStatus> status() const;

    Expected<SearchResult> search(const SearchQuery &query) const;
    /// Counts per facet of the articles a search (or, with empty text, the
    /// filter) finds; of the newest 5,000 when a search finds more.
    Expected<Facets> facets(const SearchQuery &query, std::size_t perFacet = 20) const;

    /// A page of the articles, for a list view that does not load every row.
    Expected<std::vector<LibraryArticle>> articles(const LibraryFilter &filter, ArticleOrder order,
                                                   std::size_t offset, std::size_t limit) const;
    Expected<std::int64_t> articleCount(const LibraryFilter &filter) const;
    Expected<LibraryArticle> article(std::int64_t id) const;
    Expected<std::vector<LibraryVersion>> versions(std::int64_t articleId) const;

    /// People quoted (speakers), most quoted first; `nameContains` folded.
    Expected<std::vector<LibraryPerson>> speakers(const std::string &nameContains = {},
                                                  std::size_t limit = 500) const;
    /// The quotes of a person (any form of the name), newest article first;
    /// the filter narrows further.
    Expected<std::vector<LibraryQuote>> quotesOf(const std::string &speaker, const LibraryFilter &filter = {},
                                                 std::size_t limit = 1000) const;

    /// The article's CSL-JSON item, as articleToCslJson made it when indexed
    /// (the file's save time as the access date), for citations and reference lists.
    Expected<std::string> cslJson(std::int64_t articleId) const;

    struct Impl;

private:
    explicit Library(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Whether `path` has a file name the library reads (.html, .htm, .xhtml,
/// .shtml, .mhtml, .mht); pages of "Web page, complete" asset folders
/// (`NAME_files/`) are not articles and are skipped.
bool isLibraryFileName(const std::string &path);

} // namespace warta
