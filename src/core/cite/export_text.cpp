#include "export_text.h"

namespace warta::detail {
namespace {

// Bytes of U+0085 (NEL), U+2028 and U+2029 in UTF-8, which some readers take as line ends.
std::size_t unicodeLineBreakAt(const std::string &text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) == 0x85)
        return 2;
    if (byte(i) == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80 &&
        (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9))
        return 3;
    return 0;
}

} // namespace

std::string oneLine(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t breakBytes = unicodeLineBreakAt(text, i);
        if (c <= 0x20 || c == 0x7F || breakBytes > 0) {
            pendingSpace = !out.empty();
            i += breakBytes > 0 ? breakBytes : 1;
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += text[i++];
    }
    return out;
}

} // namespace warta::detail
