#include "library_access.h"

#include "terminal_text.h"

#include <filesystem>
#include <ostream>

namespace warta {

std::string libraryPathOf(const Invocation &call, const std::string &given)
{
    if (!given.empty())
        return given;
    std::string path = defaultLibraryPath();
    if (path.empty())
        call.err << "warta-cli: there is no data folder for the library (neither XDG_DATA_HOME nor HOME "
                    "is set); give one with --library PATH.\n";
    return path;
}

namespace {

// What this program's user can do next, in its own commands; the core's
// sentence before it says what is wrong.
const char *wayOut(ErrorCode code)
{
    switch (code) {
    case ErrorCode::LibraryDamaged:
        return "Run 'warta-cli library rebuild' to make it again from its folders; the damaged file is kept "
               "aside, and quote corrections, kept in their own files, are not lost.";
    case ErrorCode::LibraryTooNew:
        return "Use it with that Warta, or run 'warta-cli library rebuild' to make a new one from its "
               "folders "
               "with this one (the old file is kept aside).";
    case ErrorCode::LibraryReadOnly:
        return "Search, speakers, quotes and library status still read it; to index, make the disk writable "
               "or give another place with --library PATH.";
    case ErrorCode::LibraryBusy:
        return "Another warta-cli library command or the viewer may be indexing it.";
    default:
        return "";
    }
}

// The sentence said when the core gives none.
const char *fallbackReason(ErrorCode code)
{
    switch (code) {
    case ErrorCode::LibraryDamaged:
        return "The library database is damaged.";
    case ErrorCode::LibraryTooNew:
        return "The library was made by a newer Warta.";
    case ErrorCode::LibraryReadOnly:
        return "The library cannot be written.";
    case ErrorCode::LibraryBusy:
        return "Another program keeps the library locked.";
    default:
        return "The library cannot be used.";
    }
}

} // namespace

int reportLibraryError(const Invocation &call, const std::string &path, const Error &error)
{
    if (error.code == ErrorCode::NotFound) {
        call.err << "warta-cli: there is no library at " << terminalSafe(path)
                 << " yet; add your folders with 'warta-cli library add DIR'.\n";
        return static_cast<int>(error.code);
    }
    std::string reason = error.message.empty() ? fallbackReason(error.code) : terminalSafe(error.message);
    if (reason.back() != '.')
        reason += '.';
    const std::string next = wayOut(error.code);
    call.err << "warta-cli: the library " << terminalSafe(path) << ": " << reason << (next.empty() ? "" : " ")
             << next << '\n';
    return static_cast<int>(error.code);
}

OpenedLibrary openLibrary(const Invocation &call, const std::string &path, LibraryAccess access)
{
    OpenedLibrary opened;
    std::error_code ignored;
    // Reading never creates a library: a mistyped --library is said as such.
    if (access == LibraryAccess::ReadOnly && !std::filesystem::exists(path, ignored)) {
        opened.exitCode = reportLibraryError(call, path, Error{ErrorCode::NotFound, {}});
        return opened;
    }
    auto library = Library::open(path, access);
    // A library of an older schema is brought up to date on its first use,
    // which needs writing: a reading command does it when it may.
    if (!library && access == LibraryAccess::ReadOnly && library.error().code == ErrorCode::LibraryReadOnly) {
        auto upgraded = Library::open(path, LibraryAccess::ReadWrite);
        if (upgraded)
            library = std::move(upgraded);
    }
    if (!library) {
        opened.exitCode = reportLibraryError(call, path, library.error());
        return opened;
    }
    opened.library.emplace(std::move(library.value()));
    return opened;
}

OpenedLibrary openForReading(const Invocation &call, std::string_view command,
                             const std::optional<std::string> &problem, std::string_view help,
                             const std::string &given)
{
    if (problem) {
        call.err << "warta-cli: " << command << ": " << *problem << "\n" << help;
        return {std::nullopt, static_cast<int>(ErrorCode::Usage)};
    }
    const std::string path = libraryPathOf(call, given);
    if (path.empty())
        return {std::nullopt, static_cast<int>(ErrorCode::Usage)};
    return openLibrary(call, path, LibraryAccess::ReadOnly);
}

} // namespace warta
