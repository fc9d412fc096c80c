#pragma once

#include "extract/extractor.h"

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

} // namespace warta
