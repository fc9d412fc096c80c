#pragma once

#include <string>
#include <string_view>

namespace warta {

/// SHA-256 of the bytes as 64 lower-case hex digits (FIPS 180-4). Used to
/// identify a saved file in the provenance record.
/// Uses the CPU's SHA instructions where it has them (x86-64 SHA-NI).
std::string sha256Hex(std::string_view bytes);

namespace detail {
/// The portable implementation alone, so that tests can check that both
/// paths agree on machines that have the fast one.
std::string sha256HexPortable(std::string_view bytes);
} // namespace detail

} // namespace warta
