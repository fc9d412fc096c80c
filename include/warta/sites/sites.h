#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// A site Warta has rules for: built in (resources/sites/) or the user's
/// ($XDG_DATA_HOME/warta/sites/). The format is in docs/adding-a-site.md.
struct InstalledSite {
    std::string id;   ///< the rules file's name without ".json"
    std::string name; ///< the site as articles name it ("SINDOnews")
    std::string file; ///< where its rules were read from
    bool builtIn = false;
    std::vector<std::string> hosts;
    std::vector<std::string> templates; ///< the template names, newest first
};

/// Every site whose rules loaded, in file-name order. The rules are read and
/// compiled once per process, on first use.
std::vector<InstalledSite> installedSites();

/// Why rules files were skipped, one sentence each naming the file, the line
/// and the field; empty when every file loaded. For the CLI's stderr and the
/// viewer's message bar.
const std::vector<std::string> &siteRulesProblems();

/// Checks one rules file as Warta would load it, including hosts another
/// installed site already claims. Empty when the file is good.
std::vector<std::string> checkSiteRulesFile(const std::string &path);

/// The container title a citation gives an article of `siteName`
/// ("SINDOnews" → "SINDOnews.com"); the name itself for sites without rules.
std::string citationContainerTitle(std::string_view siteName);

} // namespace warta
