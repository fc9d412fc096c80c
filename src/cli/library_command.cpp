#include "commands.h"
#include "index_run.h"
#include "library_access.h"
#include "library_json.h"
#include "option_parser.h"
#include "terminal_text.h"

#include "warta/library/library.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace warta {
namespace {

namespace fs = std::filesystem;

constexpr const char *kHelp =
        "usage: warta-cli library add DIR... [--library PATH] [--jobs N]\n"
        "       warta-cli library update [--library PATH] [--jobs N]\n"
        "       warta-cli library status [--json] [--library PATH]\n"
        "       warta-cli library remove DIR [--library PATH]\n"
        "       warta-cli library rebuild [DIR...] [--library PATH] [--jobs N]\n"
        "\n"
        "Indexes the saved pages of folders (recursive, every supported format) for search,\n"
        "speakers and quotes across them. The saved files are never changed.\n"
        "  add DIR...     add folders and read what they hold\n"
        "  update         read changed and new files again, drop missing ones, follow moved ones\n"
        "  status         the folders, counts, size and the files that gave no article\n"
        "  remove DIR     forget a folder (its files stay on disk)\n"
        "  rebuild        make the library again from its folders (and DIR...): the way out of\n"
        "                 a damaged database or one of a newer Warta; the old file is kept aside\n"
        "  --library PATH the database (default: $XDG_DATA_HOME/warta/library.sqlite)\n"
        "  --jobs N       extraction threads (default: one per core)\n"
        "  --json         status as a JSON object\n"
        "On a terminal a progress bar shows on stderr. Ctrl+C stops after the files in hand and\n"
        "keeps what was read; 'library update' goes on. A file that gives no article is listed\n"
        "as 'warta-cli: FILE: reason' and the rest goes on; the exit code is then 1.\n";

struct LibraryArgs {
    std::string library;
    std::string jobs;
    bool json = false;
    std::vector<std::string> positional;
};

// A folder as the library keeps it: absolute, links resolved, no trailing
// slash, so that `remove` finds what `add` was given in another spelling.
std::string folderPath(const std::string &given)
{
    std::error_code error;
    fs::path path = fs::weakly_canonical(fs::absolute(given), error);
    if (error)
        path = fs::absolute(given).lexically_normal();
    if (path.has_relative_path() && path.filename().empty())
        path = path.parent_path();
    return path.string();
}

int usage(const Invocation &call, const std::string &problem)
{
    call.err << "warta-cli: library: " << problem << "\n" << kHelp;
    return static_cast<int>(ErrorCode::Usage);
}

// The folders named on the command line, absolute; a sentence and false for one that is not a folder.
bool takeFolders(const Invocation &call, const std::vector<std::string> &given,
                 std::vector<std::string> &folders, int &exitCode)
{
    for (const auto &folder : given) {
        std::error_code error;
        const auto status = fs::status(folder, error);
        if (!fs::exists(status)) {
            call.err << "warta-cli: library: " << terminalSafe(folder) << ": there is no such folder.\n";
            exitCode = static_cast<int>(ErrorCode::NotFound);
            return false;
        }
        if (!fs::is_directory(status)) {
            call.err << "warta-cli: library: " << terminalSafe(folder)
                     << ": it is a file, not a folder; the library indexes folders.\n";
            exitCode = static_cast<int>(ErrorCode::NotAFile);
            return false;
        }
        folders.push_back(folderPath(folder));
    }
    return true;
}

// The run's outcome: its problems, its figures, how it ended.
int finishIndexing(const Invocation &call, IndexRun &run, const std::string &path,
                   const Expected<IndexReport> &report)
{
    run.finish();
    if (!report)
        return reportLibraryError(call, path, report.error());
    for (const auto &problem : report->problems)
        call.err << "warta-cli: " << terminalSafe(problem.path) << ": " << terminalSafe(problem.reason)
                 << '\n';
    call.out << report->seen << " saved pages in the folders: " << report->added << " new, "
             << report->changed << " changed, " << report->moved << " moved, " << report->removed
             << " removed, " << report->unchanged << " unchanged; " << report->failed
             << " without an article.\n";
    if (report->cancelled) {
        const int signal = run.stoppedBy();
        call.err << "warta-cli: library: stopped"
                 << (signal == SIGINT    ? " by Ctrl+C"
                     : signal == SIGTERM ? " by SIGTERM"
                                         : "")
                 << "; everything read so far is kept. Run 'warta-cli library update' to go on.\n";
        return stoppedExitCode(signal ? signal : SIGINT);
    }
    return report->failed > 0 ? 1 : 0;
}

std::string sizeText(std::int64_t bytes)
{
    char buffer[32];
    if (bytes >= 1024 * 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    else if (bytes >= 1024)
        std::snprintf(buffer, sizeof buffer, "%.1f kB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(buffer, sizeof buffer, "%lld bytes", static_cast<long long>(bytes));
    return buffer;
}

void printStatus(const Invocation &call, const LibraryStatus &status)
{
    std::ostream &out = call.out;
    // status.readOnly says how this command opened it (always read-only), so it is not shown.
    out << "library   " << terminalSafe(status.path) << " (schema " << status.schemaVersion << ")\n";
    if (status.folders.empty())
        out << "folders   none yet: 'warta-cli library add DIR'\n";
    for (std::size_t i = 0; i < status.folders.size(); ++i)
        out << (i == 0 ? "folders   " : "          ") << terminalSafe(status.folders[i]) << '\n';
    out << "files     " << status.files << " (" << status.problems.size() << " without an article)\n"
        << "articles  " << status.articles << " (" << status.versions << " saved versions)\n"
        << "quotes    " << status.quotes << " by " << status.speakers << " speakers\n"
        << "size      " << sizeText(status.databaseBytes) << " (" << sizeText(status.textBytes)
        << " of text)\n"
        << "indexed   " << status.lastIndexed.value_or("never") << '\n';
    if (!status.problems.empty())
        out << "\nwithout an article:\n";
    for (const auto &problem : status.problems)
        out << "  " << terminalSafe(problem.path) << ": " << terminalSafe(problem.reason) << '\n';
}

// The file rebuild moved aside: the newest NAME.damaged-* beside the library.
std::string keptAside(const std::string &path)
{
    const fs::path library = fs::absolute(path);
    const std::string prefix = library.filename().string() + ".damaged-";
    std::string newest;
    std::error_code error;
    for (const auto &entry : fs::directory_iterator(library.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && (newest.empty() || name > fs::path(newest).filename().string()))
            newest = entry.path().string();
    }
    return newest;
}

int runSubcommand(const Invocation &call, const std::string &command, const LibraryArgs &args, unsigned jobs)
{
    const std::string path = libraryPathOf(call, args.library);
    if (path.empty())
        return static_cast<int>(ErrorCode::Usage);
    std::vector<std::string> folders;
    int exitCode = 0;
    // A folder to forget may be gone from the disk already.
    if (command == "remove")
        folders.push_back(folderPath(args.positional.front()));
    else if (!takeFolders(call, args.positional, folders, exitCode))
        return exitCode;

    if (command == "status") {
        auto opened = openLibrary(call, path, LibraryAccess::ReadOnly);
        if (!opened.library)
            return opened.exitCode;
        const auto status = opened.library->status();
        if (!status)
            return reportLibraryError(call, path, status.error());
        if (args.json)
            call.out << jsonText(libraryStatusJson(*status)) << '\n';
        else
            printStatus(call, *status);
        return 0;
    }
    if (command == "rebuild") {
        std::error_code error;
        const bool existed = fs::exists(path, error);
        IndexRun run(call.err, jobs);
        IndexReport report;
        auto rebuilt = Library::rebuild(path, folders, run.options(), &report);
        if (!rebuilt)
            return finishIndexing(call, run, path, Unexpected{rebuilt.error()});
        const std::string aside = existed ? keptAside(path) : std::string();
        if (!aside.empty())
            call.err << "warta-cli: library: the old database is kept as " << terminalSafe(aside) << ".\n";
        return finishIndexing(call, run, path, report);
    }
    auto opened = openLibrary(call, path, LibraryAccess::ReadWrite);
    if (!opened.library)
        return opened.exitCode;
    Library &library = *opened.library;
    if (command == "remove") {
        const auto removed = library.removeFolder(folders.front());
        if (!removed)
            return reportLibraryError(call, path, removed.error());
        call.out << "Forgot " << terminalSafe(folders.front()) << " and its " << *removed
                 << " files (they stay on disk).\n";
        return 0;
    }
    IndexRun run(call.err, jobs);
    return finishIndexing(call, run, path,
                          command == "add" ? library.addFolders(folders, run.options())
                                           : library.update(run.options()));
}

} // namespace

int runLibrary(const Invocation &call)
{
    if (call.args.empty() || wantsHelp(call.args)) {
        (call.args.empty() ? call.err : call.out) << kHelp;
        return call.args.empty() ? static_cast<int>(ErrorCode::Usage) : 0;
    }
    const std::string command = call.args.front();
    LibraryArgs args;
    OptionParser options;
    options.value("--library", args.library).value("--jobs", args.jobs);
    if (command == "status")
        options.flag("--json", args.json);
    if (const auto problem = options.parse({call.args.begin() + 1, call.args.end()}, args.positional))
        return usage(call, *problem);
    unsigned jobs = 0;
    if (!args.jobs.empty()) {
        const auto count = positiveCount(args.jobs, 1024);
        if (!count)
            return usage(call, "--jobs needs a number of threads from 1 to 1024");
        jobs = static_cast<unsigned>(*count);
    }
    if (command == "add" && args.positional.empty())
        return usage(call, "add needs at least one folder");
    if (command == "remove" && args.positional.size() != 1)
        return usage(call, "remove takes one folder");
    if ((command == "update" || command == "status") && !args.positional.empty())
        return usage(call, command + " takes no folder (it works on the library's own)");
    if (command != "add" && command != "update" && command != "status" && command != "remove" &&
        command != "rebuild")
        return usage(call, "unknown command '" + command + "'");
    return runSubcommand(call, command, args, jobs);
}

} // namespace warta
