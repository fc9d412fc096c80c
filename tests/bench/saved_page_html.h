#pragma once

// A saved news page for an article, as a reader's browser would keep it:
// metadata in the head (Open Graph, article:*, JSON-LD), the article in an
// <article> element, and the rest of a news site's page around it (menus,
// related headlines, inline styles and scripts) up to a target size, so that
// the indexing figure parses as many bytes per page as real pages hold.

#include "warta/article/article.h"

#include <cstddef>
#include <string>
#include <vector>

namespace warta::bench {

/// The page of `article`, about `targetBytes` long; `related` are headlines
/// for the page's side column.
std::string savedPageHtml(const Article &article, std::size_t targetBytes,
                          const std::vector<std::string> &related);

} // namespace warta::bench
