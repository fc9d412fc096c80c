#pragma once

#include "extract/extractor.h"

namespace warta {

struct SindonewsLayout;

/// SINDOnews (sindonews.com and its kanal and regional subdomains), every
/// template from 2015 to today; see docs/extractors/sindonews.md.
class SindonewsExtractor final : public Extractor {
public:
    std::string_view name() const override { return "sindonews"; }
    int matchScore(const PageContext &page) const override;
    Expected<Article> extract(const PageContext &page) const override;

    /// The template of a SINDOnews page, or nullptr for an unknown one.
    static const SindonewsLayout *detectLayout(const HtmlDocument &document);
};

} // namespace warta
