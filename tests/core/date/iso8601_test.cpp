#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>

#include <string>

using warta::parseIso8601;

namespace {

std::string iso(std::string_view text, int defaultOffsetMinutes = 7 * 60)
{
    const auto parsed = parseIso8601(text, defaultOffsetMinutes);
    return parsed ? parsed->toIso8601() : std::string("none");
}

} // namespace

TEST_CASE("ISO 8601 with offsets", "[date][iso]")
{
    CHECK(iso("2019-06-27T17:54:00+07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T17:54:00+0700") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T17:54:00+07") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T17:54:00-05:30") == "2019-06-27T17:54:00-05:30");
    CHECK(iso("2019-06-27T10:54Z") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("2019-06-27t10:54:00z") == "2019-06-27T10:54:00+00:00");
    CHECK(iso("2019-06-27 17:54:00+07:00") == "2019-06-27T17:54:00+07:00");
    const auto parsed = parseIso8601("2019-06-27T17:54:00+07:00");
    REQUIRE(parsed);
    CHECK(parsed->epochSeconds == 1561632840);
}

TEST_CASE("ISO 8601 with and without seconds and fractions", "[date][iso]")
{
    CHECK(iso("2019-06-27T17:54+07:00") == "2019-06-27T17:54:00+07:00");
    CHECK(iso("2019-06-27T17:54:07+07:00") == "2019-06-27T17:54:07+07:00");
    CHECK(iso("2019-06-27T17:54:07.999+07:00") == "2019-06-27T17:54:07+07:00");
    CHECK(iso("2019-06-27T17:54:07,5Z") == "2019-06-27T17:54:07+00:00");
    CHECK(iso("2019-06-27T17:54:07.123456789Z") == "2019-06-27T17:54:07+00:00");
    CHECK(iso("2019-06-27T17:54:07.Z") == "none");
}

TEST_CASE("ISO 8601 without an offset has no zone, a date alone no time", "[date][iso]")
{
    CHECK(iso("2019-06-27T17:54:00") == "2019-06-27T17:54:00");
    CHECK(iso("2019-06-27T17:54:00", 0) == "2019-06-27T17:54:00");
    CHECK(iso("2019-06-27") == "2019-06-27");
    CHECK(iso("2019-06-27", 9 * 60) == "2019-06-27");
    CHECK(iso("  2019-06-27\n") == "2019-06-27");
}

TEST_CASE("ISO 8601 rejects malformed and impossible values", "[date][iso]")
{
    CHECK(iso("") == "none");
    CHECK(iso("2019-6-27") == "none");
    CHECK(iso("2019-06-27T") == "none");
    CHECK(iso("2019-06-27T17") == "none");
    CHECK(iso("2019-06-27T17:5") == "none");
    CHECK(iso("2019-06-27T17:54:00+7") == "none");
    CHECK(iso("2019-06-27T17:54:00+07:0") == "none");
    CHECK(iso("2019-06-27T17:54:00+19:00") == "none");
    CHECK(iso("2019-06-27T17:54:00+07:60") == "none");
    CHECK(iso("2019-06-27T17:54:00 WIB") == "none");
    CHECK(iso("2019-06-27T24:00:00Z") == "none");
    CHECK(iso("2019-06-31") == "none");
    CHECK(iso("2019-02-29") == "none");
    CHECK(iso("2020-02-29") == "2020-02-29");
    CHECK(iso("2019-13-01") == "none");
    CHECK(iso("2019-00-10") == "none");
    CHECK(iso("Kamis, 27 Juni 2019") == "none");
    CHECK(iso("2019-06-27T17:54:00+07:00 trailing") == "none");
    CHECK(iso("2019-06-27", 24 * 60) == "none");
}
