#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>

#include <string>

using warta::parseDateText;
using warta::parseDateTextDetailed;

namespace {

// The parse as ISO 8601, or "none": failures then print the text that failed.
std::string iso(std::string_view text, int defaultOffsetMinutes = 7 * 60)
{
    const auto parsed = parseDateText(text, defaultOffsetMinutes);
    return parsed ? parsed->toIso8601() : std::string("none");
}

} // namespace

TEST_CASE("SINDOnews date lines", "[date]")
{
    CHECK(iso("Kamis, 27 Juni 2019 - 17:54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("Jum'at, 24 Juli 2020 - 13:39 WIB") == "2020-07-24T13:39:00+07:00");
    CHECK(iso("Jumat, 24 Juli 2020 - 13:39 WIB") == "2020-07-24T13:39:00+07:00");
    CHECK(iso("Jum\u2019at, 24 Juli 2020 - 13:39 WIB") == "2020-07-24T13:39:00+07:00");
    CHECK(iso("Jum`at, 24 Juli 2020 - 13:39 WIB") == "2020-07-24T13:39:00+07:00");
    CHECK(iso("Selasa,  6 Oktober 2015 - 05:23 WIB") == "2015-10-06T05:23:00+07:00");
    CHECK(iso("Rabu 13 September 2017 - 12:12 WIB") == "2017-09-13T12:12:00+07:00");
}

TEST_CASE("The instant is right, not only its printing", "[date]")
{
    const auto parsed = parseDateText("Kamis, 27 Juni 2019 - 17:54 WIB");
    REQUIRE(parsed);
    CHECK(parsed->epochSeconds == 1561632840); // `date -d '2019-06-27 17:54 +0700' +%s`
    CHECK(parsed->offsetMinutes == 420);
}

TEST_CASE("Every Indonesian month, full and abbreviated", "[date]")
{
    const char *full[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                          "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
    const char *shortNames[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    for (int month = 1; month <= 12; ++month) {
        const std::string expected =
                "2019-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-05T08:00:00+07:00";
        CHECK(iso("5 " + std::string(full[month - 1]) + " 2019 08:00 WIB") == expected);
        CHECK(iso("5 " + std::string(shortNames[month - 1]) + " 2019 08:00 WIB") == expected);
    }
}

TEST_CASE("Informal and old month spellings", "[date]")
{
    CHECK(iso("27 Agt 2019 17.54 WITA") == "2019-08-27T17:54:00+08:00");
    CHECK(iso("27 Ags 2019 17:54") == "2019-08-27T17:54:00");
    CHECK(iso("27 Agu 2019 17:54") == "2019-08-27T17:54:00");
    CHECK(iso("27 Sept 2019") == "2019-09-27");
    CHECK(iso("5 Nop 2019") == "2019-11-05");
    CHECK(iso("5 Nopember 2019") == "2019-11-05");
    CHECK(iso("29 Pebruari 2020") == "2020-02-29");
}

TEST_CASE("Numeric day/month/year dates", "[date]")
{
    CHECK(iso("27/6/2019 17.54") == "2019-06-27T17:54:00");
    CHECK(iso("27/06/2019 17:54") == "2019-06-27T17:54:00");
    CHECK(iso("Kamis (27/6/2019)") == "2019-06-27");
    CHECK(iso("27-06-2019") == "2019-06-27");
    CHECK(iso("27.06.2019 17.54") == "2019-06-27T17:54:00");
    CHECK(iso("2019/06/27 17:54") == "2019-06-27T17:54:00");
    // Mixed separators are not a date.
    CHECK(iso("27/06-2019") == "none");
    // Two-digit years are too ambiguous.
    CHECK(iso("27/6/19") == "none");
}

TEST_CASE("English dates", "[date]")
{
    CHECK(iso("June 27, 2019 5:54 PM") == "2019-06-27T17:54:00");
    CHECK(iso("June 27, 2019 5:54 am") == "2019-06-27T05:54:00");
    CHECK(iso("June 27, 2019 at 12:05 a.m.") == "2019-06-27T00:05:00");
    CHECK(iso("June 27, 2019 12:05 p.m.") == "2019-06-27T12:05:00");
    CHECK(iso("June 27, 2019 5:54PM") == "2019-06-27T17:54:00");
    CHECK(iso("27 June 2019") == "2019-06-27");
    CHECK(iso("Thursday, 27 June 2019 17:54") == "2019-06-27T17:54:00");
    CHECK(iso("Thursday, June 27th, 2019") == "2019-06-27");
    CHECK(iso("27-Jun-2019 10:54 GMT") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("Aug. 27, 2019") == "2019-08-27");
    // RFC 2822, as in HTTP headers and RSS.
    CHECK(iso("Thu, 27 Jun 2019 10:54:00 GMT") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("Thu, 27 Jun 2019 10:54:00 +0000") == "2019-06-27T10:54:00+00:00");
    // 13 PM and 0 AM do not exist.
    CHECK(iso("June 27, 2019 13:54 PM") == "none");
    CHECK(iso("June 27, 2019 0:54 AM") == "none");
}

TEST_CASE("Time words: pukul, pkl., jam", "[date]")
{
    CHECK(iso("Kamis, 27 Juni 2019 Pukul 17.54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("Kamis, 27 Juni 2019, pkl. 17.54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 Juni 2019 jam 17:54") == "2019-06-27T17:54:00");
    CHECK(iso("Kamis, 27 Juni 2019 - 17:54:30 WIB") == "2019-06-27T17:54:30+07:00");
    CHECK(iso("Kamis, 27 Juni 2019 | 17.54.30") == "2019-06-27T17:54:30");
}

TEST_CASE("A time alone is not a date", "[date]")
{
    CHECK(iso("Pukul 17.54 WIB") == "none");
    CHECK(iso("17:54") == "none");
}

TEST_CASE("Indonesian zones and UTC", "[date]")
{
    CHECK(iso("27 Juni 2019 17:54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 Juni 2019 17:54 WITA") == "2019-06-27T17:54:00+08:00");
    CHECK(iso("27 Juni 2019 17:54 WIT") == "2019-06-27T17:54:00+09:00");
    CHECK(iso("27 Juni 2019 17:54 UTC") == "2019-06-27T17:54:00+00:00");
    CHECK(iso("27 Juni 2019 17:54 GMT") == "2019-06-27T17:54:00+00:00");
    CHECK(iso("27 Juni 2019 17:54 (WITA)") == "2019-06-27T17:54:00+08:00");
    CHECK(iso("27 Juni 2019 17:54WIT") == "2019-06-27T17:54:00+09:00");
    CHECK(iso("27 Juni 2019 17:54 Waktu Indonesia Tengah") == "2019-06-27T17:54:00+08:00");
    CHECK(iso("27 Juni 2019 17:54 waktu indonesia timur") == "2019-06-27T17:54:00+09:00");
    // WITA and WIT are the same wall-clock time, an hour apart as instants.
    const auto wita = parseDateText("27 Juni 2019 17:54 WITA");
    const auto wit = parseDateText("27 Juni 2019 17:54 WIT");
    REQUIRE(wita);
    REQUIRE(wit);
    CHECK(wita->epochSeconds - wit->epochSeconds == 3600);
}

TEST_CASE("Numeric offsets", "[date]")
{
    CHECK(iso("27 June 2019 17:54 GMT+7") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 June 2019 17:54 GMT+07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 June 2019 17:54 UTC-0530") == "2019-06-27T17:54:00-05:30");
    CHECK(iso("27 June 2019 17:54 +0700") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 June 2019 17:54 +07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 June 2019 17:54 -03:00") == "2019-06-27T17:54:00-03:00");
    CHECK(iso("27 June 2019 17:54 +0545") == "2019-06-27T17:54:00+05:45");
}

TEST_CASE("Impossible offsets are refused", "[date]")
{
    CHECK(iso("27 June 2019 17:54 GMT+25") == "none");
    CHECK(iso("27 June 2019 17:54 +0760") == "none");
    CHECK(iso("27 June 2019 17:54 GMT+x") == "none");
    CHECK(iso("27 June 2019", 19 * 60) == "none");
    CHECK(iso("27 June 2019", -19 * 60) == "none");
}

TEST_CASE("Without a zone the time has none; the default only places it", "[date]")
{
    const auto floating = parseDateText("27 Juni 2019 17:54", 8 * 60);
    REQUIRE(floating);
    CHECK_FALSE(floating->offsetKnown);
    CHECK(floating->offsetMinutes == 8 * 60);
    CHECK(floating->local().hour == 17);
    CHECK(iso("27 Juni 2019 17:54") == "2019-06-27T17:54:00");
    CHECK(iso("27 Juni 2019 17:54", 8 * 60) == "2019-06-27T17:54:00");
    CHECK(iso("27 Juni 2019 17:54", 0) == "2019-06-27T17:54:00");
    // A stated zone wins over the default.
    CHECK(iso("27 Juni 2019 17:54 WIT", 0) == "2019-06-27T17:54:00+09:00");
}

TEST_CASE("ISO 8601 through parseDateText", "[date]")
{
    CHECK(iso("2019-06-27T17:54:00+07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T17:54+07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T10:54:00.123Z") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("2019-06-27T10:54:00Z") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("2019-06-27") == "2019-06-27");
    CHECK(iso("2019-06-27 17:54:00") == "2019-06-27T17:54:00");
}

TEST_CASE("Case does not matter", "[date]")
{
    CHECK(iso("KAMIS, 27 JUNI 2019 - 17:54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("kamis, 27 juni 2019 - 17:54 wib") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("27 jUnE 2019 17:54 wita") == "2019-06-27T17:54:00+08:00");
}

TEST_CASE("Text around the date is ignored", "[date]")
{
    CHECK(iso("Kamis, 27 Juni 2019 - 17:54 WIB | SINDOnews") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("Dipublikasikan: Kamis, 27 Juni 2019 - 17:54 WIB oleh Redaksi") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("  \t\nKamis, 27 Juni 2019 - 17:54 WIB\n") == "2019-06-27T17:54:00+07:00");
}

TEST_CASE("Unicode spacing, dashes and digits", "[date]")
{
    // No-break spaces, an en dash, and full-width digits.
    CHECK(iso("Kamis,\u00A027\u00A0Juni 2019 \u2013 17:54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("\uFF12\uFF17 Juni 2019 17:54 WIB") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("Kamis, 27 Juni 2019\u200B - 17:54 WIB") == "2019-06-27T17:54:00+07:00");
}

TEST_CASE("Midnight and the end of the day", "[date]")
{
    CHECK(iso("27 Juni 2019 00:00 WIB") == "2019-06-27T00:00:00+07:00");
    CHECK(iso("27 Juni 2019 23:59 WIB") == "2019-06-27T23:59:00+07:00");
    CHECK(iso("27 Juni 2019 24:00 WIB") == "none");
    CHECK(iso("27 Juni 2019 17:60 WIB") == "none");
    CHECK(iso("27 Juni 2019 17:54:60 WIB") == "none");
}

TEST_CASE("Impossible dates are rejected", "[date]")
{
    CHECK(iso("31 Juni 2019") == "none");
    CHECK(iso("31/6/2019") == "none");
    CHECK(iso("0 Juni 2019") == "none");
    CHECK(iso("32 Juli 2019") == "none");
    CHECK(iso("27/13/2019") == "none");
    CHECK(iso("31 April 2019") == "none");
}

TEST_CASE("29 February only in leap years", "[date]")
{
    CHECK(iso("29 Februari 2020") == "2020-02-29");
    CHECK(iso("29 Februari 2024 10:00 WIB") == "2024-02-29T10:00:00+07:00");
    CHECK(iso("29 Februari 2000") == "2000-02-29");
    CHECK(iso("29 Februari 2019") == "none");
    CHECK(iso("29 Februari 1900") == "none"); // divisible by 100, not by 400
    CHECK(iso("29/2/2100") == "none");
}

TEST_CASE("Year boundaries with offsets", "[date]")
{
    const auto wit = parseDateText("1 Januari 2020 05:00 WIT");
    REQUIRE(wit);
    CHECK(wit->epochSeconds == 1577822400); // 2019-12-31T20:00:00Z
    const auto utc = parseDateText("31 Desember 2019 20:00 UTC");
    REQUIRE(utc);
    CHECK(utc->epochSeconds == wit->epochSeconds);
    CHECK(iso("31 Desember 2019 23:30 -01:00") == "2019-12-31T23:30:00-01:00");
    const auto west = parseDateText("31 Desember 2019 23:30 -01:00");
    REQUIRE(west);
    CHECK(west->epochSeconds == 1577838600); // 2020-01-01T00:30:00Z
}

TEST_CASE("Partial dates and garbage give nothing", "[date]")
{
    CHECK(iso("") == "none");
    CHECK(iso("Kamis") == "none");
    CHECK(iso("27 Juni") == "none");
    CHECK(iso("Juni 2019") == "none");
    CHECK(iso("Kamis, 27 - 17:54 WIB") == "none");
    CHECK(iso("2019") == "none");
    CHECK(iso("27 Foo 2019") == "none");
    CHECK(iso("SINDOnews.com") == "none");
    CHECK(iso("1561632840") == "none");
    CHECK(iso("27 Juni 219") == "none");
    CHECK(iso("27 Juni 20190") == "none");
}

TEST_CASE("Weekday and date disagreeing still parse, and say so", "[date]")
{
    // 27 June 2019 was a Thursday (Kamis), not a Friday.
    const auto wrong = parseDateTextDetailed("Jumat, 27 Juni 2019 - 17:54 WIB");
    REQUIRE(wrong);
    CHECK(wrong->time.toIso8601() == "2019-06-27T17:54:00+07:00");
    CHECK(wrong->hasWeekday);
    CHECK(wrong->weekdayMismatch);

    const auto right = parseDateTextDetailed("Kamis, 27 Juni 2019 - 17:54 WIB");
    REQUIRE(right);
    CHECK(right->hasWeekday);
    CHECK_FALSE(right->weekdayMismatch);

    const auto english = parseDateTextDetailed("Friday, June 27, 2019");
    REQUIRE(english);
    CHECK(english->weekdayMismatch);

    const auto parenthesised = parseDateTextDetailed("Kamis (27/6/2019)");
    REQUIRE(parenthesised);
    CHECK(parenthesised->hasWeekday);
    CHECK_FALSE(parenthesised->weekdayMismatch);
}

TEST_CASE("Every weekday name is recognised", "[date]")
{
    // 23-29 June 2019 ran from Sunday (Minggu) to Saturday (Sabtu).
    const char *indonesian[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Sabtu"};
    const char *english[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    for (int i = 0; i < 7; ++i) {
        const std::string date = std::to_string(23 + i) + " Juni 2019";
        for (const char *name : {indonesian[i], english[i]}) {
            const auto parse = parseDateTextDetailed(std::string(name) + ", " + date);
            REQUIRE(parse);
            CHECK(parse->hasWeekday);
            CHECK_FALSE(parse->weekdayMismatch);
            const auto shifted =
                    parseDateTextDetailed(std::string(name) + ", " + std::to_string(24 + i) + " Juni 2019");
            REQUIRE(shifted);
            CHECK(shifted->weekdayMismatch);
        }
    }
}

TEST_CASE("What the detailed parse reports", "[date]")
{
    const auto full = parseDateTextDetailed("Kamis, 27 Juni 2019 - 17:54 WIB");
    REQUIRE(full);
    CHECK(full->hasTime);
    CHECK(full->hasZone);

    const auto bare = parseDateTextDetailed("27 Juni 2019");
    REQUIRE(bare);
    CHECK_FALSE(bare->hasTime);
    CHECK_FALSE(bare->hasZone);
    CHECK_FALSE(bare->hasWeekday);
    CHECK_FALSE(bare->weekdayMismatch);

    const auto noZone = parseDateTextDetailed("27 Juni 2019 17:54");
    REQUIRE(noZone);
    CHECK(noZone->hasTime);
    CHECK_FALSE(noZone->hasZone);

    const auto zoneOnly = parseDateTextDetailed("27 Juni 2019 WITA");
    REQUIRE(zoneOnly);
    CHECK_FALSE(zoneOnly->hasTime);
    CHECK(zoneOnly->hasZone);
    CHECK(zoneOnly->time.toIso8601() == "2019-06-27"); // a day alone has no zone
}

TEST_CASE("Arbitrary bytes never crash", "[date]")
{
    CHECK(iso(std::string("\xff\xfe\x80 27 Juni 2019 \xc3")) == "2019-06-27");
    CHECK(iso(std::string("\0\0\0", 3)) == "none");
    std::string bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.push_back(static_cast<char>((i * 7919) % 256));
    CHECK_NOTHROW(parseDateText(bytes));
    CHECK(iso("Kamis, 27 Juni \xed\xa0\x80 2019") == "none"); // a surrogate is not a space
}

TEST_CASE("Only the first few kilobytes are read", "[date]")
{
    const std::string padding(warta::kMaxDateTextBytes, 'x');
    CHECK(iso(padding + " 27 Juni 2019") == "none");
    CHECK(iso("27 Juni 2019 " + padding) == "2019-06-27");
    // Megabytes of input cost no more than a few kilobytes.
    const std::string huge(8 * 1024 * 1024, '9');
    CHECK(iso(huge) == "none");
}

TEST_CASE("Documented limits hold", "[date]")
{
    // Day first: 3/4 is 3 April; month first only when the day cannot be the month.
    CHECK(iso("3/4/2019") == "2019-04-03");
    CHECK(iso("6/27/2019") == "2019-06-27");
    CHECK(iso("13/27/2019") == "none");
    // A time before the date is not read.
    const auto timeFirst = parseDateTextDetailed("17:54 WIB, 27 Juni 2019");
    REQUIRE(timeFirst);
    CHECK_FALSE(timeFirst->hasTime);
    CHECK(timeFirst->time.toIso8601() == "2019-06-27");
    // The first date wins, even when impossible.
    CHECK(iso("31 Juni 2019, diperbarui 1 Juli 2019") == "none");
    CHECK(iso("27 Juni 2019, diperbarui 1 Juli 2019") == "2019-06-27");
    // Unknown and ambiguous zone names leave the time without a zone.
    const auto cst = parseDateTextDetailed("June 27, 2019 5:54 PM CST");
    REQUIRE(cst);
    CHECK_FALSE(cst->hasZone);
    CHECK_FALSE(cst->time.offsetKnown);
}
