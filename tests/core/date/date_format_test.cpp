// The one date-and-zone formatter: Indonesian and English long dates in the
// zone the page stated, and the zone names Indonesian readers know.
#include "warta/date/date_format.h"

#include <catch2/catch.hpp>

using namespace warta;

TEST_CASE("long dates read in Indonesian and English, in the stated zone", "[date][format]")
{
    const ZonedTime wib{epochFromCivil(2019, 6, 27, 10, 54, 0), 7 * 60}; // 17:54 WIB
    CHECK(formatLongDate(wib, DateLanguage::Indonesian) == "Kamis, 27 Juni 2019, 17.54 WIB");
    CHECK(formatLongDate(wib, DateLanguage::English) == "Thursday, 27 June 2019, 17:54 WIB");
    // The local date, not the UTC one: 01:05 WIT on 1 March is still 29 February in UTC.
    const ZonedTime wit{epochFromCivil(2020, 2, 29, 16, 5, 0), 9 * 60};
    CHECK(formatLongDate(wit, DateLanguage::Indonesian) == "Minggu, 1 Maret 2020, 01.05 WIT");
    const ZonedTime before1970{epochFromCivil(1965, 10, 1, 0, 30, 0), 8 * 60};
    CHECK(formatLongDate(before1970, DateLanguage::English) == "Friday, 1 October 1965, 08:30 WITA");
}

TEST_CASE("zones are named as Indonesian readers know them", "[date][format]")
{
    CHECK(zoneName(7 * 60) == "WIB");
    CHECK(zoneName(8 * 60) == "WITA");
    CHECK(zoneName(9 * 60) == "WIT");
    CHECK(zoneName(0) == "UTC");
    CHECK(zoneName(5 * 60 + 30) == "UTC+05:30");
    CHECK(zoneName(-(3 * 60 + 30)) == "UTC-03:30");
}

TEST_CASE("the date language follows the article's language tag", "[date][format]")
{
    CHECK(dateLanguageOf("en") == DateLanguage::English);
    CHECK(dateLanguageOf("en-GB") == DateLanguage::English);
    CHECK(dateLanguageOf("EN_us") == DateLanguage::English);
    CHECK(dateLanguageOf("id") == DateLanguage::Indonesian);
    CHECK(dateLanguageOf("") == DateLanguage::Indonesian);
    CHECK(dateLanguageOf("eng") == DateLanguage::Indonesian); // not a BCP 47 "en" tag
}
