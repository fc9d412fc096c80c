#include "warta/date/date_format.h"

#include <array>
#include <cstdlib>

namespace warta {
namespace {

// Spelled out rather than taken from ICU's locale data, so the text is the
// same on every system whatever its data version ("Jumat", not "Jumaat").
constexpr std::array<std::string_view, 7> kIdDays{"Minggu", "Senin", "Selasa", "Rabu",
                                                  "Kamis",  "Jumat", "Sabtu"};
constexpr std::array<std::string_view, 12> kIdMonths{"Januari",   "Februari", "Maret",    "April",
                                                     "Mei",       "Juni",     "Juli",     "Agustus",
                                                     "September", "Oktober",  "November", "Desember"};
constexpr std::array<std::string_view, 7> kEnDays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kEnMonths{"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

std::string twoDigits(int value)
{
    return std::string(1, static_cast<char>('0' + value / 10 % 10)) + static_cast<char>('0' + value % 10);
}

} // namespace

DateLanguage dateLanguageOf(std::string_view languageTag)
{
    const bool english = languageTag.size() >= 2 && (languageTag[0] == 'e' || languageTag[0] == 'E') &&
                         (languageTag[1] == 'n' || languageTag[1] == 'N') &&
                         (languageTag.size() == 2 || languageTag[2] == '-' || languageTag[2] == '_');
    return english ? DateLanguage::English : DateLanguage::Indonesian;
}

std::string zoneName(int offsetMinutes)
{
    switch (offsetMinutes) {
    case 7 * 60:
        return "WIB";
    case 8 * 60:
        return "WITA";
    case 9 * 60:
        return "WIT";
    case 0:
        return "UTC";
    default:
        break;
    }
    const int magnitude = std::abs(offsetMinutes);
    return std::string("UTC") + (offsetMinutes < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" +
           twoDigits(magnitude % 60);
}

std::string formatLongDate(const ZonedTime &time, DateLanguage language)
{
    const ZonedTime::Fields f = time.local();
    const bool id = language == DateLanguage::Indonesian;
    const auto weekday = static_cast<std::size_t>(((f.weekday % 7) + 7) % 7);
    const auto month = static_cast<std::size_t>(((f.month - 1) % 12 + 12) % 12);
    std::string out;
    out += id ? kIdDays[weekday] : kEnDays[weekday];
    out += ", " + std::to_string(f.day) + " ";
    out += id ? kIdMonths[month] : kEnMonths[month];
    out += " " + std::to_string(f.year);
    // Only what the page stated: no time for a day alone, no zone for a time
    // printed without one.
    if (time.timeKnown)
        out += ", " + twoDigits(f.hour) + (id ? "." : ":") + twoDigits(f.minute);
    if (time.timeKnown && time.offsetKnown)
        out += " " + zoneName(time.offsetMinutes);
    return out;
}

} // namespace warta
