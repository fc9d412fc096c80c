#include "commands.h"

#include "warta/common/error.h"
#include "warta/sites/sites.h"

#include <ostream>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli sites [--check FILE]\n"
        "\n"
        "Lists the sites Warta has rules for, one per line: the rules file's name, a tab, the site,\n"
        "a tab, its hosts, a tab, where the rules come from. Rules files that could not be loaded\n"
        "are named on stderr, each with the line and field at fault.\n"
        "  --check FILE   checks a rules file as Warta would load it; prints its problems on stderr\n"
        "                 and exits 1 when it has any\n"
        "Built-in rules come with Warta; your own go in $XDG_DATA_HOME/warta/sites/\n"
        "(~/.local/share/warta/sites/). The format: docs/adding-a-site.md.\n";

int check(const Invocation &call, const std::string &path)
{
    const auto problems = checkSiteRulesFile(path);
    for (const auto &problem : problems)
        call.err << "warta-cli: " << problem << "\n";
    if (!problems.empty())
        return 1;
    call.out << path << ": the rules file is good.\n";
    return 0;
}

} // namespace

int runSites(const Invocation &call)
{
    for (std::size_t i = 0; i < call.args.size(); ++i) {
        const std::string &arg = call.args[i];
        if (arg == "--help" || arg == "-h") {
            call.out << kHelp;
            return 0;
        }
        if (arg == "--check" && i + 1 < call.args.size() && call.args.size() == 2)
            return check(call, call.args[i + 1]);
        call.err << "warta-cli: sites: unexpected argument " << arg << "\n" << kHelp;
        return static_cast<int>(ErrorCode::Usage);
    }
    for (const auto &site : installedSites()) {
        std::string hosts;
        for (const auto &host : site.hosts)
            hosts.append(hosts.empty() ? "" : " ").append(host);
        call.out << site.id << "\t" << site.name << "\t" << (hosts.empty() ? "-" : hosts) << "\t" << site.file
                 << "\n";
    }
    return siteRulesProblems().empty() ? 0 : 1;
}

} // namespace warta
