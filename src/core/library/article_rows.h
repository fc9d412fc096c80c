#pragma once

// Reading LibraryArticle rows: one column list and one reader, for every
// query that lists articles (the list, search hits, quotes).

#include "sqlite_db.h"
#include "warta/library/library.h"

#include <string>

namespace warta::library {

/// The columns of an article row, over article `a` and its shown version `v`.
extern const char *const kArticleColumns;
/// How many columns kArticleColumns has: a query's own columns follow them.
constexpr int kArticleColumnCount = 12;

/// The article of the row `statement` is on (columns from `first`).
LibraryArticle readArticleRow(const Statement &statement, int first = 0);

/// The ZonedTime an ISO 8601 text stored by the library stands for, with
/// what it does not say (time, zone) marked unknown.
std::optional<ZonedTime> storedTime(const std::optional<std::string> &iso);

/// The fields joined with U+001F, apart again.
std::vector<std::string> splitFields(const std::string &joined);

} // namespace warta::library
