#pragma once

#include <string>
#include <string_view>

namespace warta {

/// SHA-256 of the bytes as 64 lower-case hex digits (FIPS 180-4). Used to
/// identify a saved file in the provenance record.
std::string sha256Hex(std::string_view bytes);

} // namespace warta
