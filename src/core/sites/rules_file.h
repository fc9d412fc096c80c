#pragma once

#include "sites/site_rules.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::detail {

/// Reads and checks one rules file (JSON with comments; the format is in
/// docs/adding-a-site.md) and compiles its selectors. Each problem becomes
/// a sentence naming `label` (the file), the line and the field, appended
/// to `problems`; a file with any problem gives nothing, so that a half-read
/// site never extracts.
std::optional<SiteRules> readSiteRules(std::string_view text, std::string_view label,
                                       std::vector<std::string> &problems);

} // namespace warta::detail
