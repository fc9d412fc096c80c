#pragma once

#include "cite/csl_item.h"

#include <string>

namespace warta::detail {

/// The citation-label variable when the item has none of its own: a trigraph
/// of the authors' family names and the two-digit year, as CSL's default
/// "Aaaa00:AaAa00:AaAA00:AAAA00" pattern spells it ("Asth00", "RoNo78",
/// "BrChDi98", "DEFG26"). Empty when no names are given.
std::string generatedCitationLabel(const ItemData &item);

} // namespace warta::detail
