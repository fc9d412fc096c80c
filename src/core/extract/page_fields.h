#pragma once

#include "extract/body_text.h"
#include "extract/extractor.h"
#include "extract/field_evidence.h"
#include "sites/site_rules.h"

#include <optional>

#include <string>
#include <vector>

namespace warta {

/// What an extractor found in the visible page, before it is checked against
/// metadata and turned into an Article. Empty means "not found".
struct PageFields {
    std::string title;
    std::string subtitle;
    std::vector<std::string> bylines;
    std::string dateText;
    EvidenceSource dateSource = EvidenceSource::SiteRule; ///< VisibleText when found by the generic extractor
    bool dateByHeadline = false; ///< the date line is printed next to the headline, not found anywhere
    std::vector<Node> bodies;    ///< body containers, in reading order
    Node image;                  ///< the lead image element
    std::string caption;
    std::vector<std::string> tags;
    std::string editor; ///< text of the editor-initials element
    std::vector<std::string> section;
    bool isOpinion = false; ///< bylines are writers, and the body opens with their block

    // What the site's rules add (docs/adding-a-site.md); empty for the generic extractor.
    std::vector<std::string> titleSuffixes; ///< site names a metadata title may end with
    std::vector<std::string> datelineForms; ///< "Metrotvnews.com, *:", '*' the place
    std::optional<UrlDateRule> urlDate;     ///< how the site's URLs state a time, if they do
};

/// Fills `article` from the visible fields, correcting and completing them
/// from page metadata and recording in diagnostics what was guessed.
void fillArticle(const PageContext &page, const PageFields &fields, const NoiseTest &isNoise,
                 Article &article);

} // namespace warta
