#include "library_filter.h"

#include "text_fold.h"

namespace warta::library {
namespace {

bool isDay(const std::string &text)
{
    static constexpr const char *kShapes[] = {"dddd", "dddd-dd", "dddd-dd-dd"};
    for (const char *shape : kShapes) {
        const std::string_view want(shape);
        if (want.size() != text.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < want.size() && same; ++i)
            same = want[i] == 'd' ? (text[i] >= '0' && text[i] <= '9') : text[i] == want[i];
        if (same)
            return true;
    }
    return false;
}

} // namespace

int SqlConditions::bind(Statement &statement, int first) const
{
    for (const auto &value : values) {
        if (const auto *text = std::get_if<std::string>(&value))
            statement.bind(first++, *text);
        else
            statement.bind(first++, std::get<std::int64_t>(value));
    }
    return first;
}

std::string personNameCondition(const std::string &alias)
{
    return "instr(' ' || " + alias + ".key || ' ', ?)";
}

std::string personNameValue(const std::string &name)
{
    return " " + foldKey(name) + " ";
}

Expected<SqlConditions> filterConditions(const LibraryFilter &filter, FilterScope scope)
{
    SqlConditions out;
    if (scope == FilterScope::DatesOnly) {
        LibraryFilter dates;
        dates.from = filter.from;
        dates.to = filter.to;
        return filterConditions(dates);
    }
    const bool speakerOnQuote = scope == FilterScope::SpeakerQuote;
    if (!filter.site.empty()) {
        out.sql += " AND v.site_key = ?";
        out.values.emplace_back(foldKey(filter.site));
    }
    if (!filter.tag.empty()) {
        out.sql += " AND EXISTS (SELECT 1 FROM tag t WHERE t.version_id = v.id AND t.key = ?)";
        out.values.emplace_back(foldKey(filter.tag));
    }
    if (!filter.author.empty()) {
        out.sql += " AND EXISTS (SELECT 1 FROM author au JOIN person pa ON pa.id = au.person_id "
                   "WHERE au.version_id = v.id AND " +
                   personNameCondition("pa") + ")";
        out.values.emplace_back(personNameValue(filter.author));
    }
    if (!filter.speaker.empty()) {
        if (speakerOnQuote)
            out.sql += " AND q.person_id IN (SELECT ps.id FROM person ps WHERE " + personNameCondition("ps") +
                       ")";
        else
            out.sql += " AND EXISTS (SELECT 1 FROM quote qs JOIN person ps ON ps.id = qs.person_id "
                       "WHERE qs.version_id = v.id AND " +
                       personNameCondition("ps") + ")";
        out.values.emplace_back(personNameValue(filter.speaker));
    }
    for (const auto *bound : {&filter.from, &filter.to}) {
        if (bound->empty())
            continue;
        if (!isDay(*bound))
            return fail(ErrorCode::BadInput, "The date '" + *bound + "' is not YYYY, YYYY-MM or YYYY-MM-DD.");
        // Days are "YYYY-MM-DD" text: "2019" is every day from "2019" up to
        // (not including) "2019~", since '-' sorts before '~'.
        out.sql += bound == &filter.from ? " AND v.published_day >= ?" : " AND v.published_day < ?";
        out.values.emplace_back(bound == &filter.from ? *bound : *bound + "~");
    }
    if (filter.year) {
        out.sql += " AND v.year = ?";
        out.values.emplace_back(static_cast<std::int64_t>(*filter.year));
    }
    return out;
}

} // namespace warta::library
