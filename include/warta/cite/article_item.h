#pragma once

#include "warta/article/article.h"
#include "warta/cite/citation_processor.h"
#include "warta/common/expected.h"

#include <optional>
#include <string>

namespace warta::cite {

struct ItemOptions {
    /// The access date when the file records no save time: "YYYY-MM-DD";
    /// empty means today (local time).
    std::string today;
    /// The CSL-JSON id; empty derives one ("dani2019pemprov").
    std::string id;
};

/// The article as one CSL-JSON object (pretty-printed JSON text): type
/// article-newspaper, container "SINDOnews.com" for SINDOnews (else the site
/// name), language, authors as persons (given/family split at the last space;
/// one-word names literal), issued, URL (canonical, else saved-from) and
/// accessed (the file's save time when recorded, else today).
std::string articleToCslJson(const Article &article, const ItemOptions &options = {});

/// The same mapping, ready for CitationProcessor.
Expected<CslItem> articleToItem(const Article &article, const ItemOptions &options = {});

/// biblatex: @article with entrysubtype newspaper when the article is dated,
/// else @online; capitals in the title protected with braces.
std::string articleToBibtex(const Article &article, const ItemOptions &options = {});

/// RIS (TY  - NEWS … ER  - ), one tag per line.
std::string articleToRis(const Article &article, const ItemOptions &options = {});

/// A plain block for chats: title, outlet, date and time with zone, URL.
std::string articleShareBlock(const Article &article);

} // namespace warta::cite
