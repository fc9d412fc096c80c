#include "extract/page_joiner.h"

#include "warta/load/file_bytes.h"

#include <filesystem>
#include <map>
#include <system_error>

namespace warta {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxCandidates = 2000; // files looked at in one folder

bool isSavedPageName(const fs::path &path)
{
    const std::string extension = path.extension().string();
    return extension == ".html" || extension == ".htm" || extension == ".mhtml" || extension == ".mht";
}

// A cheap test before a full extraction: the file mentions the article's
// path ("/read/16024/70/"), as every page of it must in its canonical link.
bool mentions(const fs::path &path, const std::string &needle, std::size_t maxBytes)
{
    // The same reader as for the page itself: a FIFO or device named .html in the folder is
    // passed over, never waited on.
    auto bytes = readFileBytes(path.string(), maxBytes);
    return bytes && bytes->find(needle) != std::string::npos;
}

std::string articlePathOf(const std::string &url)
{
    const auto scheme = url.find("://");
    const auto path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (path == std::string::npos)
        return url;
    std::string result = url.substr(path);
    return result.substr(0, result.find_first_of("?#"));
}

} // namespace

void joinSiblingPages(const SavedPage &saved, const ExtractOptions &options, Article &article)
{
    if (article.pageCount <= 1 || !article.url)
        return;
    const std::string needle = articlePathOf(*article.url);
    std::map<int, std::pair<std::string, std::vector<Paragraph>>> pages;
    pages[article.page] = {saved.source.path, article.paragraphs};
    std::optional<std::string> lastInitials = article.editorInitials;
    std::error_code error;
    std::size_t looked = 0;
    const fs::path self = fs::absolute(saved.source.path, error);
    for (const auto &entry : fs::directory_iterator(self.parent_path(), error)) {
        if (++looked > kMaxCandidates)
            break;
        if (!entry.is_regular_file(error) || !isSavedPageName(entry.path()) ||
            fs::equivalent(entry.path(), self, error))
            continue;
        if (!mentions(entry.path(), needle, options.limits.maxFileBytes))
            continue;
        ExtractOptions single = options;
        single.joinPages = false;
        single.findQuotes = false;
        auto other = extractFile(entry.path().string(), single);
        if (!other || other->url != article.url || other->pageCount != article.pageCount ||
            pages.count(other->page))
            continue;
        if (other->page > pages.rbegin()->first)
            lastInitials = other->editorInitials;
        pages[other->page] = {entry.path().string(), std::move(other->paragraphs)};
    }
    if (pages.size() == 1) {
        article.addDiagnostic(DiagnosticCode::PagesMissing,
                              "This is page " + std::to_string(article.page) + " of " +
                                      std::to_string(article.pageCount) +
                                      "; no other page of the article was found beside the file.");
        return;
    }
    std::string joined, missing;
    article.paragraphs.clear();
    for (int number = 1; number <= article.pageCount; ++number) {
        const auto it = pages.find(number);
        if (it == pages.end()) {
            missing += (missing.empty() ? "" : ", ") + std::to_string(number);
            continue;
        }
        joined += (joined.empty() ? "" : ", ") + fs::path(it->second.first).filename().string();
        for (auto &paragraph : it->second.second) {
            paragraph.id = "p" + std::to_string(article.paragraphs.size() + 1);
            article.paragraphs.push_back(std::move(paragraph));
        }
    }
    article.editorInitials = lastInitials;
    article.addDiagnostic(DiagnosticCode::PagesJoined, "Joined pages from: " + joined + ".", joined);
    if (!missing.empty())
        article.addDiagnostic(DiagnosticCode::PagesMissing,
                              "Pages not found beside the file: " + missing + ".", missing);
    article.page = 1;
    article.pageCount = 1;
}

} // namespace warta
