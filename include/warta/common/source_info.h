#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// How the saved page is packed.
enum class Container {
    Html,
    Mhtml,
    SingleFile
};

/// "html", "mhtml", "singlefile": the JSON's names.
std::string_view containerName(Container container);

/// Where an article came from: the file as it is on disk.
struct SourceInfo {
    std::string path;
    std::size_t bytes = 0;
    std::string sha256;   ///< hex, lower case
    std::string encoding; ///< the charset the bytes were decoded from ("UTF-8", "windows-1252")
    Container container = Container::Html;
    std::optional<std::string> savedAt; ///< ISO 8601 when the saving tool recorded it
};

} // namespace warta
