#include "commands.h"

#include "warta/common/error.h"
#include "warta/sites/sites.h"

#include <cstring>
#include <exception>
#include <iostream>
#include <new>
#include <string_view>

namespace {

struct CommandEntry {
    std::string_view name;
    std::string_view summary;
    int (*run)(const warta::Invocation &);
};

constexpr CommandEntry kCommands[] = {
        {"extract", "extract the article of saved pages (--json, --markdown, --text)", warta::runExtract},
        {"quotes", "who said what in saved pages, or one person's quotes across the library (--speaker)",
         warta::runQuotes},
        {"cite", "a citation of a saved page or of CSL-JSON items in any CSL style", warta::runCite},
        {"styles", "list the installed CSL styles (--search TEXT)", warta::runStyles},
        {"sites", "list the sites Warta has rules for, or check a rules file (--check FILE)",
         warta::runSites},
        {"library", "index folders of saved pages: add DIR..., update, status, remove DIR, rebuild",
         warta::runLibrary},
        {"search", "search the library (ranked, with the paragraph of each hit)", warta::runSearch},
        {"speakers", "the people quoted in the library, with their quote counts", warta::runSpeakers},
};

void printUsage(std::ostream &out)
{
    out << "usage: warta-cli COMMAND [OPTIONS] [FILE...]\n\ncommands:\n";
    for (const auto &command : kCommands)
        out << "  " << command.name << std::string(10 - command.name.size(), ' ') << command.summary << '\n';
    out << "\n'warta-cli COMMAND --help' describes one command.\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage(std::cout);
        return 0;
    }
    for (const auto &command : kCommands) {
        if (command.name == name) {
            warta::Invocation call{{argv + 2, argv + argc}, std::cout, std::cerr};
            // A rules file that could not be loaded is said once, whatever the command.
            for (const auto &problem : warta::siteRulesProblems())
                std::cerr << "warta-cli: " << problem << "\n";
            // The core reports failures as values; an exception reaching here
            // is a bug or memory running out, and still gets a sentence.
            try {
                return command.run(call);
            } catch (const std::bad_alloc &) {
                std::cerr << "warta-cli: out of memory\n";
            } catch (const std::exception &error) {
                std::cerr << "warta-cli: internal error (" << error.what()
                          << "); please report it with the file\n";
            }
            return static_cast<int>(warta::ErrorCode::Internal);
        }
    }
    std::cerr << "warta-cli: unknown command '" << name << "'\n";
    printUsage(std::cerr);
    return 2;
}
