#include "extract/generic/generic_extractor.h"

#include "dom/selector.h"
#include "extract/dom_fields.h"
#include "extract/generic/content_scoring.h"
#include "extract/metadata_fields.h"
#include "extract/page_fields.h"
#include "warta/text/text.h"

namespace warta {
namespace {

constexpr std::size_t kMinimumArticleText = 400; // characters of prose below which a page is not an article

std::string siteName(const PageContext &page)
{
    if (auto site = page.metadata.metaValue("og:site_name"))
        return *site;
    if (page.metadata.article && page.metadata.article->publisher)
        return *page.metadata.article->publisher;
    const std::string url = canonicalUrl(page.metadata).value_or(page.saved.savedFromUrl.value_or(""));
    return urlHost(url);
}

// A headline in the page that agrees with the metadata beats both alone.
std::string visibleTitle(const PageContext &page)
{
    const auto fromMetadata = metadataTitle(page.metadata);
    for (Node heading : selectAll(page.document.body(), "h1")) {
        std::string text = heading.cleanText();
        if (!text.empty() && (!fromMetadata || fromMetadata->find(text) != std::string::npos
                              || text.find(*fromMetadata) != std::string::npos))
            return text;
    }
    return fromMetadata.value_or("");
}

std::vector<std::string> bylines(const PageContext &page)
{
    static constexpr std::string_view kByline[] = {"[rel=author]", "[itemprop=author] [itemprop=name]",
                                                   "[itemprop=author]", ".byline", ".author", ".reporter"};
    std::vector<std::string> names;
    for (auto &name : allTexts(page.document.body(), kByline)) {
        if (name.size() < 80)
            appendUnique(names, std::move(name));
    }
    if (names.empty()) {
        if (auto author = page.metadata.metaValue("author"))
            names.push_back(*author);
    }
    return names;
}

} // namespace

Expected<Article> GenericExtractor::extract(const PageContext &page) const
{
    const Node content = findContentRoot(page.document);
    std::size_t proseLength = 0;
    if (content) {
        for (const auto &paragraph : collectParagraphs(content, genericNoise()))
            proseLength += paragraph.text.size();
    }
    if (!content || proseLength < kMinimumArticleText) {
        return fail(ErrorCode::NotAnArticle,
                    "the page does not look like an article (no block of prose was found); it may be a homepage or an index");
    }
    Article article;
    article.site = siteName(page);
    article.layout = "generic";
    static constexpr std::string_view kDate[] = {"time[datetime]", "[itemprop=datePublished]", ".date", ".time"};
    static constexpr std::string_view kImage[] = {"article figure img", "figure img"};
    static constexpr std::string_view kCaption[] = {"article figure figcaption", "figure figcaption"};
    static constexpr std::string_view kTags[] = {"a[rel=tag]", ".tags a", ".tag a"};
    PageFields fields;
    fields.title = visibleTitle(page);
    fields.bylines = bylines(page);
    fields.dateText = firstText(page.document.body(), kDate);
    fields.bodies = {content};
    fields.image = firstMatch(page.document.body(), kImage);
    fields.caption = fields.image ? firstText(page.document.body(), kCaption) : std::string();
    fields.tags = allTexts(page.document.body(), kTags);
    fillArticle(page, fields, genericNoise(), article);
    return article;
}

} // namespace warta
