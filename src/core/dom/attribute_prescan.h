#pragma once

#include <cstddef>
#include <string_view>

namespace warta {

struct AttributeCounts {
    std::size_t mostOnOneTag = 0; ///< the largest number of attributes written on one tag
    std::size_t total = 0;        ///< attributes written on all tags
};

/// The attributes of a page's tags, counted in one pass before gumbo sees it. gumbo's
/// tokenizer compares each new attribute with every earlier one of the same tag (to drop
/// duplicates), so one tag of 100,000 attributes costs it over a minute; counting first lets
/// such a page be refused at once. Tags are read as HTML's tokenizer reads them (quoted values
/// may hold '>' and spaces); comments and the contents of raw-text elements (script, style…)
/// hold no tags. Attributes of end tags count too: the tokenizer reads them before dropping them.
AttributeCounts countAttributes(std::string_view html);

} // namespace warta
