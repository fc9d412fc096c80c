#include "library_filter_options.h"

#include <algorithm>

namespace warta {
namespace {

bool isDay(const std::string &text)
{
    // YYYY, YYYY-MM or YYYY-MM-DD: digits with dashes at 4 and 7.
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9'))
            return false;
    }
    return true;
}

} // namespace

void addFilterOptions(OptionParser &options, LibraryFilter &filter, bool withSpeaker)
{
    options.value("--site", filter.site)
            .value("--tag", filter.tag)
            .value("--author", filter.author)
            .value("--from", filter.from)
            .value("--to", filter.to);
    if (withSpeaker)
        options.value("--speaker", filter.speaker);
}

std::optional<std::string> filterProblem(const LibraryFilter &filter)
{
    for (const std::string *day : {&filter.from, &filter.to})
        if (!day->empty() && !isDay(*day))
            return "--from and --to take a day as YYYY, YYYY-MM or YYYY-MM-DD, not '" + *day + "'";
    return std::nullopt;
}

} // namespace warta
