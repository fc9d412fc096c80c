#pragma once

#include "dom/node.h"

#include <string_view>
#include <unordered_set>

namespace warta {

/// Elements whose own text decides that they are noise, found in one walk of a container.
///
/// Content cleaning asks two questions of an element's whole text: is it an ad label
/// ("ADVERTISEMENT", "Iklan"), and does an h1/h2 repeat the headline. Reading each element's
/// text by walking its subtree costs nodes × depth over a container (a page of a few thousand
/// nested formatting elements took minutes), so both are answered here for every element at
/// once, bottom-up: each element's text is its children's texts joined, and is kept only while
/// it is short enough to be an answer (kLabelBytes, or kHeadingBytes inside an h1/h2), so the
/// walk costs at most that many bytes per element.
class TextMarks {
public:
    /// An element whose text, runs of ASCII white space counted once, is longer than this is no
    /// ad label: the longest label is 31 characters, at most 4 bytes each.
    static constexpr std::size_t kLabelBytes = 256;
    /// An h1 or h2 longer than this is not taken for the headline.
    static constexpr std::size_t kHeadingBytes = 1024;

    TextMarks(Node container, std::string_view title);

    bool isAdLabel(Node element) const { return m_adLabels.contains(element.raw()); }
    bool repeatsTitle(Node heading) const { return m_titleHeadings.contains(heading.raw()); }

private:
    std::unordered_set<const void *> m_adLabels;
    std::unordered_set<const void *> m_titleHeadings;
};

/// Readability's test of a heading's text against the headline: the share of the heading's
/// text made of words the headline has too, above 0.75.
bool headingMatchesTitle(std::string_view headingText, std::string_view title);

} // namespace warta
