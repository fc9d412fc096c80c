#pragma once

#include "warta/article/article.h"

#include <span>

namespace warta {

/// One article from its pages: `first` with the paragraphs of every page in
/// page order, renumbered "p1", "p2", …, as page 1 of 1. Only pages of the
/// same article count (same canonical URL and page count, a page number not
/// seen yet); the editor's initials come from the last page. Adds
/// "pages-joined" naming the files, and "pages-missing" for the page numbers
/// not among them. An article of one page, or without a URL, is returned as it is.
Article joinPages(Article first, std::span<const Article> others);

} // namespace warta
