#pragma once

#include "sites/site_rules.h"

#include <string>
#include <vector>

namespace warta::detail {

/// One rules file to load: built in, or from the user's data folder.
struct RulesSource {
    std::string id;    ///< the file name without ".json"
    std::string label; ///< how sentences name it: "resources/sites/x.json (built in)" or its path
    std::string text;
    bool builtIn = false;
};

/// The sites Warta knows, and why any rules file was skipped.
struct SiteRegistry {
    std::vector<SiteRules> sites; ///< in file-name order
    std::vector<std::string> problems;
};

/// Reads, checks and compiles `sources` in order. A user's file named like a
/// built-in one replaces it; a file that claims a host an earlier one claims
/// is skipped, like any file with a problem, and nothing else is lost.
SiteRegistry loadSiteRegistry(const std::vector<RulesSource> &sources);

/// The built-in rules files followed by those of $XDG_DATA_HOME/warta/sites/
/// (~/.local/share/warta/sites/ without it); unreadable files are problems.
std::vector<RulesSource> installedRulesSources(std::vector<std::string> &problems);

/// The process's registry: loaded and compiled once, on first use.
const SiteRegistry &siteRegistry();

/// Reads a rules file from disk (at most 1 MB, which no rules file nears).
bool readRulesFile(const std::string &path, std::string &text, std::vector<std::string> &problems);

} // namespace warta::detail
