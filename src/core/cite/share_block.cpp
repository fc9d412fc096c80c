#include "article_fields.h"
#include "export_text.h"

#include "warta/cite/article_item.h"

// The plain block for chats: one line per field, so a line break inside a title cannot make
// the block look like it has another URL or date.
namespace warta::cite {
namespace {

using namespace detail;

std::string zoneName(int offsetMinutes)
{
    if (offsetMinutes == 420)
        return "WIB";
    if (offsetMinutes == 480)
        return "WITA";
    if (offsetMinutes == 540)
        return "WIT";
    const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return std::string("UTC") + (offsetMinutes < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" +
           twoDigits(magnitude % 60);
}

std::string shareDate(const ZonedTime &time, const std::string &language)
{
    static const char *const kDaysId[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
    static const char *const kMonthsId[] = {"Januari",   "Februari", "Maret",    "April",
                                            "Mei",       "Juni",     "Juli",     "Agustus",
                                            "September", "Oktober",  "November", "Desember"};
    static const char *const kDaysEn[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
    static const char *const kMonthsEn[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
    const bool english = language.rfind("en", 0) == 0;
    auto f = time.local();
    const auto weekday = static_cast<std::size_t>(f.weekday % 7);
    const auto month = static_cast<std::size_t>((f.month + 11) % 12);
    std::string out = std::string(english ? kDaysEn[weekday] : kDaysId[weekday]) + ", " + std::to_string(f.day) +
                      " " + (english ? kMonthsEn[month] : kMonthsId[month]) + " " + std::to_string(f.year);
    // Only what the page stated: no time for a day alone, no zone for a
    // time printed without one.
    if (time.timeKnown)
        out += " " + twoDigits(f.hour) + ":" + twoDigits(f.minute);
    if (time.timeKnown && time.offsetKnown)
        out += " " + zoneName(time.offsetMinutes);
    return out;
}

} // namespace

std::string articleShareBlock(const Article &article)
{
    std::string out = oneLine(article.title) + "\n" + oneLine(containerOf(article));
    if (article.published)
        out += " \u00B7 " + shareDate(*article.published, article.language);
    out += "\n";
    if (auto url = urlOf(article))
        out += oneLine(*url) + "\n";
    return out;
}

} // namespace warta::cite
