#include "warta/date/zoned_time.h"

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace warta {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// 1970-01-01 counted from 0000-03-01, the start of a 400-year era whose years
// begin in March so that the leap day is the last day of a year.
constexpr std::int64_t kEpochDayInEra = 719468;
constexpr std::int64_t kDaysPerEra = 146097;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days since 1970-01-01 of a proleptic Gregorian date whose month is 1-12.
// Counting from March makes every month length but February's follow the
// 153-days-per-5-months pattern, so no month table is needed.
std::int64_t daysFromCivil(std::int64_t year, std::int64_t month, std::int64_t day)
{
    const std::int64_t y = month <= 2 ? year - 1 : year;
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;                        // 0..399
    const std::int64_t marchMonth = month > 2 ? month - 3 : month + 9;   // 0 = March
    const std::int64_t dayOfYear = (153 * marchMonth + 2) / 5 + day - 1; // 0..365
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * kDaysPerEra + dayOfEra - kEpochDayInEra;
}

struct CivilDate {
    std::int64_t year;
    int month;
    int day;
};

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t shifted = days + kEpochDayInEra;
    const std::int64_t era = floorDiv(shifted, kDaysPerEra);
    const std::int64_t dayOfEra = shifted - era * kDaysPerEra; // 0..146096
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t marchMonth = (5 * dayOfYear + 2) / 153;
    const auto day = static_cast<int>(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
    const auto month = static_cast<int>(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

} // namespace

ZonedTime::Fields ZonedTime::local() const
{
    // Saturate instead of overflowing on absurd instants (localSeconds()): the
    // fields are then meaningless, but the behaviour stays defined.
    const std::int64_t local = localSeconds();
    const std::int64_t days = floorDiv(local, kSecondsPerDay);
    const std::int64_t secondOfDay = local - days * kSecondsPerDay;
    const CivilDate date = civilFromDays(days);
    Fields fields{};
    fields.year = static_cast<int>(date.year);
    fields.month = date.month;
    fields.day = date.day;
    fields.hour = static_cast<int>(secondOfDay / 3600);
    fields.minute = static_cast<int>(secondOfDay % 3600 / 60);
    fields.second = static_cast<int>(secondOfDay % 60);
    // 1970-01-01 was a Thursday (4).
    fields.weekday = static_cast<int>(days - floorDiv(days + 4, 7) * 7 + 4);
    return fields;
}

std::string ZonedTime::toIso8601() const
{
    const Fields f = local();
    const char sign = offsetMinutes < 0 ? '-' : '+';
    const int absOffset = std::abs(offsetMinutes);
    char buffer[64];
    const bool plainYear = f.year >= 0 && f.year <= 9999;
    int n = std::snprintf(buffer, sizeof buffer, plainYear ? "%04d" : "%+05d", f.year);
    if (n < 0)
        return {};
    std::string out(buffer, static_cast<std::size_t>(n));
    if (!timeKnown)
        n = std::snprintf(buffer, sizeof buffer, "-%02d-%02d", f.month, f.day);
    else if (!offsetKnown)
        n = std::snprintf(buffer, sizeof buffer, "-%02d-%02dT%02d:%02d:%02d", f.month, f.day, f.hour,
                          f.minute, f.second);
    else
        n = std::snprintf(buffer, sizeof buffer, "-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", f.month, f.day,
                          f.hour, f.minute, f.second, sign, absOffset / 60, absOffset % 60);
    if (n < 0)
        return {};
    out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

std::int64_t ZonedTime::localSeconds() const
{
    std::int64_t seconds = 0;
    if (__builtin_add_overflow(epochSeconds, std::int64_t{offsetMinutes} * 60, &seconds))
        return offsetMinutes > 0 ? std::numeric_limits<std::int64_t>::max()
                                 : std::numeric_limits<std::int64_t>::min();
    return seconds;
}

std::int64_t epochFromCivil(int year, int month, int day, int hour, int minute, int second)
{
    // Roll an out-of-range month into the year first; days, hours, minutes and
    // seconds roll over by plain addition.
    const std::int64_t monthIndex = std::int64_t{month} - 1;
    const std::int64_t y = std::int64_t{year} + floorDiv(monthIndex, 12);
    const std::int64_t m = monthIndex - floorDiv(monthIndex, 12) * 12 + 1;
    const std::int64_t days = daysFromCivil(y, m, 1) + day - 1;
    return days * kSecondsPerDay + std::int64_t{hour} * 3600 + std::int64_t{minute} * 60 + second;
}

} // namespace warta
