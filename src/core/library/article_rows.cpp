#include "article_rows.h"

#include "warta/date/date_parser.h"

namespace warta::library {

const char *const kArticleColumns =
        "a.id, v.id, v.title, v.site, v.url, v.published, v.authors, v.tags, v.quote_count, "
        "v.paragraph_count, "
        "(SELECT count(*) FROM version vv WHERE vv.article_id = a.id), "
        "(SELECT f.path FROM file f WHERE f.version_id = v.id ORDER BY f.id LIMIT 1)";

std::vector<std::string> splitFields(const std::string &joined)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < joined.size()) {
        const std::size_t stop = joined.find('\x1f', start);
        out.push_back(joined.substr(start, stop == std::string::npos ? std::string::npos : stop - start));
        if (stop == std::string::npos)
            break;
        start = stop + 1;
    }
    return out;
}

std::optional<ZonedTime> storedTime(const std::optional<std::string> &iso)
{
    if (!iso)
        return std::nullopt;
    auto time = parseIso8601(*iso, 0);
    if (!time)
        return std::nullopt;
    // ZonedTime::toIso8601 writes a day alone as "YYYY-MM-DD" and a time of
    // unknown zone without an offset: read them back as such.
    if (iso->size() == 10) {
        time->timeKnown = false;
        time->offsetKnown = false;
    } else if (iso->back() != 'Z' && iso->find_first_of("+-", 19) == std::string::npos) {
        time->offsetKnown = false;
    }
    return time;
}

LibraryArticle readArticleRow(const Statement &statement, int first)
{
    LibraryArticle row;
    row.id = statement.integer(first);
    row.versionId = statement.integer(first + 1);
    row.title = statement.text(first + 2);
    row.site = statement.text(first + 3);
    row.url = statement.optionalText(first + 4);
    row.published = storedTime(statement.optionalText(first + 5));
    row.authors = splitFields(statement.text(first + 6));
    row.tags = splitFields(statement.text(first + 7));
    row.quoteCount = static_cast<int>(statement.integer(first + 8));
    row.paragraphCount = static_cast<int>(statement.integer(first + 9));
    row.versionCount = static_cast<int>(statement.integer(first + 10));
    row.path = statement.text(first + 11);
    return row;
}

} // namespace warta::library
