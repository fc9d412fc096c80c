#pragma once

#include "extract/body_text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Text-level cleaning of Indonesian news bodies, for what markup does not
/// mark: related-link prompts typed into the text, editor initials, the
/// op-ed author block. Shared by the site extractors and the generic one.
struct NewsBody {
    std::vector<RawParagraph> paragraphs;
    std::optional<std::string> editorInitials; ///< "rhs", from a closing "(rhs)"
    std::optional<std::string> dateline;       ///< "PALEMBANG", "JAKARTA, KOMPAS.com"
};

/// `authorNames` lets an op-ed's author block ("Name / affiliation /
/// @handle") be recognised and left out.
NewsBody cleanNewsBody(std::vector<RawParagraph> paragraphs, const std::vector<std::string> &authorNames);

/// True for a paragraph that is a prompt, not prose: "Baca Juga: …",
/// "Lihat Juga", "loading…", "A A A", app and channel promotions, and the
/// read-also prompts of other languages ("VEA TAMBIÉN:", "Lesen Sie auch").
bool isPromptParagraph(std::string_view text);

/// Removes "(Baca juga: …)" asides from inside a paragraph.
std::string removeInlineAsides(std::string text);

/// "(rhs)" → "rhs"; nothing when `text` is not editor initials in brackets.
std::optional<std::string> editorInitialsOf(std::string_view text);

/// The dateline that opens a first paragraph ("JAKARTA - …"), if any.
std::optional<std::string> datelineOf(std::string_view firstParagraph);

/// The dateline of a site's own form that opens `firstParagraph`: with the
/// form "Metrotvnews.com, *:" the paragraph "Metrotvnews.com, Jakarta: Bakal
/// …" gives "Metrotvnews.com, Jakarta". '*' stands for the place, a few words.
std::optional<std::string> datelineOfForms(std::string_view firstParagraph,
                                           const std::vector<std::string> &forms);

} // namespace warta
