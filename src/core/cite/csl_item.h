#pragma once

#include "warta/common/expected.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace warta::detail {

/// One person or organisation as CSL-JSON gives it, particles split out.
struct CslName {
    std::string family;
    std::string given;
    std::string droppingParticle;
    std::string nonDroppingParticle;
    std::string suffix;
    std::string literal;
    bool commaSuffix = false;
    bool isLiteral() const { return !literal.empty() || (given.empty() && family.empty()); }
};

/// A date or a range: each part is {year, month, day}, 0 when absent.
struct CslDate {
    std::vector<std::array<int, 3>> parts;
    std::string literal;
    int season = 0;
    bool circa = false;
    bool empty() const { return parts.empty() && literal.empty(); }
};

struct ItemData {
    std::string id;
    std::string type;
    std::string language;
    std::map<std::string, std::string> vars;
    std::map<std::string, std::vector<CslName>> names;
    std::map<std::string, CslDate> dates;
};

/// What reading a CSL-JSON name does once its fields are in: with `parseNames` (CSL-JSON's
/// parse-names, on unless the item turns it off) a suffix written after a comma in the given
/// name and the particles ("van der", "de") are split out; apostrophes become typographic.
void finishName(CslName &name, bool parseNames);

/// Reads one CSL-JSON object (given as JSON text) into ItemData.
Expected<ItemData> parseItemJson(const std::string &json);
/// Reads a CSL-JSON object or array into a list of items.
Expected<std::vector<ItemData>> parseItemListJson(const std::string &json);

/// A JSON string or number as text ("" for other values).
std::string scalarText(const nlohmann::json &value);

/// Parses "2019-06-27", "2019/06", "June 2019" style raw strings (best effort).
CslDate parseRawDate(const std::string &raw);

} // namespace warta::detail
