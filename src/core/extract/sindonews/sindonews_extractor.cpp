#include "extract/sindonews/sindonews_extractor.h"

#include "dom/selector.h"
#include "extract/dom_fields.h"
#include "extract/generic/generic_extractor.h"
#include "extract/metadata_fields.h"
#include "extract/news_text.h"
#include "extract/page_fields.h"
#include "extract/sindonews/sindonews_layouts.h"
#include "extract/sindonews/sindonews_site.h"
#include "warta/text/text.h"

#include <cstdlib>

namespace warta {
namespace {

bool matchesAll(const HtmlDocument &document, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        if (!selectFirst(document.root(), selector))
            return false;
    }
    return !selectors.empty();
}

std::string pageUrl(const PageContext &page)
{
    if (auto url = canonicalUrl(page.metadata))
        return *url;
    return page.saved.savedFromUrl.value_or("");
}

// Breadcrumb after "Home"; a page whose breadcrumb is filled by script
// (saved "HTML only") falls back to the kanal of the host plus the rubric
// the JSON-LD BreadcrumbList names.
std::vector<std::string> readSection(const PageContext &page, const SindonewsLayout &layout,
                                     std::string_view url)
{
    std::vector<std::string> section;
    for (auto &name : allTexts(page.document.root(), layout.breadcrumb)) {
        const std::string lowered = asciiLower(name);
        if (lowered != "home" && lowered != "beranda" && !lowered.empty())
            appendUnique(section, std::move(name));
    }
    if (!section.empty())
        return section;
    if (auto kanal = kanalOfHost(urlHost(url)))
        section.push_back(*kanal);
    for (const auto &name : page.metadata.breadcrumb)
        appendUnique(section, name);
    if (section.size() < 2 && page.metadata.article && page.metadata.article->section)
        appendUnique(section, *page.metadata.article->section);
    return section;
}

// "Halaman 1 dari 2", or the paging list; a ?showpage=all page holds the
// whole article and is page 1 of 1.
void readPaging(const PageContext &page, std::string_view url, Article &article)
{
    const std::string savedFrom = page.saved.savedFromUrl.value_or("");
    if (savedFrom.find("showpage=all") != std::string::npos ||
        url.find("showpage=all") != std::string_view::npos)
        return;
    const Node root = page.document.root();
    int count = 0;
    for (Node item : selectAll(root, ".paging-artikel li a, .pagination li a[data-ci-pagination-page]")) {
        const std::string text = item.cleanText();
        const int number = std::atoi(text.c_str());
        count = std::max(count, number);
        if (item.hasClass("active") && number > 0)
            article.page = number;
    }
    if (count > 1)
        article.pageCount = count;
    if (article.page > article.pageCount)
        article.pageCount = article.page;
}

// All noise selectors compiled into one list, matched per element.
NoiseTest sindonewsNoise()
{
    static const std::optional<Selector> noise = [] {
        std::string joined;
        for (auto selector : sindonewsBodyNoise())
            joined.append(joined.empty() ? "" : ", ").append(selector);
        return Selector::parse(joined);
    }();
    return [](Node element) { return noise && noise->matches(element); };
}

} // namespace

const SindonewsLayout *SindonewsExtractor::detectLayout(const HtmlDocument &document)
{
    for (const auto &layout : sindonewsLayouts()) {
        if (matchesAll(document, layout.detect))
            return &layout;
    }
    return nullptr;
}

int SindonewsExtractor::matchScore(const PageContext &page) const
{
    const std::string host = urlHost(pageUrl(page));
    const bool siteNamed =
            asciiLower(page.metadata.metaValue("og:site_name").value_or("")).find("sindonews") !=
            std::string::npos;
    if (!isSindonewsHost(host) && !siteNamed)
        return 0;
    return detectLayout(page.document) ? 100 : 10;
}

Expected<Article> SindonewsExtractor::extract(const PageContext &page) const
{
    const SindonewsLayout *layout = detectLayout(page.document);
    if (!layout) {
        // A SINDOnews page in a template we do not know: metadata and
        // content scoring still give a usable article.
        auto article = GenericExtractor().extract(page);
        if (article) {
            article->site = "SINDOnews";
            article->addDiagnostic(DiagnosticCode::UnknownTemplate,
                                   "The page is from SINDOnews but its template is not one Warta knows; the "
                                   "article was found by content scoring.");
        }
        return article;
    }
    const Node root = page.document.root();
    const std::string url = pageUrl(page);
    Article article;
    article.site = "SINDOnews";
    article.layout = std::string(layout->name);

    PageFields fields;
    fields.title = firstText(root, layout->title);
    fields.subtitle = firstText(root, layout->subtitle);
    fields.bylines = allTexts(root, layout->byline);
    fields.dateText = firstPrintedText(root, layout->date);
    fields.bodies = allMatches(root, layout->body);
    fields.image = firstMatch(root, layout->image);
    fields.caption = firstText(root, layout->caption);
    fields.tags = allTexts(root, layout->tags);
    fields.editor = firstText(root, sindonewsEditorSelectors());
    fields.section = readSection(page, *layout, url);
    fields.isOpinion = false;
    for (const auto &name : fields.section) {
        const std::string lowered = asciiLower(name);
        fields.isOpinion |= lowered == "opini" || lowered == "kolom" || lowered == "tajuk";
    }
    if (fields.bodies.empty())
        return fail(ErrorCode::NotAnArticle, "The page has the SINDOnews " + std::string(layout->name) +
                                                     " template but no article text.");

    fillArticle(page, fields, sindonewsNoise(), article);
    readPaging(page, url, article);
    return article;
}

} // namespace warta
