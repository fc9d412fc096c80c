#pragma once

#include <cstddef>
#include <string_view>

namespace warta {

/// An upper estimate of how deep a page's elements nest, from a quick scan of
/// its tags, before gumbo sees it. gumbo's tree builder walks the stack of
/// open elements for many tags, so a page nested 100,000 deep costs it
/// minutes; this scan costs one pass and lets such a page be refused at once.
/// Elements that HTML closes implicitly or never nests (p, li, td, void
/// elements…) do not count, nor do comments and the contents of raw-text
/// elements (script, style, textarea, title).
std::size_t estimateNestingDepth(std::string_view html);

} // namespace warta
