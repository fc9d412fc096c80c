#include "warta/extract/loaded_page.h"

#include "load/mime.h"
#include "warta/load/file_bytes.h"
#include "warta/text/text.h"

#include <algorithm>

#include <filesystem>
#include <system_error>

namespace warta {
namespace {

namespace fs = std::filesystem;

// "Name_files/foto%20utama.jpg" as the saved page writes it.
std::string percentDecoded(const std::string &text)
{
    const auto hex = hexDigitValue;
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

// Only inside the page's own folder ("Name_files/…"): a saved page has no
// business pointing the viewer at other files on the disk, by ".." or by a
// symbolic link out of the folder.
std::optional<std::string> folderCopy(const std::string &local, const std::string &directory,
                                      std::size_t maxBytes)
{
    if (directory.empty())
        return std::nullopt;
    std::error_code error;
    const fs::path root = fs::canonical(directory, error);
    if (error)
        return std::nullopt;
    const fs::path resolved = fs::canonical(root / fs::path(percentDecoded(local)), error);
    if (error || !fs::is_regular_file(resolved, error))
        return std::nullopt;
    const auto [end, inside] = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
    if (end != root.end() || inside == resolved.end())
        return std::nullopt;
    auto bytes = readFileBytes(resolved.string(), maxBytes, FileKind{"an image", "images"});
    if (!bytes || bytes->empty())
        return std::nullopt;
    return std::move(*bytes);
}

// SingleFile keeps the image in the page as "data:image/…;base64,…".
std::optional<std::string> dataUriImage(const std::string &uri)
{
    const auto comma = uri.find(',');
    if (comma == std::string::npos || !uri.starts_with("data:image/") ||
        uri.rfind(";base64", comma) == std::string::npos)
        return std::nullopt;
    std::string bytes = decodeBase64(std::string_view(uri).substr(comma + 1));
    if (bytes.empty())
        return std::nullopt;
    return bytes;
}

} // namespace

std::optional<std::string> leadImageBytes(const LoadedPage &page, std::size_t maxBytes)
{
    if (!page.article.leadImage)
        return std::nullopt;
    const LeadImage &image = *page.article.leadImage;
    if (image.local && !image.local->starts_with("data:"))
        if (auto copy = folderCopy(*image.local, page.directory, maxBytes))
            return copy;
    if (auto embedded = dataUriImage(image.dataUri); embedded && embedded->size() <= maxBytes)
        return embedded;
    for (const EmbeddedResource &resource : page.resources) {
        if ((resource.location == image.url || (image.local && resource.location == *image.local)) &&
            resource.bytes.size() <= maxBytes)
            return resource.bytes;
    }
    return std::nullopt;
}

} // namespace warta
