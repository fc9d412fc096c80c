#pragma once

#include "warta/article/article.h"
#include "warta/common/expected.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// A saved file read and extracted: the article plus what of the file the
/// front ends still need to show it offline.
struct LoadedPage {
    Article article;
    std::vector<EmbeddedResource> resources; ///< MHTML parts (the lead image among them)
    std::string directory;                   ///< the file's folder; empty for bytes with no folder
};

/// The one entry of both front ends: load, extract, and with
/// `options.joinPages` join the article's other pages found beside the file
/// (findSiblingPages, then joinPages), then find the quotes of the whole text.
/// Errors are those of loadSavedFile and extractPage.
Expected<LoadedPage> loadPage(const std::string &path, const ExtractOptions &options = {});

/// The same for bytes in memory (the viewer's bundled sample); `path` is only
/// recorded, and no pages are joined.
Expected<LoadedPage> loadPageBytes(std::string_view bytes, const std::string &path,
                                   const ExtractOptions &options = {});

/// The lead image's bytes from the saved file only, never the network: a
/// "Web page, complete" copy inside the file's own folder (a path that leaves
/// the folder, by ".." or a link, is refused), a SingleFile data: URI, or an
/// MHTML part. Nothing when none holds it or it is over `maxBytes`.
std::optional<std::string> leadImageBytes(const LoadedPage &page, std::size_t maxBytes = 32u * 1024u * 1024u);

} // namespace warta
