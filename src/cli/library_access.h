#pragma once

#include "commands.h"

#include "warta/common/error.h"
#include "warta/library/library.h"

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// The library a command works on: `--library PATH`, or the user's own
/// (defaultLibraryPath: `$XDG_DATA_HOME/warta/library.sqlite`).
/// Empty, with a sentence on stderr, when neither is known.
std::string libraryPathOf(const Invocation &call, const std::string &given);

/// Opens the library, or says why not (with the way out) and gives the exit
/// code. Commands that only read open it ReadOnly: they work on a read-only
/// disk and beside a writer.
struct OpenedLibrary {
    std::optional<Library> library;
    int exitCode = 0;
};
OpenedLibrary openLibrary(const Invocation &call, const std::string &path, LibraryAccess access);

/// What a reading command (search, speakers) does once its options are read:
/// a usage problem is said with the command's help (exit Usage); otherwise the
/// library (`--library` or the user's) is opened read-only.
OpenedLibrary openForReading(const Invocation &call, std::string_view command,
                             const std::optional<std::string> &problem, std::string_view help,
                             const std::string &given);

/// Says a library failure in a sentence with the way out
/// ("… is damaged; run 'warta-cli library rebuild' …") and returns its exit code.
int reportLibraryError(const Invocation &call, const std::string &path, const Error &error);

} // namespace warta
