#pragma once

#include <cstdint>
#include <string>

namespace warta {

/// A wall-clock time as a page printed it: a UTC instant plus the offset the
/// page stated (WIB = +07:00, WITA = +08:00, WIT = +09:00). Minute precision is
/// what news pages give; seconds are kept when a machine date has them.
struct ZonedTime {
    std::int64_t epochSeconds = 0; ///< seconds since 1970-01-01T00:00:00Z
    int offsetMinutes = 0;         ///< east of UTC

    /// Local calendar fields at the stated offset.
    struct Fields {
        int year, month, day, hour, minute, second, weekday; ///< weekday: 0 = Sunday
    };
    Fields local() const;

    /// "2019-06-27T17:54:00+07:00" (UTC is written "+00:00", as the contract's examples).
    std::string toIso8601() const;

    friend bool operator==(const ZonedTime &, const ZonedTime &) = default;
};

/// Seconds since the epoch for a proleptic Gregorian civil date and time in UTC.
std::int64_t epochFromCivil(int year, int month, int day, int hour, int minute, int second);

} // namespace warta
