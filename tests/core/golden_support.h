#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace warta::test {

/// Every gold file (NAME.expected.json) below `folder`, sorted.
std::vector<std::filesystem::path> goldFilesBelow(const std::filesystem::path &folder);

/// The saved page beside a gold file (NAME.html, .htm, .mhtml or .mht).
std::filesystem::path pageBesideGold(const std::filesystem::path &gold);

nlohmann::json readJsonFile(const std::filesystem::path &path);

/// The keys of `expected` whose values differ in `actual`, as readable lines.
/// Lead images compare url and caption (and local where the gold states it);
/// quotes compare text, speaker, verb and paragraph.
std::vector<std::string> goldDifferences(const nlohmann::json &expected, const nlohmann::json &actual,
                                         const std::vector<std::string> &skipKeys);

} // namespace warta::test
