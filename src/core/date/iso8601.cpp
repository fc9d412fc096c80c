#include "warta/date/date_parser.h"

#include "date/civil_time_p.h"

#include <algorithm>

namespace warta {

namespace {

// A strict left-to-right reader: every method either consumes exactly what
// it expects or leaves the position alone and says no.
class IsoReader {
public:
    explicit IsoReader(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }

    bool accept(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    /// Exactly `count` ASCII digits.
    std::optional<int> digits(std::size_t count)
    {
        if (m_text.size() - m_pos < count)
            return std::nullopt;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        return value;
    }

    /// One or more digits, skipped (fractions of a second).
    bool skipDigits()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string_view trimAscii(std::string_view text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// "Z", "+07:00", "+0700", "+07"; nothing on anything else.
std::optional<int> readOffset(IsoReader &reader)
{
    if (reader.accept('Z') || reader.accept('z'))
        return 0;
    int sign = 0;
    if (reader.accept('+'))
        sign = 1;
    else if (reader.accept('-'))
        sign = -1;
    else
        return std::nullopt;
    const std::optional<int> hours = reader.digits(2);
    if (!hours)
        return std::nullopt;
    std::optional<int> minutes = 0;
    if (reader.accept(':'))
        minutes = reader.digits(2);
    else if (!reader.atEnd())
        minutes = reader.digits(2);
    if (!minutes || *minutes > 59 || *hours * 60 + *minutes > kMaxOffsetMinutes)
        return std::nullopt;
    return sign * (*hours * 60 + *minutes);
}

// "T17:54", "T17:54:00", "T17:54:00.123" (also with a space or "t"), and the
// basic format's "T1754", "T175400".
bool readTime(IsoReader &reader, CivilTime &civil)
{
    const std::optional<int> hour = reader.digits(2);
    if (!hour)
        return false;
    const bool extended = reader.accept(':');
    const std::optional<int> minute = reader.digits(2);
    if (!minute)
        return false;
    civil.hour = *hour;
    civil.minute = *minute;
    if (!extended || reader.accept(':')) {
        const std::optional<int> second = reader.digits(2);
        if (!second)
            return !extended; // basic "T1754" has no seconds; extended "17:54:" is broken
        civil.second = *second;
        if ((reader.accept('.') || reader.accept(',')) && !reader.skipDigits())
            return false;
    }
    return true;
}

// "2019-06-27" or, in the basic format, "20190627".
bool readDate(IsoReader &reader, CivilTime &civil)
{
    const std::optional<int> year = reader.digits(4);
    if (!year)
        return false;
    const bool extended = reader.accept('-');
    const std::optional<int> month = reader.digits(2);
    if (!month || (extended && !reader.accept('-')))
        return false;
    const std::optional<int> day = reader.digits(2);
    if (!day)
        return false;
    civil.year = *year;
    civil.month = *month;
    civil.day = *day;
    return true;
}

} // namespace

std::optional<ZonedTime> parseIso8601(std::string_view text, int defaultOffsetMinutes)
{
    if (defaultOffsetMinutes < -kMaxOffsetMinutes || defaultOffsetMinutes > kMaxOffsetMinutes)
        return std::nullopt;
    IsoReader reader(trimAscii(text.substr(0, std::min(text.size(), kMaxDateTextBytes))));
    CivilTime civil;
    if (!readDate(reader, civil))
        return std::nullopt;
    int offset = defaultOffsetMinutes;
    bool timeKnown = false;
    bool offsetKnown = false;
    if (!reader.atEnd()) {
        if (!(reader.accept('T') || reader.accept('t') || reader.accept(' ')) || !readTime(reader, civil))
            return std::nullopt;
        timeKnown = true;
        reader.accept(' '); // "2019-06-27 17:54:00 +0700", as some CMSs write it
        if (!reader.atEnd()) {
            const std::optional<int> stated = readOffset(reader);
            if (!stated || !reader.atEnd())
                return std::nullopt;
            offset = *stated;
            offsetKnown = true;
        }
    }
    const std::optional<ResolvedTime> resolved = resolveCivilTime(civil, offset);
    if (!resolved)
        return std::nullopt;
    ZonedTime time{resolved->epochSeconds, offset};
    time.timeKnown = timeKnown;
    time.offsetKnown = offsetKnown;
    return time;
}

} // namespace warta
