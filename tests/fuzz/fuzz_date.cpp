// Fuzz target: the date parsers — printed Indonesian and English dates,
// strict ISO 8601, and the Unix-time suffix of article URLs. Besides not
// crashing, each result must be a real instant that survives a round trip
// through its ISO 8601 form, keeping what the page stated (day, time, zone).

#include "fuzz_check.h"
#include "warta/date/date_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void checkInstant(const warta::ZonedTime &time)
{
    WARTA_FUZZ_CHECK(time.offsetMinutes >= -18 * 60 && time.offsetMinutes <= 18 * 60);
    const auto fields = time.local();
    WARTA_FUZZ_CHECK(fields.month >= 1 && fields.month <= 12);
    WARTA_FUZZ_CHECK(fields.day >= 1 && fields.day <= 31);
    WARTA_FUZZ_CHECK(fields.hour >= 0 && fields.hour <= 23);
    WARTA_FUZZ_CHECK(fields.weekday >= 0 && fields.weekday <= 6);
    const auto again = warta::parseIso8601(time.toIso8601());
    WARTA_FUZZ_CHECK(again.has_value());
    // What the page stated survives the round trip; an instant exists only
    // when the zone was stated (a day alone or a floating time is placed on
    // the time line at whatever default offset the caller gave).
    WARTA_FUZZ_CHECK(again->timeKnown == time.timeKnown && again->offsetKnown == time.offsetKnown);
    WARTA_FUZZ_CHECK(again->toIso8601() == time.toIso8601());
    if (time.offsetKnown) {
        WARTA_FUZZ_CHECK(again->epochSeconds == time.epochSeconds);
        WARTA_FUZZ_CHECK(again->offsetMinutes == time.offsetMinutes);
    } else {
        WARTA_FUZZ_CHECK(again->localSeconds() == time.localSeconds());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto detailed = warta::parseDateTextDetailed(text);
    const auto plain = warta::parseDateText(text);
    WARTA_FUZZ_CHECK(detailed.has_value() == plain.has_value());
    if (plain) {
        WARTA_FUZZ_CHECK(detailed->time == *plain);
        checkInstant(*plain);
    }
    if (auto iso = warta::parseIso8601(text))
        checkInstant(*iso);
    if (auto utc = warta::parseDateText(text, 0))
        checkInstant(*utc);
    if (auto epoch = warta::epochFromArticleUrl(text)) {
        // 2010-01-01 to 2040-01-01, as the header promises.
        WARTA_FUZZ_CHECK(*epoch >= 1262304000 && *epoch <= 2208988800);
    }
    return 0;
}
