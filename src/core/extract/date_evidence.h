#pragma once

#include "extract/extractor.h"
#include "extract/field_evidence.h"
#include "warta/date/zoned_time.h"

#include <optional>
#include <string>

namespace warta {

/// A date as the page's visible text prints it, found by an extractor.
struct PrintedDate {
    std::string text;                                    ///< as printed: "Rabu, 17/06/2015 22:26 WIB"
    EvidenceSource source = EvidenceSource::VisibleText; ///< SiteRule for a site extractor's own selector
    std::string origin;                                  ///< which element: "line under the headline"
    bool byHeadline = false; ///< printed next to the headline, not found anywhere on the page
};

/// True for an element inside a comment, a list of related or popular
/// articles, a sidebar, a footer, <aside> or <nav>: a date there belongs to
/// something else than the article.
bool isInsideOtherContent(Node element);

/// A short line whose date follows a label or a name of at most four words:
/// "Stand: 28.04.2020 18:00 Uhr", "Von Name 29.04.2020, 12:01 Uhr".
bool isLabelledDateLine(std::string_view text);

/// A publication date candidate: the time and, for printed ones, the text.
struct DateValue {
    ZonedTime time;
    std::string printed; ///< empty for machine dates
    bool weekdayMismatch = false;
    bool byHeadline = false; ///< a date line printed next to the headline
};

/// Every candidate for the publication date the page offers: the printed
/// date the extractor found, JSON-LD (any node of a @graph), microdata,
/// OpenGraph/article:*, other <meta> dates, <time datetime>, the URL; each
/// weighted by how often that place is the article's own first publication.
CandidateList<DateValue> publishedCandidates(const PageContext &page,
                                             const std::optional<PrintedDate> &printed);

/// The same for the modification date (dateModified, article:modified_time…).
CandidateList<DateValue> updatedCandidates(const PageContext &page);

/// Sets `published`, `published_text` and `updated` from the candidates, with
/// the cross-checks: the best-supported day wins; a more precise candidate of
/// the same day lends its time, a zoned one of the same wall-clock time its
/// offset; published must not come after updated. Diagnostics explain the
/// choice (date-chosen) and what disagreed (date-conflict, date-after-update).
void chooseArticleDates(const PageContext &page, const std::optional<PrintedDate> &printed, Article &article);

} // namespace warta
