#pragma once

#include <span>
#include <string_view>

namespace warta {

/// The selectors of one SINDOnews page template, each field an ordered list
/// of fallbacks: the first selector that finds a non-empty value wins.
/// Templates are documented in docs/extractors/sindonews.md.
struct SindonewsLayout {
    std::string_view name;                    ///< "g4", "g2-legacy", … as in the JSON contract
    std::span<const std::string_view> detect; ///< all must match for the page to be this template
    std::span<const std::string_view> title;
    std::span<const std::string_view> byline;
    std::span<const std::string_view> date;
    std::span<const std::string_view> body; ///< body containers; every match is read, in order
    std::span<const std::string_view> image;
    std::span<const std::string_view> caption;
    std::span<const std::string_view> tags;
    std::span<const std::string_view> breadcrumb;
    std::span<const std::string_view> subtitle;
};

/// Every template, newest first; detection takes the first whose `detect`
/// selectors all match.
std::span<const SindonewsLayout> sindonewsLayouts();

/// Elements inside a body container that are not article text, on every template.
std::span<const std::string_view> sindonewsBodyNoise();

/// Containers of the editor's initials ("(rhs)").
std::span<const std::string_view> sindonewsEditorSelectors();

} // namespace warta
