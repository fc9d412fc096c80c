#include "warta/date/date_parser.h"

#include "date/civil_time_p.h"
#include "date/date_names_p.h"
#include "date/date_tokens_p.h"

#include <string>
#include <utility>
#include <vector>

namespace warta {

namespace {

using Tokens = std::vector<DateToken>;

struct DateSpan {
    int year = 0, month = 0, day = 0;
    std::size_t begin = 0, end = 0; ///< token range [begin, end)
};

struct TimeSpan {
    int hour = 0, minute = 0, second = 0;
    std::size_t end = 0;
    bool malformed = false; ///< "13:54 PM": a time, but a wrong one
};

struct ZoneSpan {
    std::optional<int> offsetMinutes; ///< nothing: no zone stated
    bool malformed = false;           ///< "GMT+25", "UTC+7:5": a zone, but a wrong one
};

const DateToken *tokenAt(const Tokens &tokens, std::size_t i)
{
    return i < tokens.size() ? &tokens[i] : nullptr;
}

bool isPunctIn(const Tokens &tokens, std::size_t i, std::string_view chars)
{
    const DateToken *t = tokenAt(tokens, i);
    return t && t->kind == DateToken::Kind::Punct && chars.find(t->text.front()) != std::string_view::npos;
}

bool isNumberAt(const Tokens &tokens, std::size_t i, std::size_t minDigits, std::size_t maxDigits)
{
    const DateToken *t = tokenAt(tokens, i);
    return t && t->isNumber(minDigits, maxDigits);
}

std::size_t skipOnePunct(const Tokens &tokens, std::size_t i, std::string_view chars)
{
    return isPunctIn(tokens, i, chars) ? i + 1 : i;
}

// "27th June", "June 1st": an English ordinal suffix glued to the day.
std::size_t skipOrdinal(const Tokens &tokens, std::size_t i)
{
    const DateToken *t = tokenAt(tokens, i);
    if (t && !t->spaceBefore && (t->isWord("st") || t->isWord("nd") || t->isWord("rd") || t->isWord("th")))
        return i + 1;
    return i;
}

std::optional<DateName> nameAt(const Tokens &tokens, std::size_t i, DateName::Kind kind)
{
    const DateToken *t = tokenAt(tokens, i);
    if (!t || t->kind != DateToken::Kind::Word)
        return std::nullopt;
    const std::optional<DateName> name = lookupDateName(t->text);
    if (!name || name->kind != kind)
        return std::nullopt;
    return name;
}

// Spanish and Portuguese join the parts with "de" ("19 de julio de 2020",
// "19 de julho de 2020"); French writes the first day "1er".
std::size_t skipJoiningWord(const Tokens &tokens, std::size_t i)
{
    const DateToken *t = tokenAt(tokens, i);
    return t && (t->isWord("de") || t->isWord("del")) ? i + 1 : i;
}

std::size_t skipFrenchFirst(const Tokens &tokens, std::size_t i)
{
    const DateToken *t = tokenAt(tokens, i);
    return t && !t->spaceBefore && t->isWord("er") ? i + 1 : i;
}

// "27 Juni 2019", "6 Oktober 2015", "27-Jun-2019", "27th June, 2019",
// "19. Juli 2020", "19 de julio de 2020", "1er juillet 2020".
std::optional<DateSpan> matchDayMonthYear(const Tokens &tokens, std::size_t i)
{
    if (!isNumberAt(tokens, i, 1, 2))
        return std::nullopt;
    DateSpan span;
    span.begin = i;
    span.day = tokens[i].value;
    std::size_t j = skipOnePunct(tokens, skipFrenchFirst(tokens, skipOrdinal(tokens, i + 1)), "-.,/");
    j = skipJoiningWord(tokens, j);
    const std::optional<DateName> month = nameAt(tokens, j, DateName::Kind::Month);
    if (!month)
        return std::nullopt;
    span.month = month->value;
    j = skipJoiningWord(tokens, skipOnePunct(tokens, j + 1, "-.,/"));
    if (!isNumberAt(tokens, j, 4, 4))
        return std::nullopt;
    span.year = tokens[j].value;
    span.end = j + 1;
    return span;
}

// "June 27, 2019", "Jun. 27 2019", "June 1st, 2019".
std::optional<DateSpan> matchMonthDayYear(const Tokens &tokens, std::size_t i)
{
    const std::optional<DateName> month = nameAt(tokens, i, DateName::Kind::Month);
    if (!month)
        return std::nullopt;
    DateSpan span;
    span.begin = i;
    span.month = month->value;
    std::size_t j = skipOnePunct(tokens, i + 1, ".");
    if (!isNumberAt(tokens, j, 1, 2))
        return std::nullopt;
    span.day = tokens[j].value;
    j = skipOnePunct(tokens, skipOrdinal(tokens, j + 1), ",");
    if (!isNumberAt(tokens, j, 4, 4))
        return std::nullopt;
    span.year = tokens[j].value;
    span.end = j + 1;
    return span;
}

// "27/6/2019", "27-06-2019", "27.06.2019" (day first, as Indonesia writes
// them) and "2019-06-27", "2019/06/27" (year first).
std::optional<DateSpan> matchNumericDate(const Tokens &tokens, std::size_t i)
{
    if (!isPunctIn(tokens, i + 1, "/-.") || !isNumberAt(tokens, i + 2, 1, 2) ||
        !isPunctIn(tokens, i + 3, tokens[i + 1].text))
        return std::nullopt;
    DateSpan span;
    span.begin = i;
    span.end = i + 5;
    span.month = tokens[i + 2].value;
    if (isNumberAt(tokens, i, 4, 4) && isNumberAt(tokens, i + 4, 1, 2)) {
        span.year = tokens[i].value;
        span.day = tokens[i + 4].value;
        return span;
    }
    if (isNumberAt(tokens, i, 1, 2) && isNumberAt(tokens, i + 4, 4, 4)) {
        span.day = tokens[i].value;
        span.year = tokens[i + 4].value;
        // Day first is the rule; "6/27/2019" can only be American month-first.
        if (span.month > 12 && span.day <= 12)
            std::swap(span.day, span.month);
        return span;
    }
    return std::nullopt;
}

// The first date-shaped run of tokens. Years have four digits and start at
// 1000: "27/6/19" is too ambiguous to guess.
std::optional<DateSpan> findDate(const Tokens &tokens)
{
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::optional<DateSpan> span = matchNumericDate(tokens, i);
        if (!span)
            span = matchDayMonthYear(tokens, i);
        if (!span)
            span = matchMonthDayYear(tokens, i);
        if (span && span->year >= 1000)
            return span;
    }
    return std::nullopt;
}

// "Kamis, 27 …", "Kamis (27/6/2019)", "Thursday, June 27": the weekday name
// just before the date, with at most two punctuation marks between.
std::optional<int> weekdayBefore(const Tokens &tokens, std::size_t begin)
{
    std::size_t j = begin;
    for (int skipped = 0; skipped < 2 && j > 0 && isPunctIn(tokens, j - 1, ",(-."); ++skipped)
        --j;
    if (j == 0)
        return std::nullopt;
    const std::optional<DateName> name = nameAt(tokens, j - 1, DateName::Kind::Weekday);
    return name ? std::optional<int>(name->value) : std::nullopt;
}

bool isTimeLead(const DateToken &t)
{
    // "- 17:54", ", 17:54", "| 17:54", "(17:54)", "pukul 17.54", "pkl. 17.54",
    // "jam 17.54", "at 5:54 PM", and ISO's "T".
    if (t.kind == DateToken::Kind::Punct)
        return std::string_view(",-|(/@.").find(t.text.front()) != std::string_view::npos;
    return t.isWord("pukul") || t.isWord("pkl") || t.isWord("pk") || t.isWord("jam") || t.isWord("at") ||
           t.isWord("t");
}

// "am", "pm", "a.m.", "p.m."; returns the tokens consumed and whether it is PM.
std::size_t matchMeridiem(const Tokens &tokens, std::size_t i, bool &pm)
{
    const DateToken *t = tokenAt(tokens, i);
    if (!t)
        return 0;
    if (t->isWord("am") || t->isWord("pm")) {
        pm = t->text == "pm";
        return 1 + (isPunctIn(tokens, i + 1, ".") ? 1 : 0);
    }
    const DateToken *m = tokenAt(tokens, i + 2);
    if ((t->isWord("a") || t->isWord("p")) && isPunctIn(tokens, i + 1, ".") && m && m->isWord("m")) {
        pm = t->text == "p";
        return 3 + (isPunctIn(tokens, i + 3, ".") ? 1 : 0);
    }
    return 0;
}

// "17:54", "17.54", "17:54:30", "17:54:30.250", "5:54 PM", after a lead.
std::optional<TimeSpan> matchTime(const Tokens &tokens, std::size_t i)
{
    std::size_t j = i;
    for (int skipped = 0; skipped < 4 && j < tokens.size() && isTimeLead(tokens[j]); ++skipped)
        ++j;
    if (!isNumberAt(tokens, j, 1, 2) || !isPunctIn(tokens, j + 1, ":.") || !isNumberAt(tokens, j + 2, 2, 2))
        return std::nullopt;
    TimeSpan span;
    span.hour = tokens[j].value;
    span.minute = tokens[j + 2].value;
    j += 3;
    if (isPunctIn(tokens, j, ":.") && isNumberAt(tokens, j + 1, 2, 2) && !tokens[j].spaceBefore &&
        !tokens[j + 1].spaceBefore) {
        span.second = tokens[j + 1].value;
        j += 2;
        // Fractions of a second: read, then dropped.
        if (isPunctIn(tokens, j, ".,") && isNumberAt(tokens, j + 1, 1, 9) && !tokens[j + 1].spaceBefore)
            j += 2;
    }
    bool pm = false;
    if (const std::size_t used = matchMeridiem(tokens, j, pm)) {
        span.malformed = span.hour < 1 || span.hour > 12;
        span.hour = span.hour % 12 + (pm ? 12 : 0);
        j += used;
    }
    span.end = j;
    return span;
}

// "+7", "+07", "+0700", "+07:00" after a sign at tokens[i - 1].
std::optional<int> matchOffsetDigits(const Tokens &tokens, std::size_t i, int sign)
{
    int hours = 0;
    int minutes = 0;
    if (isNumberAt(tokens, i, 4, 4)) {
        hours = tokens[i].value / 100;
        minutes = tokens[i].value % 100;
    } else if (isNumberAt(tokens, i, 1, 2)) {
        hours = tokens[i].value;
        if (isPunctIn(tokens, i + 1, ":")) {
            if (!isNumberAt(tokens, i + 2, 2, 2))
                return std::nullopt;
            minutes = tokens[i + 2].value;
        }
    } else {
        return std::nullopt;
    }
    const int total = hours * 60 + minutes;
    if (minutes > 59 || total > kMaxOffsetMinutes)
        return std::nullopt;
    return sign * total;
}

// Zone abbreviations pages print after a time, with their fixed offsets.
// Ambiguous ones (CST: China or US Central; IST: India, Ireland or Israel)
// are left out: a wrong zone is worse than none.
std::optional<int> namedZoneOffset(const DateToken &t)
{
    static constexpr std::pair<std::string_view, int> kZones[] = {
            {"cet", 60},   {"cest", 120}, {"mez", 60},   {"mesz", 120}, {"wet", 0},     {"west", 60},
            {"eet", 120},  {"eest", 180}, {"bst", 60},   {"est", -300}, {"edt", -240},  {"cdt", -300},
            {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480},
            {"hst", -600}, {"jst", 540},  {"kst", 540},  {"sgt", 480},  {"myt", 480},   {"hkt", 480},
            {"pht", 480},  {"aest", 600}, {"aedt", 660}, {"acst", 570}, {"awst", 480},  {"nzst", 720},
            {"nzdt", 780}, {"msk", 180},
    };
    if (t.kind != DateToken::Kind::Word)
        return std::nullopt;
    for (const auto &[name, offset] : kZones) {
        if (t.text == name)
            return offset;
    }
    return std::nullopt;
}

int signAt(const Tokens &tokens, std::size_t i)
{
    if (isPunctIn(tokens, i, "+"))
        return 1;
    return isPunctIn(tokens, i, "-") ? -1 : 0;
}

// "WIB", "(WITA)", "WIT", "UTC", "GMT+7", "UTC+07:00", "Z", "+0700", "-05:00".
ZoneSpan matchZone(const Tokens &tokens, std::size_t i, bool afterTime)
{
    ZoneSpan zone;
    const std::size_t j = skipOnePunct(tokens, i, "(");
    const DateToken *t = tokenAt(tokens, j);
    if (!t)
        return zone;
    if (t->isWord("wib") || t->isWord("wita") || t->isWord("wit")) {
        zone.offsetMinutes = t->isWord("wib") ? 7 * 60 : t->isWord("wita") ? 8 * 60 : 9 * 60;
        return zone;
    }
    // "Waktu Indonesia Barat/Tengah/Timur", the names WIB, WITA and WIT abbreviate.
    const DateToken *country = tokenAt(tokens, j + 1);
    const DateToken *region = tokenAt(tokens, j + 2);
    if (t->isWord("waktu") && country && country->isWord("indonesia") && region) {
        if (region->isWord("barat"))
            zone.offsetMinutes = 7 * 60;
        else if (region->isWord("tengah"))
            zone.offsetMinutes = 8 * 60;
        else if (region->isWord("timur"))
            zone.offsetMinutes = 9 * 60;
        return zone;
    }
    if (const std::optional<int> named = namedZoneOffset(*t)) {
        zone.offsetMinutes = named;
        return zone;
    }
    if (t->isWord("utc") || t->isWord("gmt") || t->isWord("ut")) {
        zone.offsetMinutes = 0;
        if (const int sign = signAt(tokens, j + 1)) {
            zone.offsetMinutes = matchOffsetDigits(tokens, j + 2, sign);
            zone.malformed = !zone.offsetMinutes;
        }
        return zone;
    }
    if (!afterTime)
        return zone;
    if (t->isWord("z") && !t->spaceBefore) {
        zone.offsetMinutes = 0;
        return zone;
    }
    // A bare offset needs its digits glued to the sign: "17:54 - 18:00" is not one.
    const int sign = signAt(tokens, j);
    const DateToken *digits = tokenAt(tokens, j + 1);
    if (sign != 0 && digits && digits->kind == DateToken::Kind::Number && !digits->spaceBefore) {
        zone.offsetMinutes = matchOffsetDigits(tokens, j + 1, sign);
        zone.malformed = !zone.offsetMinutes;
    }
    return zone;
}

} // namespace

std::optional<DateParse> parseDateTextDetailed(std::string_view text, int defaultOffsetMinutes)
{
    if (defaultOffsetMinutes < -kMaxOffsetMinutes || defaultOffsetMinutes > kMaxOffsetMinutes)
        return std::nullopt;
    const std::string folded = foldDateText(text, kMaxDateTextBytes);
    const Tokens tokens = tokenizeDateText(folded);
    const std::optional<DateSpan> date = findDate(tokens);
    if (!date)
        return std::nullopt;
    CivilTime civil{date->year, date->month, date->day, 0, 0, 0};
    const std::optional<TimeSpan> time = matchTime(tokens, date->end);
    if (time && time->malformed)
        return std::nullopt;
    if (time) {
        civil.hour = time->hour;
        civil.minute = time->minute;
        civil.second = time->second;
    }
    const ZoneSpan zone = matchZone(tokens, time ? time->end : date->end, time.has_value());
    if (zone.malformed)
        return std::nullopt;
    const int offset = zone.offsetMinutes.value_or(defaultOffsetMinutes);
    const std::optional<ResolvedTime> resolved = resolveCivilTime(civil, offset);
    if (!resolved)
        return std::nullopt;
    DateParse parse;
    parse.time = ZonedTime{resolved->epochSeconds, offset};
    parse.hasTime = time.has_value();
    parse.hasZone = zone.offsetMinutes.has_value();
    // Only what the text states: no invented midnight, no invented zone.
    parse.time.timeKnown = parse.hasTime;
    parse.time.offsetKnown = parse.hasTime && parse.hasZone;
    const std::optional<int> weekday = weekdayBefore(tokens, date->begin);
    parse.hasWeekday = weekday.has_value();
    parse.weekdayMismatch = weekday && *weekday != resolved->weekday;
    return parse;
}

std::optional<ZonedTime> parseDateText(std::string_view text, int defaultOffsetMinutes)
{
    const std::optional<DateParse> parse = parseDateTextDetailed(text, defaultOffsetMinutes);
    return parse ? std::optional<ZonedTime>(parse->time) : std::nullopt;
}

} // namespace warta
