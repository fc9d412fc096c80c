#pragma once

#include "warta/article/article.h"
#include "warta/cite/citation_processor.h"
#include "warta/common/expected.h"

#include <optional>
#include <string>

namespace warta {

/// Which BibTeX: classic BibTeX, which BibTeX itself and Zotero read (@article with journal and
/// year), or biblatex (journaltitle, date, entrysubtype, langid).
enum class BibtexDialect {
    Bibtex,
    Biblatex
};

struct ItemOptions {
    /// The access date when the file records no save time: "YYYY-MM-DD";
    /// empty means today (local time).
    std::string today;
    /// The CSL-JSON id; empty derives one ("dani2019pemprov").
    std::string id;
    /// The dialect of articleToBibtex.
    BibtexDialect bibtexDialect = BibtexDialect::Bibtex;
};

/// The article as one CSL-JSON object (pretty-printed JSON text): type
/// article-newspaper, container "SINDOnews.com" for SINDOnews (else the site
/// name), language, authors as persons (given/family split at the last space;
/// one-word names literal), issued, URL (canonical, else saved-from) and
/// accessed (the file's save time when recorded, else today).
std::string articleToCslJson(const Article &article, const ItemOptions &options = {});

/// The same mapping, ready for CitationProcessor: the item CslItem::fromJson would read from
/// articleToCslJson's text, built without that text.
Expected<CslItem> articleToItem(const Article &article, const ItemOptions &options = {});

/// BibTeX (options.bibtexDialect): @article with journal, year and month when the article is
/// dated, else @misc with howpublished; or biblatex: @article with entrysubtype newspaper,
/// journaltitle and date, else @online with organization. Capitals in the title are protected
/// with braces; every field is escaped so that no text of the article can end it or add one
/// (a lone brace included).
std::string articleToBibtex(const Article &article, const ItemOptions &options = {});

/// RIS (TY  - NEWS … ER  - ), one tag per line; line breaks inside a value become spaces.
std::string articleToRis(const Article &article, const ItemOptions &options = {});

/// A plain block for chats: title, outlet, date and time with zone, URL.
std::string articleShareBlock(const Article &article);

} // namespace warta
