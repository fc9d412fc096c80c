#pragma once

#include "warta/date/zoned_time.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace warta {

/// Date texts are read up to this many bytes; the rest is ignored, so that a
/// whole page passed by mistake costs microseconds, not a scan of megabytes.
inline constexpr std::size_t kMaxDateTextBytes = 4096;

/// What parseDateTextDetailed() found, beyond the instant.
struct DateParse {
    ZonedTime time;
    bool hasTime = false;         ///< a time of day was stated; otherwise 00:00 local
    bool hasZone = false;         ///< a zone or offset was stated; otherwise the default
    bool hasWeekday = false;      ///< a weekday name stood before the date
    bool weekdayMismatch = false; ///< that weekday is not the date's (the date wins)

    friend bool operator==(const DateParse &, const DateParse &) = default;
};

/// Parses a date as news pages print it, in Indonesian or English:
/// "Kamis, 27 Juni 2019 - 17:54 WIB", "Jum'at, 24 Juli 2020 - 13:39 WIB",
/// "Selasa,  6 Oktober 2015 - 05:23 WIB", "27 Agt 2019 17.54 WITA",
/// "27/6/2019 17.54", "June 27, 2019 5:54 PM", and ISO 8601.
/// A zone word (WIB/WITA/WIT, UTC/GMT, "GMT+7", "+07:00") sets the offset;
/// without one, `defaultOffsetMinutes` applies (WIB for SINDOnews). Without a
/// time of day the time is 00:00. Text around the date ("| SINDOnews") is
/// ignored. Returns nothing when no complete, possible date is found (no year,
/// no month, 31 Juni, 24:00) or the offset is beyond ±18:00. docs/dates.md
/// lists every accepted form.
std::optional<ZonedTime> parseDateText(std::string_view text, int defaultOffsetMinutes = 7 * 60);

/// As parseDateText(), and says what the text stated: whether it had a time
/// and a zone, and whether its weekday contradicts its date (pages make that
/// mistake; the date is kept and the extractor can report it).
std::optional<DateParse> parseDateTextDetailed(std::string_view text, int defaultOffsetMinutes = 7 * 60);

/// Strict ISO 8601 / RFC 3339 ("2019-06-27T17:54:00+07:00", "2019-06-27T10:54Z",
/// "2019-06-27 17:54:00.123+0700", "2019-06-27"); a missing offset takes
/// `defaultOffsetMinutes`. Fractions of a second are dropped. Nothing for
/// anything else, surrounding spaces excepted.
std::optional<ZonedTime> parseIso8601(std::string_view text, int defaultOffsetMinutes = 7 * 60);

/// True when `word` is a month or weekday name in one of the languages the
/// parser reads ("Jumat", "Juni", "Thursday", "März"), case-insensitively.
bool isDateWord(std::string_view word);

/// The Unix-time suffix of a SINDOnews article URL ("…-1561632840", also
/// before "/5" page suffixes, a query or a fragment), when it has exactly 10
/// digits and lies from 2010-01-01 to 2040-01-01. Nothing for URLs without
/// one ("/berita/1041671/12/slug").
std::optional<std::int64_t> epochFromArticleUrl(std::string_view url);

} // namespace warta
