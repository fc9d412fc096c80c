#include "load/save_date.h"

#include "warta/text/text.h"

#include <array>
#include <cstdio>
#include <vector>

namespace warta {
namespace {

struct Fields {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int offsetMinutes = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == ','))
            ++pos;
        std::size_t end = pos;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != ',')
            ++end;
        if (end > pos)
            words.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

std::optional<int> number(std::string_view text, std::size_t minDigits, std::size_t maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> monthNumber(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return std::nullopt;
    const std::string key = asciiLower(name.substr(0, 3));
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (kMonths[i] == key)
            return static_cast<int>(i) + 1;
    }
    return std::nullopt;
}

// "10:02:00" or "10:02".
bool parseClock(std::string_view text, Fields &f)
{
    auto h = number(text.substr(0, text.find(':')), 1, 2);
    if (!h || text.size() < 4)
        return false;
    const std::size_t c1 = text.find(':');
    const std::size_t c2 = text.find(':', c1 + 1);
    auto m = number(text.substr(c1 + 1, c2 == std::string_view::npos ? std::string_view::npos : c2 - c1 - 1),
                    2, 2);
    auto s = c2 == std::string_view::npos ? std::optional<int>(0) : number(text.substr(c2 + 1), 2, 2);
    if (!m || !s || *h > 23 || *m > 59 || *s > 60)
        return false;
    f.hour = *h;
    f.minute = *m;
    f.second = *s;
    return true;
}

// "+0700", "-0000", "GMT+0700", "GMT", "UT", "Z".
bool parseZone(std::string_view text, Fields &f)
{
    if (text.substr(0, 3) == "GMT" || text.substr(0, 3) == "UTC")
        text.remove_prefix(3);
    else if (text == "UT" || text == "Z")
        text = {};
    if (text.empty()) {
        f.offsetMinutes = 0;
        return true;
    }
    if (text.size() != 5 || (text[0] != '+' && text[0] != '-'))
        return false;
    auto hh = number(text.substr(1, 2), 2, 2);
    auto mm = number(text.substr(3, 2), 2, 2);
    if (!hh || !mm || *hh > 14 || *mm > 59)
        return false;
    f.offsetMinutes = (text[0] == '-' ? -1 : 1) * (*hh * 60 + *mm);
    return true;
}

bool validDay(const Fields &f)
{
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (f.year % 4 == 0 && f.year % 100 != 0) || f.year % 400 == 0;
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > kDays[static_cast<std::size_t>(f.month - 1)])
        return false;
    return f.month != 2 || f.day <= 28 || leap;
}

std::optional<std::string> format(const Fields &f)
{
    if (!validDay(f))
        return std::nullopt;
    const int offset = f.offsetMinutes < 0 ? -f.offsetMinutes : f.offsetMinutes;
    std::array<char, 40> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", f.year, f.month, f.day,
                  f.hour, f.minute, f.second, f.offsetMinutes < 0 ? '-' : '+', offset / 60, offset % 60);
    return std::string(buf.data());
}

} // namespace

std::optional<std::string> rfc5322DateToIso(std::string_view text)
{
    auto words = splitWords(text);
    // Drop the optional weekday.
    if (!words.empty() && !words.front().empty() && !isDigit(words.front()[0]))
        words.erase(words.begin());
    if (words.size() < 4)
        return std::nullopt;
    Fields f;
    auto day = number(words[0], 1, 2);
    auto month = monthNumber(words[1]);
    auto year = number(words[2], 4, 4);
    if (!day || !month || !year || !parseClock(words[3], f))
        return std::nullopt;
    f.day = *day;
    f.month = *month;
    f.year = *year;
    if (words.size() >= 5 && !parseZone(words[4], f))
        return std::nullopt;
    return format(f);
}

std::optional<std::string> jsDateToIso(std::string_view text)
{
    const std::size_t bracket = text.find('(');
    auto words = splitWords(text.substr(0, bracket));
    // "Thu Jan 23 2025 16:02:11 GMT+0700"
    if (words.size() < 6)
        return std::nullopt;
    Fields f;
    auto month = monthNumber(words[1]);
    auto day = number(words[2], 1, 2);
    auto year = number(words[3], 4, 4);
    if (!month || !day || !year || !parseClock(words[4], f) || !parseZone(words[5], f))
        return std::nullopt;
    f.day = *day;
    f.month = *month;
    f.year = *year;
    return format(f);
}

} // namespace warta
