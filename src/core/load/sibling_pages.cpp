#include "warta/load/sibling_pages.h"

#include <filesystem>
#include <system_error>

namespace warta {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxCandidates = 2000; // folder entries looked at

bool isSavedPageName(const fs::path &path)
{
    const std::string extension = path.extension().string();
    return extension == ".html" || extension == ".htm" || extension == ".mhtml" || extension == ".mht";
}

} // namespace

std::vector<SavedPage> findSiblingPages(const SavedPage &first, std::string_view needle,
                                        const LoadLimits &limits)
{
    std::vector<SavedPage> found;
    std::error_code error;
    const fs::path self = fs::absolute(first.source.path, error);
    if (error || needle.empty())
        return found;
    std::size_t looked = 0;
    for (const auto &entry : fs::directory_iterator(self.parent_path(), error)) {
        if (++looked > kMaxCandidates)
            break;
        if (!entry.is_regular_file(error) || !isSavedPageName(entry.path()) ||
            fs::equivalent(entry.path(), self, error))
            continue;
        auto page = loadSavedFile(entry.path().string(), limits);
        if (page && page->html.find(needle) != std::string::npos)
            found.push_back(std::move(*page));
    }
    return found;
}

} // namespace warta
