#include "golden_support.h"

#include <algorithm>
#include <fstream>

namespace warta::test {

namespace fs = std::filesystem;

std::vector<fs::path> goldFilesBelow(const fs::path &folder)
{
    std::vector<fs::path> golds;
    for (const auto &entry : fs::recursive_directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.ends_with(".expected.json"))
            golds.push_back(entry.path());
    }
    std::sort(golds.begin(), golds.end());
    return golds;
}

fs::path pageBesideGold(const fs::path &gold)
{
    std::string base = gold.string();
    base.resize(base.size() - std::string(".expected.json").size());
    for (const char *extension : {".html", ".htm", ".mhtml", ".mht"}) {
        if (fs::exists(base + extension))
            return base + extension;
    }
    return {};
}

nlohmann::json readJsonFile(const fs::path &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

std::vector<std::string> goldDifferences(const nlohmann::json &expected, const nlohmann::json &actual,
                                         const std::vector<std::string> &skipKeys)
{
    std::vector<std::string> differences;
    for (const auto &[key, value] : expected.items()) {
        if (std::find(skipKeys.begin(), skipKeys.end(), key) != skipKeys.end())
            continue;
        nlohmann::json got = actual.contains(key) ? actual.at(key) : nlohmann::json();
        if (key == "lead_image" && value.is_object() && got.is_object()) {
            nlohmann::json trimmed = nlohmann::json::object();
            for (const auto &[field, fieldValue] : value.items())
                trimmed[field] = got.contains(field) ? got.at(field) : nlohmann::json();
            got = trimmed;
        }
        if (key == "quotes" && value.is_array() && got.is_array()) {
            // Gold quotes state text, speaker, verb and paragraph; Warta adds
            // offsets and roles, which are compared by the quote tests.
            nlohmann::json trimmed = nlohmann::json::array();
            for (const auto &quote : got) {
                nlohmann::json kept = nlohmann::json::object();
                for (const char *field : {"text", "speaker", "paragraph", "verb"})
                    kept[field] = quote.contains(field) ? quote.at(field) : nlohmann::json();
                trimmed.push_back(kept);
            }
            got = trimmed;
        }
        if (got != value)
            differences.push_back(key + ": expected " + value.dump() + "\n    got " + got.dump());
    }
    return differences;
}

} // namespace warta::test
