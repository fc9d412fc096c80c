#pragma once

#include "extract/extractor.h"
#include "extract/page_fields.h"

#include <string>
#include <vector>

namespace warta {

/// Any other site: page metadata for the fields, content scoring in the
/// spirit of Readability for the body (content_scoring.h). Answers every
/// page with score 1, and NotAnArticle when the text found is short (under
/// 400 bytes, or 150 when the page's metadata declares an article) or mostly
/// links (a homepage, an index).
class GenericExtractor final : public Extractor {
public:
    std::string_view name() const override { return "generic"; }
    int matchScore(const PageContext &) const override { return 1; }
    Expected<Article> extract(const PageContext &page) const override;
};

// The generic readers of the fields a site's rules may not find; the rules
// interpreter falls back to them field by field.

/// Bylines from [rel=author], itemprop=author, .byline, .author, .reporter,
/// then the author metadata; role words and attached dates removed.
std::vector<std::string> genericBylines(const PageContext &page);

/// The date line a reader sees: the line under the headline ("Reporter -
/// 13 Oktober 2016 23:11 WIB", whose name half also fills an empty byline),
/// else the first .date or .time outside comments and teasers.
void readGenericDateLine(const PageContext &page, PageFields &fields);

} // namespace warta
