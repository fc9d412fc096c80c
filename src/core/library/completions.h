#pragma once

// Completing a word being typed. FTS5 answers "pre*" by merging the doclist
// of every word starting "pre" before it returns a row: over 100,000 articles
// a common start takes a tenth of a second or more. While the reader types,
// the start is instead replaced by the library's commonest words it begins
// (the `term` table counts them), which FTS5 walks lazily like any words.

#include "search_terms.h"
#include "sqlite_db.h"

#include <string>
#include <vector>

namespace warta::library {

/// How many words a start is completed to.
constexpr std::size_t kCompletions = 12;

/// Fills `completions` of a single-word prefix term from the library's words.
Failure completeTypedWord(const Database &db, SearchTerm &term);

/// Counts the words of a shown version in (`delta` 1) or out (-1) of the
/// `term` table.
Failure countWords(Database &db, const std::string &title, const std::string &body, int delta);

} // namespace warta::library
