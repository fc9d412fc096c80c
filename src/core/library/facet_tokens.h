#pragma once

// Filters as words of the full-text index. Each indexed article (and quote)
// carries, in a column of its own, one token per site, year, tag, author and
// speaker ("zzs…", "zzy2019", "zzt…", "zza42", "zzp42"). A filtered search is then one FTS5 query, whose doclists
// FTS5 intersects by skipping, instead of a join over every match.

#include "sqlite_db.h"
#include "warta/common/expected.h"
#include "warta/library/library.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace warta::library {

std::string siteToken(std::string_view site);
std::string tagToken(std::string_view tag);
std::string yearToken(std::int64_t year);
/// `kind`: 'a' an author of the article, 'p' a speaker in it.
std::string personToken(char kind, std::int64_t personId);

/// The filter tokens the version `versionId` and each of its quotes share:
/// its site, year, tags and authors, space-separated.
Failure versionFacets(const Database &db, std::int64_t versionId, std::string &tokens);

/// The FTS5 condition of the filter's site, tag, author, speaker and year
/// ("facets : (…) AND …"), or empty when it has none. People are looked up
/// by name; a name no one has gives a condition nothing meets.
Expected<std::string> facetCondition(const Database &db, const LibraryFilter &filter);

/// The ids of the people whose name has the words of `name` (personNameCondition).
Expected<std::vector<std::int64_t>> peopleNamed(const Database &db, const std::string &name);

} // namespace warta::library
