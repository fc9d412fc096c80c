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

int reportLibraryError(const Invocation &call, const std::string &path, const Error &error)
{
    const std::string library = "the library " + terminalSafe(path);
    // The core's sentence says what is wrong; the way out is said in this program's commands.
    std::string why = terminalSafe(error.message);
    if (!why.empty() && why.back() != '.')
        why += '.';
    if (!why.empty())
        why = " " + why;
    call.err << "warta-cli: ";
    switch (error.code) {
    case ErrorCode::LibraryDamaged:
        call.err << library << " is damaged." << why
                 << " Run 'warta-cli library rebuild' to make it again from its folders; the damaged file "
                    "is kept aside, and your quote corrections are not in it.\n";
        break;
    case ErrorCode::LibraryTooNew:
        call.err << library << " was made by a newer Warta." << why
                 << " This one can still read it (search, speakers, quotes, library status); change it "
                    "with the newer Warta, or run 'warta-cli library rebuild' to make a new one from its "
                    "folders (the old file is kept aside).\n";
        break;
    case ErrorCode::LibraryReadOnly:
        call.err << library << " cannot be written." << why
                 << " Search, speakers, quotes and library status still read it; to index, make the "
                    "disk writable or give a library elsewhere with --library PATH.\n";
        break;
    case ErrorCode::LibraryBusy:
        call.err << library << " is locked by another program." << why
                 << " Try again when it has finished; reading (search, speakers, quotes) works meanwhile.\n";
        break;
    case ErrorCode::NotFound:
        call.err << "there is no library at " << terminalSafe(path)
                 << " yet; add your folders with 'warta-cli library add DIR'.\n";
        break;
    default:
        call.err << library << ": " << terminalSafe(error.message) << '\n';
        break;
    }
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
    if (!library) {
        opened.exitCode = reportLibraryError(call, path, library.error());
        return opened;
    }
    opened.library.emplace(std::move(library.value()));
    return opened;
}

} // namespace warta
