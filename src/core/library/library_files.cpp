#include "warta/common/user_data.h"
#include "warta/library/library.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace warta {

std::string defaultLibraryPath()
{
    const std::string folder = userDataFolder();
    return folder.empty() ? std::string() : (std::filesystem::path(folder) / "library.sqlite").string();
}

bool isLibraryFileName(const std::string &path)
{
    namespace fs = std::filesystem;
    const fs::path file(path);
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    static constexpr std::string_view kExtensions[] = {".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"};
    if (std::find(std::begin(kExtensions), std::end(kExtensions), extension) == std::end(kExtensions))
        return false;
    // The assets of "Web page, complete" (`Title_files/`, or `Title-Dateien/`
    // of a German browser) hold frames and ads, never the saved article.
    for (const auto &part : file.parent_path()) {
        const std::string name = part.string();
        const auto endsWith = [&](std::string_view suffix) {
            return name.size() > suffix.size() &&
                   name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (endsWith("_files") || endsWith("-Dateien") || endsWith("_fichiers") || endsWith("_archivos"))
            return false;
    }
    return true;
}

} // namespace warta
