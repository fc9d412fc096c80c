#include "cite/csl_item.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace warta::detail {

std::string scalarText(const nlohmann::json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    if (value.is_number()) {
        std::ostringstream out;
        out << value.get<double>();
        return out.str();
    }
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    return {};
}

namespace {

using nlohmann::json;

// Empty when the value is a number no int holds: converting an out-of-range
// double is undefined behaviour, and a year of 2e63 is no date anyone can
// cite. Text that is not a number is 0, as citeproc-js's parseInt gives NaN.
std::optional<int> toInt(const json &value)
{
    constexpr auto kMin = std::numeric_limits<int>::min();
    constexpr auto kMax = std::numeric_limits<int>::max();
    if (value.is_number_unsigned()) {
        const auto number = value.get<unsigned long long>();
        if (number > static_cast<unsigned long long>(kMax))
            return std::nullopt;
        return static_cast<int>(number);
    }
    if (value.is_number_integer()) {
        const auto number = value.get<long long>();
        if (number < kMin || number > kMax)
            return std::nullopt;
        return static_cast<int>(number);
    }
    if (value.is_number()) {
        const double number = value.get<double>();
        if (!std::isfinite(number) || number <= kMin - 1.0 || number >= kMax + 1.0)
            return std::nullopt;
        return static_cast<int>(number);
    }
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        try {
            return text.empty() ? 0 : std::stoi(text);
        } catch (const std::out_of_range &) {
            return std::nullopt;
        } catch (const std::invalid_argument &) {
            return 0;
        }
    }
    return 0;
}

bool startsLower(const std::string &word)
{
    return !word.empty() && std::islower(static_cast<unsigned char>(word[0]));
}

// "van der Berg" → particle "van der", family "Berg": lower-case leading words
// are a non-dropping particle (the minimal particle handling CSL-JSON expects).
void splitParticles(CslName &name)
{
    if (name.nonDroppingParticle.empty() && !name.family.empty()) {
        std::size_t pos = 0;
        std::size_t lastEnd = 0;
        while (pos < name.family.size()) {
            std::size_t space = name.family.find(' ', pos);
            if (space == std::string::npos)
                break;
            if (!startsLower(name.family.substr(pos, space - pos)))
                break;
            lastEnd = space;
            pos = space + 1;
        }
        if (lastEnd > 0) {
            name.nonDroppingParticle = name.family.substr(0, lastEnd);
            name.family = name.family.substr(lastEnd + 1);
        }
    }
    if (name.droppingParticle.empty() && !name.given.empty()) {
        std::size_t end = name.given.size();
        std::size_t cut = end;
        while (true) {
            std::size_t space = name.given.rfind(' ', cut == 0 ? 0 : cut - 1);
            if (space == std::string::npos || space == 0)
                break;
            if (!startsLower(name.given.substr(space + 1, cut - space - 1)))
                break;
            cut = space;
        }
        if (cut < end) {
            name.droppingParticle = name.given.substr(cut + 1);
            name.given = name.given.substr(0, cut);
        }
    }
}

} // namespace

void finishName(CslName &name, bool parseNames)
{
    if (parseNames) {
        // "John, III" / "John,! Jr.": a suffix given after a comma in the given name.
        if (std::size_t comma = name.given.find(','); comma != std::string::npos && name.suffix.empty()) {
            std::string rest = name.given.substr(comma + 1);
            name.given = name.given.substr(0, comma);
            if (!rest.empty() && rest[0] == '!') {
                rest = rest.substr(1);
                name.commaSuffix = true;
            }
            std::size_t start = rest.find_first_not_of(' ');
            name.suffix = start == std::string::npos ? std::string() : rest.substr(start);
        }
        splitParticles(name);
    }
    for (std::string *part : {&name.family, &name.given, &name.droppingParticle, &name.nonDroppingParticle}) {
        for (std::size_t pos; (pos = part->find('\'')) != std::string::npos;)
            part->replace(pos, 1, "\u2019");
    }
}

namespace {

CslName readName(const json &value)
{
    CslName name;
    if (!value.is_object()) {
        name.literal = scalarText(value);
        return name;
    }
    auto get = [&](const char *key) {
        auto it = value.find(key);
        return it == value.end() ? std::string() : scalarText(*it);
    };
    name.family = get("family");
    name.given = get("given");
    name.droppingParticle = get("dropping-particle");
    name.nonDroppingParticle = get("non-dropping-particle");
    name.suffix = get("suffix");
    name.literal = get("literal");
    if (auto it = value.find("comma-suffix"); it != value.end())
        name.commaSuffix = it->is_boolean() ? it->get<bool>() : !scalarText(*it).empty();
    bool parse = true;
    if (auto it = value.find("parse-names"); it != value.end())
        parse = !(it->is_boolean() && !it->get<bool>()) && scalarText(*it) != "false";
    // A family name in double quotes is to be taken as written ("\"van Happel\""):
    // the quotes go and no particle is read from it (citeproc-js's convention).
    if (name.family.size() >= 2 && name.family.front() == '"' && name.family.back() == '"') {
        name.family = name.family.substr(1, name.family.size() - 2);
        parse = false;
    }
    finishName(name, parse);
    return name;
}

CslDate readDate(const json &value)
{
    if (value.is_string())
        return parseRawDate(value.get<std::string>());
    CslDate date;
    if (!value.is_object())
        return date;
    if (auto it = value.find("date-parts"); it != value.end() && it->is_array()) {
        for (const auto &part : *it) {
            if (!part.is_array() || part.empty())
                continue;
            std::array<int, 3> ymd{0, 0, 0};
            bool representable = true;
            for (std::size_t i = 0; i < 3 && i < part.size(); ++i) {
                const std::optional<int> number = toInt(part[i]);
                representable = representable && number.has_value();
                ymd[i] = number.value_or(0);
            }
            if (!representable)
                continue; // no date, rather than a guess at one
            // An empty end ([[1987], [0]] or [""]) marks an open range.
            if (ymd[0] == 0 && ymd[1] == 0 && date.parts.empty())
                continue;
            date.parts.push_back(ymd);
        }
    }
    if (auto it = value.find("season"); it != value.end())
        date.season = toInt(*it).value_or(0);
    if (auto it = value.find("circa"); it != value.end())
        date.circa = it->is_boolean() ? it->get<bool>() : !scalarText(*it).empty();
    if (auto it = value.find("literal"); it != value.end())
        date.literal = scalarText(*it);
    if (date.parts.empty() && date.literal.empty())
        if (auto it = value.find("raw"); it != value.end()) {
            CslDate raw = parseRawDate(scalarText(*it));
            raw.circa = raw.circa || date.circa;
            return raw;
        }
    return date;
}

bool isDateVariable(const std::string &key)
{
    static const char *const kDates[] = {"accessed",      "available-date", "event-date", "issued",
                                         "original-date", "submitted",      "container"};
    for (const char *name : kDates)
        if (key == name)
            return true;
    return false;
}

Expected<ItemData> readItem(const json &object)
{
    if (!object.is_object())
        return fail(ErrorCode::BadInput, "a CSL-JSON item must be an object");
    ItemData item;
    for (const auto &[key, value] : object.items()) {
        if (key == "custom")
            continue;
        if (value.is_array() && (value.empty() || value[0].is_object())) {
            auto &list = item.names[key];
            for (const auto &entry : value)
                list.push_back(readName(entry));
        } else if (isDateVariable(key) && (value.is_object() || value.is_string())) {
            item.dates[key] = readDate(value);
        } else if (!value.is_object() && !value.is_array() && !value.is_null()) {
            item.vars[key] = scalarText(value);
        }
    }
    item.id = item.vars["id"];
    item.type = item.vars.count("type") ? item.vars["type"] : "article";
    item.language = item.vars.count("language") ? item.vars["language"] : "";
    // Legacy CSL-JSON spellings that styles ask for under their 1.0 names.
    if (!item.vars.count("title-short") && item.vars.count("shortTitle"))
        item.vars["title-short"] = item.vars["shortTitle"];
    if (!item.vars.count("container-title-short") && item.vars.count("journalAbbreviation"))
        item.vars["container-title-short"] = item.vars["journalAbbreviation"];
    return item;
}

} // namespace

Expected<ItemData> parseItemJson(const std::string &text)
{
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return fail(ErrorCode::BadInput, "the CSL-JSON is not valid JSON");
    if (parsed.is_array()) {
        if (parsed.size() != 1)
            return fail(ErrorCode::BadInput, "expected one CSL-JSON item");
        return readItem(parsed[0]);
    }
    return readItem(parsed);
}

Expected<std::vector<ItemData>> parseItemListJson(const std::string &text)
{
    json parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return fail(ErrorCode::BadInput, "the CSL-JSON is not valid JSON");
    std::vector<ItemData> items;
    if (!parsed.is_array())
        parsed = json::array({parsed});
    for (const auto &entry : parsed) {
        auto item = readItem(entry);
        if (!item)
            return Unexpected{item.error()};
        items.push_back(std::move(item.value()));
    }
    return items;
}

CslDate parseRawDate(const std::string &raw)
{
    CslDate date;
    std::vector<int> numbers;
    std::size_t i = 0;
    while (i < raw.size()) {
        if (std::isdigit(static_cast<unsigned char>(raw[i]))) {
            std::size_t j = i;
            while (j < raw.size() && std::isdigit(static_cast<unsigned char>(raw[j])))
                ++j;
            // No part of a date has ten digits; std::stoi would throw on it.
            if (j - i > 9) {
                date.literal = raw;
                return date;
            }
            numbers.push_back(std::stoi(raw.substr(i, j - i)));
            i = j;
        } else {
            ++i;
        }
    }
    if (numbers.empty() || numbers.size() > 3) {
        date.literal = raw;
        return date;
    }
    std::array<int, 3> ymd{numbers[0], 0, 0};
    if (numbers.size() > 1)
        ymd[1] = numbers[1];
    if (numbers.size() > 2)
        ymd[2] = numbers[2];
    date.parts.push_back(ymd);
    return date;
}

} // namespace warta::detail
