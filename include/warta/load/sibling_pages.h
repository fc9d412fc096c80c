#pragma once

#include "warta/load/saved_page.h"

#include <string_view>
#include <vector>

namespace warta {

/// The other saved pages (.html, .htm, .mhtml, .mht) in the folder of
/// `first` whose decoded HTML contains `needle` (an article's URL path, as
/// every page of it carries in its canonical link). Each candidate is read and
/// decoded once, so a quoted-printable MHTML page is searched as text, not as
/// its encoded bytes; files that do not load are skipped. At most 2,000
/// entries of the folder are looked at.
std::vector<SavedPage> findSiblingPages(const SavedPage &first, std::string_view needle,
                                        const LoadLimits &limits = {});

} // namespace warta
