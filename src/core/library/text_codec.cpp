#include "text_codec.h"

#include <zlib.h>

#include <cstdint>

namespace warta::library {
namespace {

// Larger texts are refused by the loader long before (64 MB files).
constexpr std::uint32_t kLargestText = 256u * 1024u * 1024u;

} // namespace

std::string compressText(std::string_view text)
{
    const auto size = static_cast<std::uint32_t>(text.size());
    uLongf bound = compressBound(static_cast<uLong>(text.size()));
    std::string packed(4 + bound, '\0');
    for (int i = 0; i < 4; ++i)
        packed[static_cast<std::size_t>(i)] = static_cast<char>((size >> (8 * i)) & 0xff);
    // Level 6, zlib's default: level 9 gains 1-2 % on prose for twice the time.
    if (compress2(reinterpret_cast<Bytef *>(packed.data() + 4), &bound,
                  reinterpret_cast<const Bytef *>(text.data()), static_cast<uLong>(text.size()), 6) != Z_OK)
        return {};
    packed.resize(4 + bound);
    return packed;
}

std::optional<std::string> decompressText(std::string_view packed)
{
    if (packed.size() < 4)
        return std::nullopt;
    std::uint32_t size = 0;
    for (int i = 0; i < 4; ++i)
        size |= static_cast<std::uint32_t>(static_cast<unsigned char>(packed[static_cast<std::size_t>(i)]))
                << (8 * i);
    if (size > kLargestText)
        return std::nullopt;
    std::string text(size, '\0');
    uLongf length = size;
    if (uncompress(reinterpret_cast<Bytef *>(text.data()), &length,
                   reinterpret_cast<const Bytef *>(packed.data() + 4),
                   static_cast<uLong>(packed.size() - 4)) != Z_OK ||
        length != size)
        return std::nullopt;
    return text;
}

} // namespace warta::library
