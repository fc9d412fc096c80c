#include "warta/date/zoned_time.h"

#include <catch2/catch.hpp>

using warta::epochFromCivil;
using warta::ZonedTime;

TEST_CASE("epochFromCivil matches known instants", "[date]")
{
    // Reference values from `date -u -d … +%s`.
    CHECK(epochFromCivil(1970, 1, 1, 0, 0, 0) == 0);
    CHECK(epochFromCivil(1969, 12, 31, 23, 59, 59) == -1);
    CHECK(epochFromCivil(2000, 1, 1, 0, 0, 0) == 946684800);
    CHECK(epochFromCivil(2019, 6, 27, 10, 54, 0) == 1561632840);
    CHECK(epochFromCivil(2020, 2, 29, 12, 0, 0) == 1582977600);
    CHECK(epochFromCivil(1900, 3, 1, 0, 0, 0) == -2203891200);
    CHECK(epochFromCivil(2100, 12, 31, 23, 59, 59) == 4133980799);
}

TEST_CASE("epochFromCivil rolls out-of-range fields over", "[date]")
{
    CHECK(epochFromCivil(2019, 13, 1, 0, 0, 0) == epochFromCivil(2020, 1, 1, 0, 0, 0));
    CHECK(epochFromCivil(2020, 0, 1, 0, 0, 0) == epochFromCivil(2019, 12, 1, 0, 0, 0));
    CHECK(epochFromCivil(2019, 3, 0, 0, 0, 0) == epochFromCivil(2019, 2, 28, 0, 0, 0));
    CHECK(epochFromCivil(2019, 6, 27, 24, 0, 0) == epochFromCivil(2019, 6, 28, 0, 0, 0));
}

TEST_CASE("ZonedTime::local gives the fields at the stated offset", "[date]")
{
    const ZonedTime wib{1561632840, 7 * 60};
    const ZonedTime::Fields f = wib.local();
    CHECK(f.year == 2019);
    CHECK(f.month == 6);
    CHECK(f.day == 27);
    CHECK(f.hour == 17);
    CHECK(f.minute == 54);
    CHECK(f.second == 0);
    CHECK(f.weekday == 4); // Kamis

    const ZonedTime::Fields utc = ZonedTime{1561632840, 0}.local();
    CHECK(utc.hour == 10);
    CHECK(utc.day == 27);
}

TEST_CASE("ZonedTime::local crosses day and year boundaries with the offset", "[date]")
{
    // 2019-12-31T20:00Z is already 2020 in Jayapura (WIT, +09:00).
    const std::int64_t instant = epochFromCivil(2019, 12, 31, 20, 0, 0);
    const ZonedTime::Fields wit = ZonedTime{instant, 9 * 60}.local();
    CHECK(wit.year == 2020);
    CHECK(wit.month == 1);
    CHECK(wit.day == 1);
    CHECK(wit.hour == 5);
    CHECK(wit.weekday == 3); // 1 January 2020 was a Wednesday
    const ZonedTime::Fields west = ZonedTime{instant, -5 * 60}.local();
    CHECK(west.year == 2019);
    CHECK(west.day == 31);
    CHECK(west.hour == 15);
}

TEST_CASE("ZonedTime::local handles instants before 1970", "[date]")
{
    const ZonedTime::Fields f = ZonedTime{-1, 0}.local();
    CHECK(f.year == 1969);
    CHECK(f.month == 12);
    CHECK(f.day == 31);
    CHECK(f.hour == 23);
    CHECK(f.minute == 59);
    CHECK(f.second == 59);
    CHECK(f.weekday == 3);
}

TEST_CASE("local() and epochFromCivil() are inverse over many dates", "[date]")
{
    // Every 1000003 seconds from 1900 to 2100: a step that visits every hour,
    // weekday and leap day over the range.
    for (std::int64_t t = -2208988800; t < 4102444800; t += 1000003) {
        const ZonedTime::Fields f = ZonedTime{t, 8 * 60}.local();
        REQUIRE(epochFromCivil(f.year, f.month, f.day, f.hour, f.minute, f.second) - 8 * 3600 == t);
        REQUIRE(f.weekday >= 0);
        REQUIRE(f.weekday <= 6);
    }
}

TEST_CASE("toIso8601 prints seconds and a ±HH:MM offset", "[date]")
{
    CHECK(ZonedTime{1561632840, 7 * 60}.toIso8601() == "2019-06-27T17:54:00+07:00");
    CHECK(ZonedTime{1561632840, 8 * 60}.toIso8601() == "2019-06-27T18:54:00+08:00");
    CHECK(ZonedTime{1561632840, 9 * 60}.toIso8601() == "2019-06-27T19:54:00+09:00");
    CHECK(ZonedTime{1561632840, 0}.toIso8601() == "2019-06-27T10:54:00+00:00");
    CHECK(ZonedTime{1561632845, -(5 * 60 + 30)}.toIso8601() == "2019-06-27T05:24:05-05:30");
    CHECK(ZonedTime{0, 0}.toIso8601() == "1970-01-01T00:00:00+00:00");
}

TEST_CASE("toIso8601 writes years beyond four digits with a sign", "[date]")
{
    CHECK(ZonedTime{epochFromCivil(10000, 1, 1, 0, 0, 0), 0}.toIso8601() == "+10000-01-01T00:00:00+00:00");
    CHECK(ZonedTime{epochFromCivil(-1, 1, 1, 0, 0, 0), 0}.toIso8601() == "-0001-01-01T00:00:00+00:00");
}

TEST_CASE("ZonedTime equality compares instant and offset", "[date]")
{
    CHECK(ZonedTime{10, 60} == ZonedTime{10, 60});
    CHECK_FALSE(ZonedTime{10, 60} == ZonedTime{10, 0});
    CHECK_FALSE(ZonedTime{10, 60} == ZonedTime{11, 60});
}
