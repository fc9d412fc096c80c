#pragma once

#include <cstdint>
#include <string>

namespace warta {

/// A wall-clock time as a page printed it: a UTC instant plus the offset the
/// page stated (WIB = +07:00, WITA = +08:00, WIT = +09:00). Minute precision is
/// what news pages give; seconds are kept when a machine date has them.
///
/// It keeps only what the page knows: `timeKnown` is false for a day alone
/// ("19 Juli 2020"), `offsetKnown` false for a time printed without a zone
/// ("3:02 pm"). The instant is then computed at `offsetMinutes` only so that
/// local() gives back the printed fields; it is no statement about the world.
struct ZonedTime {
    std::int64_t epochSeconds = 0; ///< seconds since 1970-01-01T00:00:00Z
    int offsetMinutes = 0;         ///< east of UTC
    bool timeKnown = true;         ///< a time of day was stated, not only the day
    bool offsetKnown = true;       ///< the page stated the zone (never true without timeKnown)

    /// Local calendar fields at the stated offset (proleptic Gregorian).
    struct Fields {
        int year, month, day, hour, minute, second, weekday; ///< month 1-12; weekday: 0 = Sunday
    };
    Fields local() const;

    /// "2019-06-27T17:54:00+07:00": seconds always printed, the offset as
    /// ±HH:MM (UTC is written "+00:00", as the contract's examples);
    /// "2019-06-27T17:54:00" when the zone is unknown, "2019-06-27" when only
    /// the day is. Years outside 0000-9999 get a sign and as many digits as
    /// they need.
    std::string toIso8601() const;

    /// Seconds since 1970 of the local wall-clock reading (the instant read as
    /// if the local time were UTC): what two times of unknown zone compare by.
    std::int64_t localSeconds() const;

    friend bool operator==(const ZonedTime &, const ZonedTime &) = default;
};

/// Seconds since the epoch for a proleptic Gregorian civil date and time in UTC.
/// Pure arithmetic, no validation: out-of-range fields roll over (month 13 is
/// January of the next year, day 0 the last day of the previous month).
std::int64_t epochFromCivil(int year, int month, int day, int hour, int minute, int second);

} // namespace warta
