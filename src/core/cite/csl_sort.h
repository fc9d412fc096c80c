#pragma once

#include "cite/csl_item.h"
#include "cite/csl_locale.h"
#include "cite/csl_style_data.h"

#include <cstddef>
#include <vector>

namespace warta::detail {

/// An item to sort, with the citation number the `citation-number` key reads.
struct SortInput {
    const ItemData *item = nullptr;
    int citationNumber = 0;
};

/// The order of `inputs` under the <sort> keys of a citation or bibliography
/// element, as citeproc-js sorts: keys compared with the locale's collation at
/// base strength, punctuation ignored and digits compared as numbers; an item
/// without a value for a key goes after the others; ties keep input order. Input order without <sort>.
std::vector<std::size_t> sortedOrder(const std::vector<SortInput> &inputs, pugi::xml_node mode,
                                     const StyleData &style, const CslLocale &locale);

} // namespace warta::detail
