#pragma once

#include "warta/cite/citation_processor.h"

#include "cite/csl_locale.h"
#include "cite/csl_style_data.h"

#include <vector>

namespace warta::cite::detail {

/// Orders items by the <sort> keys of a citation or bibliography element
/// (stable; items with an empty key go last). No-op without <sort>.
void sortItems(std::vector<CslItem> &items, pugi::xml_node mode, const StyleData &style,
               const CslLocale &locale);

} // namespace warta::cite::detail
