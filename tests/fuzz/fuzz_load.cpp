// Fuzz target: arbitrary bytes loaded as a saved file — container sniffing
// (HTML, MHTML, SingleFile), charset decision and decoding, save markers.
// Each input is loaded twice: with an .html name and with an .mht name,
// because the extension is a hint that changes which container is tried.

#include "fuzz_check.h"
#include "warta/load/saved_page.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

void loadAs(std::string_view bytes, const std::string &path)
{
    auto page = warta::loadSavedBytes(bytes, path);
    if (!page) {
        WARTA_FUZZ_CHECK(!page.error().message.empty());
        WARTA_FUZZ_CHECK(page.error().code != warta::ErrorCode::Internal);
        return;
    }
    // The loader's promise: UTF-8 without NUL bytes, and a size that is the input's.
    WARTA_FUZZ_CHECK(page->html.find('\0') == std::string::npos);
    WARTA_FUZZ_CHECK(page->source.bytes == bytes.size());
    WARTA_FUZZ_CHECK(page->source.sha256.size() == 64);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view bytes(reinterpret_cast<const char *>(data), size);
    loadAs(bytes, "page.html");
    loadAs(bytes, "page.mht");
    return 0;
}
