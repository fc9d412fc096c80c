#include "article_format.h"

#include "text_convert.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace warta {
namespace {

// Names are spelled out rather than taken from QLocale so that the date reads
// the same whatever locale data the system carries.
const char *const kIdDays[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
const char *const kIdMonths[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                 "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
const char *const kEnDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char *const kEnMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};

struct Fields {
    int year, month, day, hour, minute, weekday;
};

// Civil date from days since the epoch (Howard Hinnant's algorithm), kept
// here so the viewer does not depend on the core's date module for display.
Fields localFields(const ZonedTime &time)
{
    const std::int64_t local = time.epochSeconds + std::int64_t{time.offsetMinutes} * 60;
    std::int64_t days = local / 86400;
    std::int64_t seconds = local % 86400;
    if (seconds < 0) {
        seconds += 86400;
        --days;
    }
    const std::int64_t weekday = ((days % 7) + 11) % 7; // 1970-01-01 was a Thursday
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year),
            static_cast<int>(month),
            static_cast<int>(day),
            static_cast<int>(seconds / 3600),
            static_cast<int>((seconds % 3600) / 60),
            static_cast<int>(weekday)};
}

struct Speed {
    double charsPerMinute;
    double variance;
};

// Firefox's table (from a study of reading speeds); Indonesian is not in it,
// so like Firefox we fall back to English.
Speed speedFor(const std::string &language)
{
    const std::string primary = language.substr(0, language.find('-'));
    if (primary == "de")
        return {920, 86};
    if (primary == "fr")
        return {998, 126};
    if (primary == "es")
        return {1025, 127};
    if (primary == "nl")
        return {978, 143};
    return {987, 118};
}

} // namespace

QString zoneName(int offsetMinutes)
{
    switch (offsetMinutes) {
    case 7 * 60:
        return QStringLiteral("WIB");
    case 8 * 60:
        return QStringLiteral("WITA");
    case 9 * 60:
        return QStringLiteral("WIT");
    case 0:
        return QStringLiteral("UTC");
    default:
        break;
    }
    const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return QStringLiteral("UTC%1%2:%3")
            .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
            .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

QString longDate(const ZonedTime &time, UiLanguage language)
{
    const Fields f = localFields(time);
    const bool id = language == UiLanguage::Indonesian;
    const auto weekday = static_cast<std::size_t>(f.weekday);
    const auto month = static_cast<std::size_t>(f.month - 1);
    QString text = QStringLiteral("%1, %2 %3 %4")
                           .arg(QLatin1String(id ? kIdDays[weekday] : kEnDays[weekday]))
                           .arg(f.day)
                           .arg(QLatin1String(id ? kIdMonths[month] : kEnMonths[month]))
                           .arg(f.year);
    // Only what the page stated: a day alone shows no time, a time printed
    // without a zone shows no zone.
    if (time.timeKnown)
        text += QStringLiteral(", %1%2%3")
                        .arg(f.hour, 2, 10, QLatin1Char('0'))
                        .arg(id ? QLatin1Char('.') : QLatin1Char(':'))
                        .arg(f.minute, 2, 10, QLatin1Char('0'));
    if (time.timeKnown && time.offsetKnown)
        text += QLatin1Char(' ') + zoneName(time.offsetMinutes);
    return text;
}

ReadingTime readingTime(const Article &article)
{
    // Firefox counts the characters of the article's text content.
    qsizetype characters = 0;
    for (const auto &paragraph : article.paragraphs)
        characters += qs(paragraph.text).size();
    const Speed speed = speedFor(article.language);
    const auto chars = static_cast<double>(characters);
    ReadingTime result;
    result.fastMinutes = static_cast<int>(std::ceil(chars / (speed.charsPerMinute + speed.variance)));
    result.slowMinutes = static_cast<int>(std::ceil(chars / (speed.charsPerMinute - speed.variance)));
    return result;
}

QString readingTimeText(const ReadingTime &time)
{
    if (time.fastMinutes == time.slowMinutes)
        return QCoreApplication::translate("warta::Format", "%n min", nullptr, time.slowMinutes);
    return QCoreApplication::translate("warta::Format", "%1–%2 min")
            .arg(time.fastMinutes)
            .arg(time.slowMinutes);
}

int articleWords(const Article &article)
{
    if (article.wordCount > 0)
        return article.wordCount;
    int words = 0;
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    for (const auto &paragraph : article.paragraphs)
        words += static_cast<int>(qs(paragraph.text).split(kSpace, Qt::SkipEmptyParts).size());
    return words;
}

QString firstWords(const QString &text, int count)
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    const QStringList words = text.split(kSpace, Qt::SkipEmptyParts);
    if (words.size() <= count)
        return words.join(QLatin1Char(' '));
    return words.mid(0, count).join(QLatin1Char(' ')) + QChar(0x2026);
}

QString authorRoleText(AuthorRole role)
{
    switch (role) {
    case AuthorRole::Reporter:
        return QCoreApplication::translate("warta::Format", "Reporter");
    case AuthorRole::Writer:
        return QCoreApplication::translate("warta::Format", "Writer");
    case AuthorRole::Editor:
        return QCoreApplication::translate("warta::Format", "Editor");
    case AuthorRole::Photographer:
        return QCoreApplication::translate("warta::Format", "Photographer");
    case AuthorRole::Contributor:
        return QCoreApplication::translate("warta::Format", "Contributor");
    }
    return {};
}

} // namespace warta
