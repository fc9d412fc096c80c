#pragma once

#include "extract/extractor.h"
#include "sites/site_rules.h"

namespace warta {

/// Any site's rules file applied to its pages: the template's candidates
/// give the visible fields, the shared field choice (page_fields) checks and
/// completes them from metadata, and a field the rules do not find falls
/// back to the generic reading (metadata, content scoring for the body).
/// A page of the site in a template its rules do not know is read by the
/// generic extractor and keeps the site's name (diagnostic unknown-template).
class RulesExtractor final : public Extractor {
public:
    /// `rules` must outlive the extractor (the registry's do: they live for the process).
    explicit RulesExtractor(const SiteRules &rules) : m_rules(rules) {}

    std::string_view name() const override { return m_rules.id; }
    /// 100 for a recognised page in a known template, 10 in an unknown one, else 0.
    int matchScore(const PageContext &page) const override;
    Expected<Article> extract(const PageContext &page) const override;

    /// The first template whose `detect` selectors all match, or nullptr.
    const SiteTemplate *detectTemplate(const HtmlDocument &document) const;
    /// True when the page's URL, site name or markers say it is this site's.
    bool recognises(const PageContext &page) const;

private:
    const SiteRules &m_rules;
};

} // namespace warta
