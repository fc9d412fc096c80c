#pragma once

#include "warta/date/zoned_time.h"

#include <string>
#include <string_view>

namespace warta {

/// The languages Warta writes dates in.
enum class DateLanguage {
    Indonesian,
    English
};

/// English for an "en…" BCP 47 tag, Indonesian for anything else: Warta's
/// articles are Indonesian unless they say otherwise.
DateLanguage dateLanguageOf(std::string_view languageTag);

/// The zone name Indonesian readers know for an offset: "WIB" (+07:00),
/// "WITA" (+08:00), "WIT" (+09:00), "UTC" (0), else "UTC+05:30".
std::string zoneName(int offsetMinutes);

/// The date and time for people, in the local time of the stated zone:
/// "Kamis, 27 Juni 2019, 17.54 WIB" (Indonesian writes a dot between hours and
/// minutes) or "Thursday, 27 June 2019, 17:54 WIB". A day alone gives no time
/// ("Kamis, 27 Juni 2019"), a time of unknown zone no zone name. The one
/// formatter of the viewer, the share block and Markdown.
std::string formatLongDate(const ZonedTime &time, DateLanguage language);

} // namespace warta
