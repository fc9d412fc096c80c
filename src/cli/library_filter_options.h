#pragma once

#include "option_parser.h"

#include "warta/library/library.h"

#include <optional>
#include <string>

namespace warta {

/// `--site S --tag T --author NAME --from DATE --to DATE` (and, where the
/// command takes it, `--speaker NAME`): the filter search and quotes share.
void addFilterOptions(OptionParser &options, LibraryFilter &filter, bool withSpeaker);

/// The sentence of a filter the library would not read (a date that is not
/// YYYY, YYYY-MM or YYYY-MM-DD), nothing when it is fine.
std::optional<std::string> filterProblem(const LibraryFilter &filter);

} // namespace warta
