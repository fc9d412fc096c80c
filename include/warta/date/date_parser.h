#pragma once

#include "warta/date/zoned_time.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace warta {

/// Parses a date as news pages print it, in Indonesian or English:
/// "Kamis, 27 Juni 2019 - 17:54 WIB", "Jum'at, 24 Juli 2020 - 13:39 WIB",
/// "Selasa,  6 Oktober 2015 - 05:23 WIB", "27 Agt 2019 17.54 WITA",
/// "27/6/2019 17.54", "June 27, 2019 5:54 PM", and ISO 8601.
/// A zone word (WIB/WITA/WIT, UTC/GMT, "+07:00") sets the offset; without
/// one, `defaultOffsetMinutes` applies (WIB for SINDOnews). Without a time of
/// day the time is 00:00. Returns nothing when no complete date is found.
std::optional<ZonedTime> parseDateText(std::string_view text, int defaultOffsetMinutes = 7 * 60);

/// Strict ISO 8601 / RFC 3339 ("2019-06-27T17:54:00+07:00", "2019-06-27T10:54Z",
/// "2019-06-27"); a missing offset takes `defaultOffsetMinutes`.
std::optional<ZonedTime> parseIso8601(std::string_view text, int defaultOffsetMinutes = 7 * 60);

/// The Unix-time suffix of a SINDOnews article URL ("…-1561632840", also
/// before "/5" page suffixes or a query), when it is a plausible time
/// (2010 to 2040). Nothing for URLs without one.
std::optional<std::int64_t> epochFromArticleUrl(std::string_view url);

} // namespace warta
