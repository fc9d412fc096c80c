#include "warta/date/date_parser.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using warta::ZonedTime;

namespace {

const char *const kBulan[] = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                              "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
const char *const kHari[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};

std::string twoDigits(int value)
{
    return (value < 10 ? "0" : "") + std::to_string(value);
}

// The date line SINDOnews would print for an instant, built from the
// arithmetic of ZonedTime::local(), independent of the parser's ICU path.
std::string sindoLine(const ZonedTime &time, const char *zone)
{
    const ZonedTime::Fields f = time.local();
    return std::string(kHari[f.weekday]) + ", " + std::to_string(f.day) + " " + kBulan[f.month - 1] + " " +
           std::to_string(f.year) + " - " + twoDigits(f.hour) + ":" + twoDigits(f.minute) + " " + zone;
}

} // namespace

TEST_CASE("ICU's calendar and the civil arithmetic agree over two centuries", "[date]")
{
    // A step of 7 days, 3 hours and 7 minutes walks through every weekday,
    // hour and leap day between 1901 and 2099.
    const std::int64_t step = ((7 * 24 + 3) * 60 + 7) * 60;
    int checked = 0;
    for (std::int64_t t = warta::epochFromCivil(1901, 1, 1, 0, 0, 0);
         t < warta::epochFromCivil(2099, 12, 31, 0, 0, 0); t += step) {
        const ZonedTime wita{t, 8 * 60};
        const std::string line = sindoLine(wita, "WITA");
        const auto parsed = warta::parseDateTextDetailed(line);
        INFO(line);
        REQUIRE(parsed);
        REQUIRE(parsed->time == wita);
        REQUIRE_FALSE(parsed->weekdayMismatch);
        ++checked;
    }
    CHECK(checked > 10000);
}

TEST_CASE("Dates before the Gregorian reform are proleptic Gregorian", "[date]")
{
    const auto parsed = warta::parseDateText("1 Maret 1500 00:00 UTC");
    REQUIRE(parsed);
    CHECK(parsed->epochSeconds == warta::epochFromCivil(1500, 3, 1, 0, 0, 0));
    CHECK(warta::parseDateText("29 Februari 1500") == std::nullopt); // a Julian leap day only
}

TEST_CASE("Parsing from several threads at once", "[date]")
{
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int n = 0; n < 4; ++n) {
        threads.emplace_back([n, &wrong] {
            const std::string zone = n % 2 == 0 ? "WIB" : "WIT";
            const int offset = n % 2 == 0 ? 7 * 60 : 9 * 60;
            for (int i = 0; i < 2000; ++i) {
                const int day = 1 + i % 28;
                const auto parsed = warta::parseDateText(std::to_string(day) + " Juni 2019 10:00 " + zone);
                const std::int64_t expected = warta::epochFromCivil(2019, 6, day, 10, 0, 0) - offset * 60;
                if (!parsed || parsed->epochSeconds != expected || parsed->offsetMinutes != offset)
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(wrong == 0);
}
