#include "warta/extract/loaded_page.h"

#include "extract/pipeline_p.h"
#include "warta/extract/join_pages.h"
#include "warta/load/sibling_pages.h"

namespace warta {
namespace {

// "/read/16024/70/x": what every page of an article carries in its canonical
// link, whatever the host or query.
std::string articlePathOf(const std::string &url)
{
    const auto scheme = url.find("://");
    const auto path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (path == std::string::npos)
        return url;
    std::string result = url.substr(path);
    return result.substr(0, result.find_first_of("?#"));
}

// Joining sits above the page: each sibling is extracted on its own, once,
// and the quotes are found over the joined text.
Article withSiblingPages(Article first, const SavedPage &saved, const ExtractOptions &options)
{
    Article joined = std::move(first);
    if (joined.pageCount > 1 && joined.url) {
        ExtractOptions single = options;
        single.joinPages = false;
        single.findQuotes = false;
        std::vector<Article> others;
        for (const SavedPage &sibling : findSiblingPages(saved, articlePathOf(*joined.url), options.limits)) {
            if (auto other = extractPage(sibling, single))
                others.push_back(std::move(*other));
        }
        joined = joinPages(std::move(joined), others);
    }
    detail::finishArticle(joined, options);
    return joined;
}

Expected<LoadedPage> extractLoaded(Expected<SavedPage> saved, const ExtractOptions &options)
{
    if (!saved)
        return Unexpected{saved.error()};
    ExtractOptions pageOptions = options;
    pageOptions.findQuotes = options.findQuotes && !options.joinPages;
    auto article = extractPage(*saved, pageOptions);
    if (!article)
        return Unexpected{article.error()};
    LoadedPage loaded;
    loaded.article =
            options.joinPages ? withSiblingPages(std::move(*article), *saved, options) : std::move(*article);
    loaded.resources = std::move(saved->resources);
    loaded.directory = std::move(saved->directory);
    return loaded;
}

} // namespace

Expected<LoadedPage> loadPage(const std::string &path, const ExtractOptions &options)
{
    return extractLoaded(loadSavedFile(path, options.limits), options);
}

Expected<LoadedPage> loadPageBytes(std::string_view bytes, const std::string &path,
                                   const ExtractOptions &options)
{
    ExtractOptions single = options;
    single.joinPages = false;
    return extractLoaded(loadSavedBytes(bytes, path, options.limits), single);
}

} // namespace warta
