#pragma once

// The library keeps each article's text compressed (zlib): text is most of
// the database, and deflate takes it to about a third, which keeps the
// library near the size of the text it holds with its full-text index
// (docs/library.md, "Figures").

#include <optional>
#include <string>
#include <string_view>

namespace warta::library {

/// The text deflated, after its length (4 bytes, little-endian).
std::string compressText(std::string_view text);

/// The text back; nothing when the bytes are not what compressText wrote
/// (a damaged row reads as damaged, never as garbage text).
std::optional<std::string> decompressText(std::string_view packed);

} // namespace warta::library
