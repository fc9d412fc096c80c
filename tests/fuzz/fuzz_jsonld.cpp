// Fuzz target: JSON-LD recovery (src/core/meta/jsonld.h, a private header) on
// arbitrary script text: concatenated objects, trailing commas, raw line
// breaks, comments and CDATA around the JSON.

#include "fuzz_check.h"
#include "meta/jsonld.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto block = warta::parseJsonLd(text);
    WARTA_FUZZ_CHECK(!block.recovered || block.wasInvalid);
    for (const auto &object : block.objects)
        (void)object.dump();
    // The size limit: a block above it gives nothing back.
    if (size > 16) {
        const auto capped = warta::parseJsonLd(text, 16);
        WARTA_FUZZ_CHECK(capped.objects.empty() && capped.wasInvalid);
    }
    return 0;
}
