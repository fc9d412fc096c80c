#pragma once

#include "sites/site_rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace warta::detail {

/// The URL date rule a rules file names ("epoch-suffix"), if there is one.
std::optional<UrlDateRule> urlDateRuleNamed(std::string_view name);

/// Every rule's name, for the error that lists them.
std::string urlDateRuleNames();

/// The instant (Unix seconds) a site's URL states under its rule, if it states one.
std::optional<std::int64_t> dateFromUrl(UrlDateRule rule, std::string_view url);

} // namespace warta::detail
