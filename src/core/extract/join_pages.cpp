#include "warta/extract/join_pages.h"

#include <filesystem>
#include <map>

namespace warta {
namespace {

std::string fileNameOf(const std::string &path)
{
    return std::filesystem::path(path).filename().string();
}

} // namespace

Article joinPages(Article first, std::span<const Article> others)
{
    // Without a canonical URL nothing says which pages belong together.
    if (first.pageCount <= 1 || !first.url)
        return first;
    std::map<int, const Article *> pages{{first.page, &first}};
    for (const Article &other : others) {
        if (other.url != first.url || other.pageCount != first.pageCount || pages.count(other.page))
            continue;
        pages[other.page] = &other;
    }
    if (pages.size() == 1) {
        first.addDiagnostic(DiagnosticCode::PagesMissing,
                            "This is page " + std::to_string(first.page) + " of " +
                                    std::to_string(first.pageCount) +
                                    "; no other page of the article was found beside the file.");
        return first;
    }
    std::string joined, missing;
    std::vector<Paragraph> paragraphs;
    for (int number = 1; number <= first.pageCount; ++number) {
        const auto it = pages.find(number);
        if (it == pages.end()) {
            missing += (missing.empty() ? "" : ", ") + std::to_string(number);
            continue;
        }
        joined += (joined.empty() ? "" : ", ") + fileNameOf(it->second->source.path);
        for (const Paragraph &paragraph : it->second->paragraphs) {
            paragraphs.push_back(paragraph);
            paragraphs.back().id = "p" + std::to_string(paragraphs.size());
        }
    }
    first.editorInitials = pages.rbegin()->second->editorInitials;
    first.paragraphs = std::move(paragraphs);
    first.addDiagnostic(DiagnosticCode::PagesJoined, "Joined pages from: " + joined + ".", joined);
    if (!missing.empty())
        first.addDiagnostic(DiagnosticCode::PagesMissing, "Pages not found beside the file: " + missing + ".",
                            missing);
    first.page = 1;
    first.pageCount = 1;
    return first;
}

} // namespace warta
