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

/// utf16Position() for many offsets into one text: it walks on from the last
/// offset asked for when the next is further on, so offsets in increasing
/// order (the quotes of a paragraph) cost one walk of the text in all, not
/// one walk each.
class Utf16Positions {
public:
    explicit Utf16Positions(const std::string &utf8) : m_text(utf8) {}
    int at(std::size_t byteOffset);

private:
    const std::string &m_text;
    std::size_t m_byte = 0; ///< where the last walk stopped, on a character start
    int m_units = 0;        ///< UTF-16 units before m_byte
};

} // namespace warta
