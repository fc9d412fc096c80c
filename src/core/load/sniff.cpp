#include "load/sniff.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace warta::load {
namespace {

struct Signature {
    std::string_view magic;
    std::string_view what;
};

// The signatures of the files people most often open by mistake.
constexpr std::array<Signature, 14> kSignatures = {{
        {"\x89PNG\r\n\x1a\n", "a PNG image"},
        {"%PDF-", "a PDF document"},
        {"PK\x03\x04", "a ZIP archive (or an Office document)"},
        {"PK\x05\x06", "an empty ZIP archive"},
        {"GIF87a", "a GIF image"},
        {"GIF89a", "a GIF image"},
        {"\xff\xd8\xff", "a JPEG image"},
        {"\x1f\x8b", "a gzip-compressed file"},
        {"BZh", "a bzip2-compressed file"},
        {"\xfd"
         "7zXZ",
         "an xz-compressed file"},
        {"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
        {"\x7f"
         "ELF",
         "a program (ELF executable)"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
        {"RIFF", "a RIFF media file (WebP, WAV or AVI)"},
}};

constexpr std::size_t kSampleBytes = 8192;

bool isControl(unsigned char c)
{
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 text) are legitimate in text.
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b;
}

} // namespace

bool isBlank(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xef\xbb\xbf")
        bytes.remove_prefix(3);
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

std::optional<std::string> utf16WithoutBom(std::string_view bytes)
{
    const std::size_t n = std::min(bytes.size(), kSampleBytes) & ~std::size_t{1};
    if (n < 4)
        return std::nullopt;
    std::size_t zeroEven = 0, zeroOdd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == '\0';
        zeroOdd += bytes[i + 1] == '\0';
    }
    const std::size_t units = n / 2;
    // Markup is mostly ASCII: one side nearly all zeros, the other nearly none.
    if (zeroOdd * 10 >= units * 7 && zeroEven * 10 <= units)
        return std::string("UTF-16LE");
    if (zeroEven * 10 >= units * 7 && zeroOdd * 10 <= units)
        return std::string("UTF-16BE");
    return std::nullopt;
}

std::optional<std::string> describeBinary(std::string_view bytes)
{
    for (const Signature &sig : kSignatures) {
        if (bytes.substr(0, sig.magic.size()) == sig.magic)
            return std::string(sig.what);
    }
    // Text with a byte order mark is decoded, not judged by its zero bytes (UTF-16 and UTF-32
    // are full of them).
    if (bytes.substr(0, 2) == "\xff\xfe" || bytes.substr(0, 2) == "\xfe\xff" ||
        bytes.substr(0, 4) == std::string_view("\0\0\xfe\xff", 4) || utf16WithoutBom(bytes))
        return std::nullopt;
    const std::string_view sample = bytes.substr(0, kSampleBytes);
    std::size_t controls = 0;
    for (char c : sample)
        controls += isControl(static_cast<unsigned char>(c));
    // Random or compressed data has ~10% control bytes; a page with a few
    // stray NULs stays far below 2%.
    if (controls > 4 && controls * 50 > sample.size())
        return std::string("binary data");
    return std::nullopt;
}

} // namespace warta::load
