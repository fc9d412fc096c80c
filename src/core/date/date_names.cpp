#include "date/date_names_p.h"

#include "warta/date/date_parser.h"
#include "warta/text/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace warta {

namespace {

bool isApostrophe(char16_t c)
{
    // ' ` ´ ‘ ’ ʼ ′ : pages write "Jum'at" with any of them.
    return c == u'\'' || c == u'`' || c == u'\u00B4' || c == u'\u2018' || c == u'\u2019' || c == u'\u02BC' ||
           c == u'\u2032';
}

bool isDash(char16_t c)
{
    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
    return (c >= u'\u2010' && c <= u'\u2015') || c == u'\u2212';
}

std::string withoutApostrophes(std::string_view word)
{
    std::string key;
    key.reserve(word.size());
    for (char c : word) {
        if (c != '\'')
            key.push_back(c);
    }
    return key;
}

// Indonesian and English (with the hand-added spellings) are the first
// languages; a name in them wins over the same spelling in another language
// (Spanish "mar." is martes, Tuesday, but English "Mar" is March).
enum class NameRank {
    Primary,
    Other
};

struct NameEntry {
    std::string key;
    DateName meaning;
    NameRank rank;
};

using NameTable = std::vector<NameEntry>;

void addName(NameTable &table, const icu::UnicodeString &name, DateName meaning, NameRank rank)
{
    // Narrow names ("J", "S") say nothing on their own.
    if (name.length() < 2)
        return;
    std::string utf8;
    name.toUTF8String(utf8);
    std::string key = withoutApostrophes(foldDateText(utf8, utf8.size()));
    if (!key.empty())
        table.push_back({std::move(key), meaning, rank});
}

void addLocaleNames(NameTable &table, const char *localeId, NameRank rank)
{
    UErrorCode status = U_ZERO_ERROR;
    auto symbols = std::make_unique<icu::DateFormatSymbols>(icu::Locale(localeId), status);
    if (U_FAILURE(status))
        return;
    using Symbols = icu::DateFormatSymbols;
    constexpr std::array contexts{Symbols::FORMAT, Symbols::STANDALONE};
    constexpr std::array widths{Symbols::WIDE, Symbols::ABBREVIATED, Symbols::SHORT, Symbols::NARROW};
    for (Symbols::DtContextType context : contexts) {
        for (Symbols::DtWidthType width : widths) {
            // The two-letter short weekdays of other languages ("di", "ma")
            // are common Indonesian and English words.
            if (rank == NameRank::Other && (width == Symbols::SHORT || width == Symbols::NARROW))
                continue;
            int32_t count = 0;
            // ICU has no SHORT month names; it answers with nothing for them.
            const icu::UnicodeString *months = symbols->getMonths(count, context, width);
            for (int32_t i = 0; months != nullptr && i < count && i < 12; ++i)
                addName(table, months[i], {DateName::Kind::Month, i + 1}, rank);
            // Weekdays are indexed by UCAL_SUNDAY (1) to UCAL_SATURDAY (7).
            const icu::UnicodeString *days = symbols->getWeekdays(count, context, width);
            for (int32_t i = UCAL_SUNDAY; days != nullptr && i < count && i <= UCAL_SATURDAY; ++i)
                addName(table, days[i], {DateName::Kind::Weekday, i - UCAL_SUNDAY}, rank);
        }
    }
}

// Spellings ICU does not know but Indonesian pages use: the informal
// abbreviations of Agustus, the pre-1972 spellings (Pebruari, Nopember), and
// a few English abbreviations.
void addExtraNames(NameTable &table)
{
    using Kind = DateName::Kind;
    static constexpr std::pair<const char *, DateName> kExtras[] = {
            {"agt", {Kind::Month, 8}},    {"ags", {Kind::Month, 8}},       {"agust", {Kind::Month, 8}},
            {"sept", {Kind::Month, 9}},   {"pebruari", {Kind::Month, 2}},  {"peb", {Kind::Month, 2}},
            {"nop", {Kind::Month, 11}},   {"nopember", {Kind::Month, 11}}, {"pebr", {Kind::Month, 2}},
            {"ahad", {Kind::Weekday, 0}}, {"tues", {Kind::Weekday, 2}},    {"weds", {Kind::Weekday, 3}},
            {"thur", {Kind::Weekday, 4}}, {"thurs", {Kind::Weekday, 4}},
    };
    for (const auto &[name, meaning] : kExtras)
        table.push_back({name, meaning, NameRank::Primary});
}

// The names of one key: those of the best rank, kept when they agree; when a
// month and a weekday share a spelling of the same rank, nothing.
std::optional<NameEntry> resolveKey(std::span<const NameEntry> entries)
{
    const NameRank best = std::min_element(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
                              return a.rank < b.rank;
                          })->rank;
    std::optional<NameEntry> chosen;
    for (const auto &entry : entries) {
        if (entry.rank != best)
            continue;
        if (chosen &&
            (chosen->meaning.kind != entry.meaning.kind || chosen->meaning.value != entry.meaning.value))
            return std::nullopt;
        chosen = entry;
    }
    return chosen;
}

NameTable buildNameTable()
{
    NameTable table;
    addLocaleNames(table, "id", NameRank::Primary);
    addLocaleNames(table, "en", NameRank::Primary);
    // Russian and Ukrainian: Cyrillic spellings clash with no Latin name.
    for (const char *other : {"de", "fr", "es", "pt", "nl", "it", "ru", "uk"})
        addLocaleNames(table, other, NameRank::Other);
    addExtraNames(table);
    std::stable_sort(table.begin(), table.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    // One key may come from several widths and languages; keep it once when
    // its best-ranked meanings agree, drop it when they disagree.
    NameTable unique;
    for (std::size_t i = 0; i < table.size();) {
        std::size_t j = i + 1;
        while (j < table.size() && table[j].key == table[i].key)
            ++j;
        if (auto entry = resolveKey(std::span<const NameEntry>(table).subspan(i, j - i)))
            unique.push_back(std::move(*entry));
        i = j;
    }
    return unique;
}

} // namespace

std::string foldDateText(std::string_view text, std::size_t maxBytes)
{
    text = text.substr(0, std::min(text.size(), maxBytes));
    icu::UnicodeString source =
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    for (int32_t i = 0; i < source.length(); ++i) {
        const char16_t c = source.charAt(i);
        if (isApostrophe(c))
            source.setCharAt(i, u'\'');
        else if (isDash(c))
            source.setCharAt(i, u'-');
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || fold == nullptr)
        return asciiLower(text); // without ICU data: still right for ASCII dates
    const icu::UnicodeString folded = fold->normalize(source, status);
    if (U_FAILURE(status))
        return asciiLower(text);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::optional<DateName> lookupDateName(std::string_view foldedWord)
{
    // Built once, on first use; C++ makes the initialisation thread-safe.
    static const NameTable table = buildNameTable();
    const std::string key = withoutApostrophes(foldedWord);
    const auto it = std::lower_bound(table.begin(), table.end(), key,
                                     [](const auto &entry, const std::string &k) { return entry.key < k; });
    if (it == table.end() || it->key != key)
        return std::nullopt;
    return it->meaning;
}

bool isDateWord(std::string_view word)
{
    return lookupDateName(foldDateText(word, kMaxDateTextBytes)).has_value();
}

} // namespace warta
