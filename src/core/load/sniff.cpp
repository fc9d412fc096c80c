#include "load/sniff.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace warta {
namespace {

struct Signature {
    std::string_view magic;
    DataKind kind;
};

// The signatures of the files people most often open by mistake.
constexpr std::array<Signature, 14> kSignatures = {{
        {"\x89PNG\r\n\x1a\n", DataKind::PngImage},
        {"%PDF-", DataKind::PdfDocument},
        {"PK\x03\x04", DataKind::ZipArchive},
        {"PK\x05\x06", DataKind::EmptyZipArchive},
        {"GIF87a", DataKind::GifImage},
        {"GIF89a", DataKind::GifImage},
        {"\xff\xd8\xff", DataKind::JpegImage},
        {"\x1f\x8b", DataKind::GzipFile},
        {"BZh", DataKind::Bzip2File},
        {"\xfd"
         "7zXZ",
         DataKind::XzFile},
        {"7z\xbc\xaf\x27\x1c", DataKind::SevenZipArchive},
        {"\x7f"
         "ELF",
         DataKind::Program},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", DataKind::OldOfficeDocument},
        {"RIFF", DataKind::RiffMedia},
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

std::optional<DataKind> describeBinary(std::string_view bytes)
{
    for (const Signature &sig : kSignatures) {
        if (bytes.substr(0, sig.magic.size()) == sig.magic)
            return sig.kind;
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
        return DataKind::BinaryData;
    return std::nullopt;
}

} // namespace warta
