#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <string>

namespace warta {

/// The core speaks UTF-8 std::string; Qt speaks UTF-16 QString.
inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}
inline QString qs(const std::optional<std::string> &text)
{
    return text ? QString::fromStdString(*text) : QString();
}

/// The QString index of a UTF-8 byte offset into `utf8`. The core's quote
/// offsets count bytes, and a word like "Ratriani’s" or an emoji makes bytes
/// and UTF-16 units differ, so they are converted by walking the prefix.
/// An offset inside a multi-byte sequence rounds down to that character;
/// an offset past the end clamps to the length.
int utf16Position(const std::string &utf8, std::size_t byteOffset);

} // namespace warta
