#pragma once

#include <span>
#include <string_view>

namespace warta::detail {

/// A rules file built into Warta (resources/sites/), embedded at build time
/// so that the program and the tests need no installed data folder.
struct BuiltInRules {
    std::string_view id;   ///< "sindonews"
    std::string_view path; ///< "resources/sites/sindonews.json"
    std::string_view text;
};

/// Every built-in rules file, by file name (generated: cmake/embed_site_rules.cmake).
std::span<const BuiltInRules> builtInRules();

} // namespace warta::detail
