#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace warta {

/// Everything a subcommand needs: its arguments (after the command name) and
/// where to write. Returns the process exit code.
struct Invocation {
    std::vector<std::string> args;
    std::ostream &out;
    std::ostream &err;
};

int runExtract(const Invocation &call);
int runQuotes(const Invocation &call);
int runCite(const Invocation &call);
int runStyles(const Invocation &call);
int runSites(const Invocation &call);
int runLibrary(const Invocation &call);
int runSearch(const Invocation &call);
int runSpeakers(const Invocation &call);
/// `quotes --speaker NAME`: one person's quotes across the library.
int runLibraryQuotes(const Invocation &call);

} // namespace warta
