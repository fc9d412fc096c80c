#include "date/civil_time_p.h"

#include <cmath>
#include <memory>

#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/simpletz.h>

namespace warta {

namespace {

// ICU's earliest date: setting the Julian→Gregorian switch there makes the
// calendar proleptic Gregorian, as ZonedTime::local() and epochFromCivil().
constexpr UDate kIcuMinDate = -184303902528000000.0;
constexpr int kMillisPerMinute = 60 * 1000;

// Building a GregorianCalendar costs far more than using one, and a Calendar
// is not safe to share between threads: one per thread, built on first use.
struct ThreadCalendar {
    std::unique_ptr<icu::SimpleTimeZone> zone;
    std::unique_ptr<icu::GregorianCalendar> calendar;
    bool ok = false;

    ThreadCalendar()
    {
        zone = std::make_unique<icu::SimpleTimeZone>(0, icu::UnicodeString(u"warta-offset"));
        UErrorCode status = U_ZERO_ERROR;
        calendar = std::make_unique<icu::GregorianCalendar>(*zone, icu::Locale::getRoot(), status);
        if (U_FAILURE(status))
            return;
        calendar->setLenient(false);
        calendar->setGregorianChange(kIcuMinDate, status);
        ok = U_SUCCESS(status);
    }
};

ThreadCalendar &threadCalendar()
{
    thread_local ThreadCalendar instance;
    return instance;
}

} // namespace

std::optional<ResolvedTime> resolveCivilTime(const CivilTime &civil, int offsetMinutes)
{
    if (offsetMinutes < -kMaxOffsetMinutes || offsetMinutes > kMaxOffsetMinutes)
        return std::nullopt;
    ThreadCalendar &tc = threadCalendar();
    if (!tc.ok)
        return std::nullopt;
    tc.zone->setRawOffset(offsetMinutes * kMillisPerMinute);
    tc.calendar->setTimeZone(*tc.zone); // copies the zone: the offset is read now
    tc.calendar->clear();
    tc.calendar->set(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute, civil.second);
    // Non-lenient: getTime() fails on any field out of its range for this
    // month and year, which is the validation we want.
    UErrorCode status = U_ZERO_ERROR;
    const UDate millis = tc.calendar->getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    const int32_t dayOfWeek = tc.calendar->get(UCAL_DAY_OF_WEEK, status); // 1 = Sunday
    if (U_FAILURE(status))
        return std::nullopt;
    ResolvedTime resolved;
    resolved.epochSeconds = static_cast<std::int64_t>(std::floor(millis / 1000.0));
    resolved.weekday = dayOfWeek - UCAL_SUNDAY;
    return resolved;
}

} // namespace warta
