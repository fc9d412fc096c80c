// UTF-8 validation and repair for charset.h: the hot path of the loader, since
// nearly every saved page is already UTF-8.
#include "load/charset.h"

#include <cstdint>
#include <cstring>

namespace warta {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kLowBits = 0x0101010101010101ull;

bool isContinuation(unsigned char c, unsigned char low = 0x80, unsigned char high = 0xbf)
{
    return c >= low && c <= high;
}

// Length of the well-formed sequence at `p`, or 0 with `consumed` set to the
// length of the maximal ill-formed subpart (at least 1).
std::size_t sequenceAt(const unsigned char *p, std::size_t avail, std::size_t &consumed)
{
    const unsigned char lead = p[0];
    std::size_t need = 0;
    unsigned char low = 0x80, high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        need = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        need = 2;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        need = 3;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        consumed = 1;
        return 0;
    }
    std::size_t i = 1;
    for (; i <= need; ++i) {
        const bool ok = i < avail && (i == 1 ? isContinuation(p[i], low, high) : isContinuation(p[i]));
        if (!ok) {
            consumed = i;
            return 0;
        }
    }
    return need + 1;
}

} // namespace

std::size_t firstUtf8Problem(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            const bool hasZero = ((word - kLowBits) & ~word & kHighBits) != 0;
            if ((word & kHighBits) == 0 && !hasZero) {
                i += 8;
                continue;
            }
        }
        if (p[i] == 0)
            return i;
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        std::size_t consumed = 0;
        const std::size_t len = sequenceAt(p + i, n - i, consumed);
        if (len == 0)
            return i;
        i += len;
    }
    return n;
}

Utf8Stats utf8Stats(std::string_view bytes)
{
    // Only called for text that is known not to be clean UTF-8, so a plain
    // byte loop is fast enough.
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (p[pos] < 0x80) {
            stats.nuls += p[pos] == 0;
            ++pos;
            continue;
        }
        std::size_t consumed = 1;
        const std::size_t len = sequenceAt(p + pos, bytes.size() - pos, consumed);
        if (len > 0) {
            ++stats.multibyte;
            pos += len;
        } else {
            ++stats.invalid;
            pos += consumed;
        }
    }
    return stats;
}

bool looksLikeOtherCharset(const Utf8Stats &stats)
{
    return stats.invalid > 0 && stats.multibyte <= stats.invalid;
}

std::string sanitizeUtf8(std::string &&text, Utf8Repairs &repairs)
{
    std::size_t bad = firstUtf8Problem(text);
    if (bad == text.size())
        return std::move(text);

    static constexpr std::string_view kReplacement = "\xef\xbf\xbd";
    std::string out;
    out.reserve(text.size() + text.size() / 16 + 16);
    const std::string_view view(text);
    std::size_t pos = 0;
    while (pos < view.size()) {
        out.append(view.substr(pos, bad - pos));
        pos = bad;
        if (pos == view.size())
            break;
        const auto *p = reinterpret_cast<const unsigned char *>(view.data()) + pos;
        if (*p == 0) {
            ++repairs.nuls;
            pos += 1;
        } else {
            std::size_t consumed = 1;
            sequenceAt(p, view.size() - pos, consumed);
            ++repairs.invalid;
            pos += consumed;
        }
        out.append(kReplacement);
        bad = pos + firstUtf8Problem(view.substr(pos));
    }
    return out;
}

} // namespace warta
