#pragma once

#include "warta/article/article.h"
#include "warta/common/expected.h"
#include "warta/load/saved_page.h"

#include <string>

namespace warta {

struct ExtractOptions {
    bool findQuotes = true; ///< run the quote finder over the paragraphs
    /// Join the other pages of a multi-page article found beside the file:
    /// done by loadPage, above the page, never by extractPage.
    bool joinPages = false;
    LoadLimits limits;
};

/// loadPage's article, for callers that need nothing else of the file.
/// Errors are those of loadSavedFile plus NotAnArticle and LimitExceeded.
Expected<Article> extractFile(const std::string &path, const ExtractOptions &options = {});

/// Extracts the article of one page already loaded (joinPages is ignored:
/// joining is a step above the page, see loadPage).
Expected<Article> extractPage(const SavedPage &page, const ExtractOptions &options = {});

} // namespace warta
