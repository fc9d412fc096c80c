// warta-cli's library commands end to end: a temporary library over copies
// of the fixture pages, the real binary, and the core reading beside it.
#include "cli_run.h"

#include "warta/library/library.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <pty.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace fs = std::filesystem;

namespace {

// A folder of its own for one test, removed at the end.
struct Scratch {
    fs::path root;
    explicit Scratch(const std::string &tag)
        : root(fs::temp_directory_path() / ("warta-library-cli-" + tag + "-" + std::to_string(::getpid())))
    {
        fs::remove_all(root);
        fs::create_directories(root);
    }
    ~Scratch() { fs::remove_all(root); }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;
    std::string library() const { return (root / "library.sqlite").string(); }
};

const char *const kArticles[] = {
        "sindonews/reconstructed/g2-legacy-pemprov-sumsel-internet-masuk-desa.html",
        "sindonews/reconstructed/g4-menag-bp-haji-bpkh-datangi-kpk.html",
        "sindonews/reconstructed/g2-layanan-eyab-haji-jeddah.html",
        "sindonews/reconstructed/g1a-lenovo-resmi-produksi-smartphone-chrome-complete.html",
        "sindonews/quotes/g3-kalla-masih-diam.html",
        "sindonews/quotes/g3-kapolri-tidak-ada-toleransi.html",
        "sindonews/quotes/g4-bin-balon-darah-kjri.html",
        "sindonews/quotes/g4-anak-afghanistan-terima-kasih-merkel-mhtml.mhtml",
};

// Copies of the fixture articles (the library never writes them, but a test
// changes, moves and removes its own copies).
void copyArticles(const fs::path &folder)
{
    fs::create_directories(folder);
    for (const char *article : kArticles)
        fs::copy_file(fixture(article), folder / fs::path(article).filename());
}

// `count` different saved pages (each copy gets its own comment, so its own
// hash), for runs long enough to be stopped or watched half-way.
void writeManyPages(const fs::path &folder, std::size_t count)
{
    fs::create_directories(folder);
    std::vector<std::string> pages;
    for (const char *article : kArticles)
        if (fs::path(article).extension() == ".html")
            pages.push_back(slurp(fixture(article)));
    for (std::size_t i = 0; i < count; ++i)
        std::ofstream(folder / ("page-" + std::to_string(i) + ".html"), std::ios::binary)
                << pages[i % pages.size()] << "\n<!-- copy " << i << " -->\n";
}

nlohmann::json statusOf(const std::string &library)
{
    const Run run = cli({"library", "status", "--json", "--library", library});
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

// warta-cli started beside the test, its output thrown away.
pid_t spawnCli(const std::vector<std::string> &args)
{
    std::vector<std::string> all{WARTA_CLI};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &arg : all)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, WARTA_CLI, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    return pid;
}

// The exit code of the child, or -(signal) when a signal ended it; -1000 while it runs.
int childExit(pid_t pid, bool wait)
{
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, wait ? 0 : WNOHANG);
    if (done == 0)
        return -1000;
    REQUIRE(done == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

} // namespace

TEST_CASE("library add indexes folders; status, search, speakers and quotes read them", "[cli][library]")
{
    const Scratch scratch("add");
    const fs::path first = scratch.root / "pages" / "first", second = scratch.root / "pages" / "second";
    copyArticles(first);
    fs::create_directories(second);
    fs::rename(first / "g3-kalla-masih-diam.html", second / "g3-kalla-masih-diam.html");
    // What is not an article is listed with its reason, and the rest goes on.
    fs::copy_file(fixture("sindonews/real/non-article/sindonews-www-homepage-2024-09-saved-by-browser.html"),
                  second / "homepage.html");
    std::ofstream(second / "picture.html", std::ios::binary) << "\x89PNG\r\n\x1a\n" << std::string(64, '\0');

    const Run add = cli({"library", "add", first.string(), second.string(), "--library", scratch.library()});
    CHECK(add.exitCode == 1);
    CHECK(add.err.find("warta-cli: " + (second / "homepage.html").string() + ": ") != std::string::npos);
    CHECK(add.err.find("warta-cli: " + (second / "picture.html").string() + ": ") != std::string::npos);
    CHECK(add.out.find("10 saved pages in the folders: 8 new") != std::string::npos);
    CHECK(add.out.find("; 2 without an article.") != std::string::npos);

    const auto status = statusOf(scratch.library());
    CHECK(status["files"] == 10);
    CHECK(status["folders"].size() == 2);
    CHECK(status["problems"].size() == 2);
    CHECK(status["articles"].get<int>() == 8);
    CHECK(status["quotes"].get<int>() > 10);
    const Run statusText = cli({"library", "status", "--library", scratch.library()});
    CHECK(statusText.out.find("without an article:\n") != std::string::npos);

    const Run search = cli({"search", "internet", "desa", "--json", "--library", scratch.library()});
    REQUIRE(search.exitCode == 0);
    const auto found = nlohmann::json::parse(search.out);
    REQUIRE(found["hits"].size() >= 1);
    const auto &hit = found["hits"][0];
    CHECK(hit["article"]["title"] == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
    REQUIRE(!hit["highlights"].empty());
    const std::string snippet = hit["snippet"];
    for (const auto &range : hit["highlights"]) {
        REQUIRE(range[1].get<std::size_t>() <= snippet.size());
        REQUIRE(range[0].get<std::size_t>() < range[1].get<std::size_t>());
    }

    // Not a terminal: plain text, the paragraph of each hit, no escapes.
    const Run text = cli({"search", "internet", "desa", "--library", scratch.library()});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("1. Pemprov Sumsel Segera Wujudkan Internet Masuk Desa\n") != std::string::npos);
    CHECK(text.out.find("\u00B6 ") != std::string::npos);
    CHECK(text.out.find('\x1b') == std::string::npos);

    const Run speakers = cli({"speakers", "--json", "--library", scratch.library()});
    REQUIRE(speakers.exitCode == 0);
    const auto people = nlohmann::json::parse(speakers.out);
    REQUIRE(!people.empty());
    const std::string name = people[0]["name"];
    CHECK(people[0]["quotes"].get<int>() >= 1);

    const Run quotes = cli({"quotes", "--speaker", name, "--json", "--library", scratch.library()});
    REQUIRE(quotes.exitCode == 0);
    const auto listed = nlohmann::json::parse(quotes.out);
    CHECK(listed.size() == people[0]["quotes"].get<std::size_t>());
    for (const auto &quote : listed) {
        CHECK(!quote["article"]["title"].get<std::string>().empty());
        CHECK(quote["paragraph"].get<int>() >= 0);
        // APA's in-text citation, pinned to the quote's paragraph (1-based).
        CHECK(quote["citation"].get<std::string>().find(
                      "para. " + std::to_string(quote["paragraph"].get<int>() + 1)) != std::string::npos);
    }
    const Run quoteText = cli({"quotes", "--speaker", name, "--library", scratch.library()});
    CHECK(quoteText.exitCode == 0);
    CHECK(quoteText.out.find(" quote") != std::string::npos);

    CHECK(cli({"search", "--from", "yesterday", "x", "--library", scratch.library()}).exitCode == 2);
    CHECK(cli({"library", "frobnicate", "--library", scratch.library()}).exitCode == 2);
}

TEST_CASE("library update follows changed, moved, removed and new files", "[cli][library]")
{
    const Scratch scratch("update");
    const fs::path pages = scratch.root / "pages";
    copyArticles(pages);
    REQUIRE(cli({"library", "add", pages.string(), "--library", scratch.library()}).exitCode == 0);

    std::ofstream(pages / "g4-bin-balon-darah-kjri.html", std::ios::app) << "\n<!-- saved again -->\n";
    fs::create_directories(pages / "moved");
    fs::rename(pages / "g3-kalla-masih-diam.html", pages / "moved" / "g3-kalla-masih-diam.html");
    fs::remove(pages / "g4-menag-bp-haji-bpkh-datangi-kpk.html");
    fs::copy_file(fixture("sindonews/reconstructed/g3-sedekah-dikehendaki-allah-p1.html"),
                  pages / "new.html");

    const Run update = cli({"library", "update", "--library", scratch.library()});
    CHECK(update.exitCode == 0);
    CHECK(update.out.find("1 new, 1 changed, 1 moved, 1 removed, 5 unchanged") != std::string::npos);
    const auto status = statusOf(scratch.library());
    CHECK(status["files"] == 8);
    const Run gone = cli({"search", "\"BPKH Datangi KPK\"", "--json", "--library", scratch.library()});
    CHECK(nlohmann::json::parse(gone.out)["total"] == 0);

    const Run removed = cli({"library", "remove", pages.string(), "--library", scratch.library()});
    CHECK(removed.exitCode == 0);
    CHECK(statusOf(scratch.library())["files"] == 0);
    CHECK(fs::exists(pages / "new.html"));
}

TEST_CASE("A damaged library gives a sentence with the way out, and rebuild takes it", "[cli][library]")
{
    const Scratch scratch("damaged");
    const fs::path pages = scratch.root / "pages";
    copyArticles(pages);
    std::ofstream(scratch.library(), std::ios::binary) << std::string(4096, 'x');

    for (const auto &args : std::vector<std::vector<std::string>>{{"library", "status"},
                                                                  {"search", "desa"},
                                                                  {"speakers"},
                                                                  {"library", "add", pages.string()}}) {
        std::vector<std::string> withLibrary = args;
        withLibrary.insert(withLibrary.end(), {"--library", scratch.library()});
        const Run run = cli(withLibrary);
        CHECK(run.exitCode == 17);
        CHECK(run.err.starts_with("warta-cli: the library " + scratch.library() + ": "));
        CHECK(run.err.find("damaged") != std::string::npos);
        CHECK(run.err.find("'warta-cli library rebuild'") != std::string::npos);
    }

    const Run rebuild = cli({"library", "rebuild", pages.string(), "--library", scratch.library()});
    CHECK(rebuild.exitCode == 0);
    CHECK(rebuild.err.find("the old database is kept as ") != std::string::npos);
    bool keptAside = false;
    for (const auto &entry : fs::directory_iterator(scratch.root))
        keptAside |= entry.path().filename().string().starts_with("library.sqlite.damaged-");
    CHECK(keptAside);
    CHECK(statusOf(scratch.library())["files"] == 8);
}

TEST_CASE("Reading a library that is not there says how to make one", "[cli][library]")
{
    const Scratch scratch("missing");
    const Run run = cli({"search", "desa", "--library", scratch.library()});
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("'warta-cli library add DIR'") != std::string::npos);
    CHECK(!fs::exists(scratch.library()));
}

TEST_CASE("The default library is the user's data folder's", "[cli][library]")
{
    const Scratch scratch("xdg");
    const fs::path pages = scratch.root / "pages";
    copyArticles(pages);
    const std::string environment = "XDG_DATA_HOME=" + quoted((scratch.root / "data").string()) + " ";
    CHECK(cli({"library", "add", pages.string()}, environment).exitCode == 0);
    CHECK(fs::exists(scratch.root / "data" / "warta" / "library.sqlite"));
}

TEST_CASE("Searching while warta-cli indexes the same library works", "[cli][library][concurrency]")
{
    const Scratch scratch("concurrent");
    const fs::path first = scratch.root / "first", many = scratch.root / "many";
    copyArticles(first);
    writeManyPages(many, 400);
    REQUIRE(cli({"library", "add", first.string(), "--library", scratch.library()}).exitCode == 0);

    // The viewer's side: the core, searching in a loop while the writer commits.
    const pid_t writer = spawnCli({"library", "add", many.string(), "--library", scratch.library()});
    std::size_t searches = 0;
    int exitCode = -1000;
    while ((exitCode = childExit(writer, false)) == -1000) {
        auto library = warta::Library::open(scratch.library(), warta::LibraryAccess::ReadOnly);
        REQUIRE(library);
        warta::SearchQuery query;
        query.text = "desa";
        const auto result = library->search(query);
        INFO((result ? std::string() : result.error().message));
        REQUIRE(result);
        CHECK(result->total >= 1);
        ++searches;
    }
    CHECK(exitCode == 0);
    CHECK(searches > 1);
    CHECK(statusOf(scratch.library())["files"] == 408);
}

TEST_CASE("A run stopped by SIGINT or killed keeps what it committed; update goes on",
          "[cli][library][signal]")
{
    // SIGINT: the run stops after the files in hand; SIGKILL: it ends at once, mid-batch.
    const int signal = GENERATE(SIGINT, SIGKILL);
    const Scratch scratch("signal-" + std::to_string(signal));
    const fs::path many = scratch.root / "many";
    constexpr std::size_t kPages = 2000;
    writeManyPages(many, kPages);
    const pid_t writer = spawnCli({"library", "add", many.string(), "--library", scratch.library()});

    // Stop it once a first batch is committed.
    std::int64_t committed = 0;
    int exitCode = -1000;
    while ((exitCode = childExit(writer, false)) == -1000) {
        if (fs::exists(scratch.library())) {
            auto library = warta::Library::open(scratch.library(), warta::LibraryAccess::ReadOnly);
            if (library) {
                const auto status = library->status();
                committed = status ? status->files : 0;
                if (committed > 0) {
                    ::kill(writer, signal);
                    exitCode = childExit(writer, true);
                    break;
                }
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (exitCode == 0)
        WARN("the run finished before it could be stopped; the folder is too small for this machine");
    else
        CHECK(exitCode == (signal == SIGINT ? 128 + SIGINT : -SIGKILL));
    const std::int64_t kept = statusOf(scratch.library())["files"];
    CHECK(kept >= committed);
    if (exitCode != 0)
        CHECK(kept < static_cast<std::int64_t>(kPages));

    const Run update = cli({"library", "update", "--library", scratch.library()});
    CHECK(update.exitCode == 0);
    CHECK(statusOf(scratch.library())["files"] == kPages);
}

TEST_CASE("A library of a newer Warta is said so with the way out, and rebuild replaces it", "[cli][library]")
{
    const Scratch scratch("newer");
    const fs::path pages = scratch.root / "pages";
    copyArticles(pages);
    REQUIRE(cli({"library", "add", pages.string(), "--library", scratch.library()}).exitCode == 0);
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(scratch.library().c_str(), &db) == SQLITE_OK);
        const std::string pragma = "PRAGMA user_version=" + std::to_string(warta::librarySchemaVersion() + 1);
        CHECK(sqlite3_exec(db, pragma.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const Run add = cli({"library", "update", "--library", scratch.library()});
    CHECK(add.exitCode == 20);
    CHECK(add.err.find("newer Warta") != std::string::npos);
    CHECK(add.err.find("'warta-cli library rebuild'") != std::string::npos);
    // This Warta cannot know what a newer schema means, so it does not read it either.
    const Run search = cli({"search", "internet", "desa", "--library", scratch.library()});
    CHECK(search.exitCode == 20);
    CHECK(search.err.find("'warta-cli library rebuild'") != std::string::npos);

    const Run rebuild = cli({"library", "rebuild", "--library", scratch.library()});
    CHECK(rebuild.exitCode == 0);
    CHECK(statusOf(scratch.library())["files"] == 8);
    CHECK(cli({"library", "update", "--library", scratch.library()}).exitCode == 0);
}

TEST_CASE("An article cannot send escapes to the terminal through warta-cli", "[cli][library][terminal]")
{
    const Scratch scratch("escapes");
    const fs::path pages = scratch.root / "pages";
    fs::create_directories(pages);
    // A page written for this test: control characters in its title, body and a quote. (The HTML
    // parser already turns them into U+FFFD; what warta-cli prints must be safe whatever the layers
    // below let through, and terminal_text_test.cpp tests its own escaping.)
    std::string paragraph =
            "Warga desa Sukamaju menerima jaringan internet baru pada pekan ini, dan kepala desa "
            "menyebut jaringan itu membuka peluang usaha bagi warga yang selama ini kesulitan.";
    std::ofstream(pages / "escapes.html", std::ios::binary)
            << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Judul \x1b[2J\x1b]0;owned\x07 "
               "berita</title></head><body><article><h1>Judul \x1b[2J\x1b]0;owned\x07 berita</h1>"
            << "<p>" << paragraph
            << " \x1b[31mMerah\x1b[0m \xc2\x9b"
               "31m.</p>"
            << "<p>\"Internet \x1b[5mini\x1b[0m sangat membantu kami,\" kata Budi Santoso, kepala desa.</p>"
            << "<p>" << paragraph << "</p><p>" << paragraph << "</p></article></body></html>";
    cli({"library", "add", pages.string(), "--library", scratch.library()});
    for (const auto &args : std::vector<std::vector<std::string>>{{"search", "internet"},
                                                                  {"speakers"},
                                                                  {"quotes", "--speaker", "Budi Santoso"},
                                                                  {"library", "status"}}) {
        std::vector<std::string> withLibrary = args;
        withLibrary.insert(withLibrary.end(), {"--library", scratch.library()});
        const Run run = cli(withLibrary);
        INFO(args.front() << ": " << run.out << run.err);
        CHECK(run.out.find('\x1b') == std::string::npos);
        CHECK(run.out.find('\x07') == std::string::npos);
        CHECK(run.out.find("\xc2\x9b") == std::string::npos);
        CHECK(run.err.find('\x1b') == std::string::npos);
    }
}

TEST_CASE("On a terminal indexing shows a progress bar; piped it does not", "[cli][library][progress]")
{
    const Scratch scratch("progress");
    const fs::path many = scratch.root / "many";
    writeManyPages(many, 120);
    int terminal = -1, child = -1;
    REQUIRE(::openpty(&terminal, &child, nullptr, nullptr, nullptr) == 0);
    const pid_t writer = ::fork();
    REQUIRE(writer >= 0);
    if (writer == 0) {
        ::dup2(child, STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDOUT_FILENO);
        ::close(terminal);
        ::execl(WARTA_CLI, WARTA_CLI, "library", "add", many.c_str(), "--library", scratch.library().c_str(),
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(child);
    std::string shown;
    char buffer[4096];
    for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, static_cast<std::size_t>(got));
    ::close(terminal);
    CHECK(childExit(writer, true) == 0);
    CHECK(shown.find("/120 files") != std::string::npos);
    CHECK(shown.find(" files/s") != std::string::npos);
    CHECK(shown.find("\r\x1b[K") != std::string::npos);

    const Run piped = cli({"library", "update", "--library", scratch.library()});
    CHECK(piped.exitCode == 0);
    CHECK(piped.err.empty());
}
