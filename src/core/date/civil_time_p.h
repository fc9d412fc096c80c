#pragma once

#include <cstdint>
#include <optional>

namespace warta {

/// A local date and time as a page states it, before any validation.
struct CivilTime {
    int year = 0;
    int month = 0; ///< 1-12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

/// The instant of a valid CivilTime and the weekday of its date.
struct ResolvedTime {
    std::int64_t epochSeconds = 0;
    int weekday = 0; ///< 0 = Sunday, as ZonedTime::Fields
};

/// Offsets beyond ±18:00 are refused (the ISO 8601 / java.time limit; real
/// zones span -12:00 to +14:00).
inline constexpr int kMaxOffsetMinutes = 18 * 60;

/// Validates `civil` with ICU's non-lenient GregorianCalendar in a
/// SimpleTimeZone of `offsetMinutes` and returns the instant. Nothing for an
/// impossible date or time (31 June, 29 February 2019, 24:00, second 60) or
/// an offset beyond kMaxOffsetMinutes. The calendar is built once per thread.
std::optional<ResolvedTime> resolveCivilTime(const CivilTime &civil, int offsetMinutes);

} // namespace warta
