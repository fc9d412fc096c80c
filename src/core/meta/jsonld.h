#pragma once

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace warta {

/// The JSON-LD objects of one <script type="application/ld+json"> block.
struct JsonLdBlock {
    std::vector<nlohmann::json> objects; ///< top-level objects, @graph and arrays flattened
    bool wasInvalid = false;             ///< the block was not valid JSON as served
    bool recovered = false;              ///< …and repair gave back at least one object
};

/// Parses a JSON-LD block, repairing what sites really serve: several
/// objects concatenated without an array (SINDOnews 2018 and 2024), trailing
/// commas, raw line breaks inside strings, HTML comments or CDATA around it.
/// Blocks larger than `maxBytes` are ignored (wasInvalid, nothing recovered).
JsonLdBlock parseJsonLd(std::string_view text, std::size_t maxBytes = 1024 * 1024);

} // namespace warta
