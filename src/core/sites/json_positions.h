#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace warta::detail {

/// Where each value of a JSON text (with // and /* */ comments) starts, by
/// its JSON pointer ("/templates/0/fields/title"); an object member is
/// located at its key. nlohmann's values carry no positions, and a rules
/// file's errors must name their line. Meant for text the JSON parser has
/// already accepted; on anything else it stops where it is lost.
std::map<std::string, std::size_t> jsonValueOffsets(std::string_view text);

/// The 1-based line of a byte offset.
int lineOfOffset(std::string_view text, std::size_t offset);

/// The line of the value at `pointer`, or of its nearest located ancestor.
/// Scans the whole text: for error messages, not for every value.
int lineOfPointer(std::string_view text, const std::string &pointer);

} // namespace warta::detail
