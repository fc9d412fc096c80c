#include "text_convert.h"

namespace warta {

namespace {

// Walks from (i, units), a character start, towards `byteOffset`.
int walkUtf16(const std::string &utf8, std::size_t byteOffset, std::size_t &i, int &units)
{
    const std::size_t limit = byteOffset < utf8.size() ? byteOffset : utf8.size();
    while (i < limit) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (i + length > limit)
            break; // the offset falls inside this character
        i += length;
        units += length == 4 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    return units;
}

} // namespace

int utf16Position(const std::string &utf8, std::size_t byteOffset)
{
    std::size_t i = 0;
    int units = 0;
    return walkUtf16(utf8, byteOffset, i, units);
}

int Utf16Positions::at(std::size_t byteOffset)
{
    if (byteOffset < m_byte) {
        m_byte = 0; // backwards: start again
        m_units = 0;
    }
    return walkUtf16(m_text, byteOffset, m_byte, m_units);
}

} // namespace warta
