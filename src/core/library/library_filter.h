#pragma once

// A LibraryFilter as SQL: conditions on the shown version `v`, with the
// values to bind, shared by search, facets and the article list so that the
// three always agree on what a filter means.

#include "sqlite_db.h"
#include "warta/common/expected.h"
#include "warta/library/library.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace warta::library {

struct SqlConditions {
    std::string sql; ///< " AND …" for each condition, or empty
    std::vector<std::variant<std::string, std::int64_t>> values;

    /// Binds the values from parameter `first` on; returns the next free one.
    int bind(Statement &statement, int first) const;
};

/// Which of a filter's conditions go into SQL.
enum class FilterScope {
    All,          ///< every condition on `v` (the article list)
    SpeakerQuote, ///< every condition, the speaker on quote `q` (a person's quotes)
    DatesOnly     ///< only the publication days: the full-text query holds the rest (facet_tokens.h)
};

/// The filter's conditions on `v`, as `scope` says. BadInput for a date that
/// is not YYYY, YYYY-MM or YYYY-MM-DD.
Expected<SqlConditions> filterConditions(const LibraryFilter &filter, FilterScope scope = FilterScope::All);

/// The SQL condition "person `alias` has the name `name`": the folded words
/// of `name` appear in order, whole, in the person's folded name.
std::string personNameCondition(const std::string &alias);
/// The value to bind for personNameCondition.
std::string personNameValue(const std::string &name);

} // namespace warta::library
