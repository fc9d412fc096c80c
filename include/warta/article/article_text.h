#pragma once

#include "warta/article/article.h"

#include <string>

namespace warta {

/// The article as Markdown for reading and archiving: headline, date line,
/// byline, lead image, body paragraphs, tags and source.
std::string articleToMarkdown(const Article &article);

/// The article as plain text: headline, date, byline, then paragraphs
/// separated by blank lines.
std::string articleToPlainText(const Article &article);

} // namespace warta
