#include "commands.h"
#include "library_access.h"
#include "library_json.h"
#include "option_parser.h"
#include "terminal_text.h"

#include "warta/library/library.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli speakers [--search TEXT] [--limit N] [--json] [--library PATH]\n"
        "\n"
        "The people quoted in the library, most quoted first: quotes, articles, name, and the\n"
        "days of their first and last quoted article. 'warta-cli quotes --speaker NAME' lists\n"
        "one person's quotes.\n"
        "  --search TEXT     names containing TEXT (case and diacritics do not matter)\n"
        "  --limit N         at most N people (default 500)\n"
        "  --json            an array: name, forms, quotes, articles, first_day, last_day\n"
        "  --library PATH    the database (default: $XDG_DATA_HOME/warta/library.sqlite)\n";

nlohmann::ordered_json personJson(const LibraryPerson &person)
{
    return {{"name", person.name},
            {"forms", person.forms},
            {"quotes", person.quoteCount},
            {"articles", person.articleCount},
            {"first_day",
             person.firstDay ? nlohmann::ordered_json(*person.firstDay) : nlohmann::ordered_json()},
            {"last_day",
             person.lastDay ? nlohmann::ordered_json(*person.lastDay) : nlohmann::ordered_json()}};
}

void printPeople(const Invocation &call, const std::vector<LibraryPerson> &people)
{
    call.out << "quotes  articles  speaker\n";
    for (const LibraryPerson &person : people) {
        const std::string quotes = std::to_string(person.quoteCount);
        const std::string articles = std::to_string(person.articleCount);
        call.out << std::string(quotes.size() < 6 ? 6 - quotes.size() : 0, ' ') << quotes << "  "
                 << std::string(articles.size() < 8 ? 8 - articles.size() : 0, ' ') << articles << "  "
                 << terminalSafe(person.name);
        if (person.firstDay)
            call.out << "  (" << *person.firstDay
                     << (person.lastDay && *person.lastDay != *person.firstDay ? " \u2013 " + *person.lastDay
                                                                               : "")
                     << ")";
        call.out << '\n';
    }
}

} // namespace

int runSpeakers(const Invocation &call)
{
    if (wantsHelp(call.args)) {
        call.out << kHelp;
        return 0;
    }
    std::string library, search, limit;
    bool json = false;
    std::vector<std::string> positional;
    OptionParser options;
    options.value("--search", search)
            .value("--limit", limit)
            .value("--library", library)
            .flag("--json", json);
    auto problem = options.parse(call.args, positional);
    std::size_t count = 500;
    if (!problem && !positional.empty())
        problem = "unexpected argument '" + positional.front() + "' (--search TEXT narrows the list)";
    if (!problem && !limit.empty()) {
        const auto given = positiveCount(limit, 1000000);
        if (!given)
            problem = "--limit needs a positive number";
        else
            count = *given;
    }
    auto opened = openForReading(call, "speakers", problem, kHelp, library);
    if (!opened.library)
        return opened.exitCode;
    const auto people = opened.library->speakers(search, count);
    if (!people)
        return reportLibraryError(call, opened.library->path(), people.error());
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const LibraryPerson &person : *people)
            list.push_back(personJson(person));
        call.out << jsonText(list) << '\n';
    } else {
        printPeople(call, *people);
    }
    return 0;
}

} // namespace warta
