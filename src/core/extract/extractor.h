#pragma once

#include "dom/html_document.h"
#include "meta/page_metadata.h"
#include "warta/article/article.h"
#include "warta/load/saved_page.h"

#include <string_view>
#include <vector>

namespace warta {

/// What an extractor gets: the loaded file, its parsed tree and its metadata.
struct PageContext {
    const SavedPage &saved;
    const HtmlDocument &document;
    const PageMetadata &metadata;
};

/// One site's (or the generic) rules for turning a page into an Article.
class Extractor {
public:
    virtual ~Extractor() = default;
    virtual std::string_view name() const = 0;
    /// 0 = not mine; higher = more certain. The generic extractor answers 1.
    virtual int matchScore(const PageContext &page) const = 0;
    /// Fills every field it can; NotAnArticle when the page has no article.
    virtual Expected<Article> extract(const PageContext &page) const = 0;
};

/// Every extractor, most specific first (docs: one registry file, no
/// self-registration, which static libraries silently drop).
const std::vector<const Extractor *> &extractorRegistry();

} // namespace warta
