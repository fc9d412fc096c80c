// A parsed date keeps exactly what the text states: a day alone stays a day,
// a time without a zone stays a wall-clock time, and zones are only the
// ones printed. Also the forms added for pages of other countries: other
// languages' month names, named zones, ISO 8601's basic format.
#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>

#include <string>

using warta::parseDateText;
using warta::parseIso8601;

namespace {

std::string text(std::string_view input)
{
    const auto parsed = parseDateText(input);
    return parsed ? parsed->toIso8601() : std::string("none");
}

std::string machine(std::string_view input)
{
    const auto parsed = parseIso8601(input);
    return parsed ? parsed->toIso8601() : std::string("none");
}

} // namespace

TEST_CASE("A date states only its precision and its zone", "[date][precision]")
{
    CHECK(text("Minggu, 19 Juli 2020") == "2020-07-19");
    CHECK(text("19 Juli 2020 15:02") == "2020-07-19T15:02:00");
    CHECK(text("19 Juli 2020 15:02 WIB") == "2020-07-19T15:02:00+07:00");
    CHECK(text("Jul 19, 2020 3:02pm PST") == "2020-07-19T15:02:00-08:00");
    CHECK(text("19 Juli 2020 WITA") == "2020-07-19"); // a zone without a time says nothing
    const auto floating = parseDateText("19 Juli 2020 15:02");
    REQUIRE(floating);
    CHECK(floating->timeKnown);
    CHECK_FALSE(floating->offsetKnown);
    const auto day = parseDateText("19 Juli 2020");
    REQUIRE(day);
    CHECK_FALSE(day->timeKnown);
    CHECK_FALSE(day->offsetKnown);
    // The wall clock survives whatever offset placed it on the time line.
    CHECK(parseDateText("19 Juli 2020 15:02", 0)->local().hour == 15);
    CHECK(parseDateText("19 Juli 2020 15:02", -300)->local().hour == 15);
}

TEST_CASE("Machine dates keep their precision", "[date][precision]")
{
    CHECK(machine("2020-07-19") == "2020-07-19");
    CHECK(machine("2020-07-19T15:02:00") == "2020-07-19T15:02:00");
    CHECK(machine("2020-07-19T15:02:00+02:00") == "2020-07-19T15:02:00+02:00");
    CHECK(machine("2020-07-19 15:02:00 +0200") == "2020-07-19T15:02:00+02:00");
}

TEST_CASE("ISO 8601 basic format", "[date][iso]")
{
    CHECK(machine("20201123") == "2020-11-23");
    CHECK(machine("20201123T110235Z") == "2020-11-23T11:02:35+00:00");
    CHECK(machine("20201123T11:02:35Z") == "2020-11-23T11:02:35+00:00");
    CHECK(machine("20201123T1102+0700") == "2020-11-23T11:02:00+07:00");
    CHECK(machine("2020112") == "none");
    CHECK(machine("2020-1123") == "none");
}

TEST_CASE("Month names of other languages", "[date][languages]")
{
    CHECK(text("19. Juli 2020") == "2020-07-19");
    CHECK(text("3. März 2021") == "2021-03-03");
    CHECK(text("19 juillet 2020") == "2020-07-19");
    CHECK(text("1er février 2019") == "2019-02-01");
    CHECK(text("19 de julio de 2020") == "2020-07-19");
    CHECK(text("19 de julho de 2020") == "2020-07-19");
    CHECK(text("19 juli 2020") == "2020-07-19");
    CHECK(text("19 luglio 2020") == "2020-07-19");
    CHECK(text("19 dicembre 2020") == "2020-12-19");
    // Russian and Ukrainian date lines name the month in the genitive.
    CHECK(text("15 августа 2016, 13:43") == "2016-08-15T13:43:00");
    CHECK(text("2 червня 2021") == "2021-06-02");
    // A clash keeps the Indonesian/English meaning: "Mar" is March, even
    // though Spanish abbreviates martes (Tuesday) "mar.".
    CHECK(text("Mar 3, 2021") == "2021-03-03");
    CHECK(text("3 Mei 2021") == "2021-05-03");
}

TEST_CASE("Numeric dates and named zones", "[date][zones]")
{
    CHECK(text("22/11/2020 - 04:30") == "2020-11-22T04:30:00");
    CHECK(text("16.12.2012") == "2012-12-16");
    CHECK(text("Rabu, 17/06/2015 22:26") == "2015-06-17T22:26:00");
    CHECK(text("17 Juni 2015 | 22:26 WIB") == "2015-06-17T22:26:00+07:00");
    CHECK(text("17 Juni 2015 - 11:58 wib") == "2015-06-17T11:58:00+07:00");
    CHECK(text("6/27/2019") == "2019-06-27"); // 27 can only be the day
    CHECK(text("3/4/2019") == "2019-04-03");  // day first when both could be
    CHECK(text("19.07.2020 15:02 CEST") == "2020-07-19T15:02:00+02:00");
    CHECK(text("19.01.2020 15:02 CET") == "2020-01-19T15:02:00+01:00");
    CHECK(text("July 19, 2020 10:15 a.m. EDT") == "2020-07-19T10:15:00-04:00");
    CHECK(text("January 19, 2020 10:15 EST") == "2020-01-19T10:15:00-05:00");
    CHECK(text("19 July 2020 10:15 PDT") == "2020-07-19T10:15:00-07:00");
    CHECK(text("19 July 2020 10:15 JST") == "2020-07-19T10:15:00+09:00");
    // CST is China's or the US Central zone: not guessed.
    CHECK(text("19 July 2020 10:15 CST") == "2020-07-19T10:15:00");
}
