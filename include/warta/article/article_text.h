#pragma once

#include "warta/article/article.h"
#include "warta/date/date_format.h"

#include <array>
#include <optional>
#include <string>

namespace warta {

/// The words the Markdown export writes around the article's own text. The
/// defaults are English (warta-cli); the viewer passes its translations.
struct MarkdownLabels {
    /// "Reporter", "Writer", "Editor", "Photographer", "Contributor", by AuthorRole.
    std::array<std::string, 5> roles{"Reporter", "Writer", "Editor", "Photographer", "Contributor"};
    std::string editorInitials = "Editor"; ///< before the editor's initials
    std::string tags = "Tags:";
    std::string source = "Source:";
    /// The language of the date line; empty means the article's own, so the
    /// same article exports alike from every front end.
    std::optional<DateLanguage> dateLanguage;
};

/// The article as Markdown for reading and archiving: headline, subtitle, a
/// line with the date (formatLongDate) and the byline ("Reporter: Name"), the
/// lead image, the body paragraphs, tags and source. The one Markdown writer
/// of both front ends.
std::string articleToMarkdown(const Article &article, const MarkdownLabels &labels = {});

/// The article as plain text: headline, date as printed, byline, then paragraphs
/// separated by blank lines.
std::string articleToPlainText(const Article &article);

} // namespace warta
