#pragma once

#include "warta/article/article.h"
#include "warta/common/expected.h"
#include "warta/load/saved_page.h"

#include <string>

namespace warta {

struct ExtractOptions {
    bool findQuotes = true; ///< run the quote finder over the paragraphs
    bool joinPages = false; ///< join the other pages of a multi-page article found beside the file
    LoadLimits limits;
};

/// Loads a saved file and extracts its article. Errors are those of
/// loadSavedFile plus NotAnArticle and LimitExceeded.
Expected<Article> extractFile(const std::string &path, const ExtractOptions &options = {});

/// Extracts the article of a page already loaded.
Expected<Article> extractPage(const SavedPage &page, const ExtractOptions &options = {});

} // namespace warta
