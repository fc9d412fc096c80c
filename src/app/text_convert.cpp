#include "text_convert.h"

namespace warta {

int utf16Position(const std::string &utf8, std::size_t byteOffset)
{
    int units = 0;
    std::size_t i = 0;
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

} // namespace warta
