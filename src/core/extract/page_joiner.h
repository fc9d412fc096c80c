#pragma once

#include "warta/article/article.h"
#include "warta/extract/extract.h"
#include "warta/load/saved_page.h"

namespace warta {

/// Joins the other pages of a multi-page article saved in the same folder
/// as `saved`: files whose article has the same canonical URL, in page
/// order. Adds diagnostics naming the files joined and the pages missing.
void joinSiblingPages(const SavedPage &saved, const ExtractOptions &options, Article &article);

} // namespace warta
