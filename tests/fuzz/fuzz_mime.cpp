// Fuzz target: the MIME/MHTML decoder alone, without the charset decoding and sniffing around
// it in fuzz_load: headers (folding, line ends), Content-Type parameters, quoted-printable,
// base64 and the multipart archive.

#include "fuzz_check.h"
#include "load/mhtml.h"
#include "load/mime.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char *>(data), size);
    std::size_t bodyOffset = 0;
    const auto headers = warta::MimeHeaders::parse(bytes, bodyOffset);
    WARTA_FUZZ_CHECK(bodyOffset <= bytes.size());
    if (auto type = headers.value("content-type"))
        (void)warta::ContentType::parse(*type).parameter("boundary");
    // Decoding never grows: quoted-printable shrinks or keeps, base64 gives 3 bytes per 4.
    WARTA_FUZZ_CHECK(warta::decodeQuotedPrintable(bytes).size() <= bytes.size());
    WARTA_FUZZ_CHECK(warta::decodeBase64(bytes).size() <= bytes.size() / 4 * 3 + 3);
    (void)warta::looksLikeMhtml(bytes);
    auto archive = warta::parseMhtml(bytes);
    if (!archive) {
        WARTA_FUZZ_CHECK(!archive.error().message.empty());
        WARTA_FUZZ_CHECK(archive.error().code == warta::ErrorCode::BadContainer);
        return 0;
    }
    WARTA_FUZZ_CHECK(archive->html.size() <= bytes.size());
    for (const auto &resource : archive->resources)
        WARTA_FUZZ_CHECK(resource.bytes.size() <= bytes.size());
    return 0;
}
