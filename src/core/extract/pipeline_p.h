#pragma once

#include "warta/article/article.h"
#include "warta/extract/extract.h"

namespace warta::detail {

/// The steps after the fields of one page, run again over joined pages: the
/// quotes of the whole text (unless it is too long for the finder) and the
/// word count.
void finishArticle(Article &article, const ExtractOptions &options);

} // namespace warta::detail
