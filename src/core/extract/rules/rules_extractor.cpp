#include "extract/rules/rules_extractor.h"

#include "extract/generic/content_scoring.h"
#include "extract/generic/generic_extractor.h"
#include "extract/metadata_fields.h"
#include "extract/page_fields.h"
#include "extract/rules/candidate_values.h"
#include "warta/text/text.h"

#include <cstdlib>

namespace warta {
namespace {

std::string pageUrl(const PageContext &page)
{
    if (auto url = canonicalUrl(page.metadata))
        return *url;
    return page.saved.savedFromUrl.value_or("");
}

bool hostIsOrIsBelow(std::string_view host, std::string_view domain)
{
    return host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                              host[host.size() - domain.size() - 1] == '.');
}

// '*' matches any run of characters, everything else itself.
bool globMatches(std::string_view pattern, std::string_view text)
{
    std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

// The saved page's URLs: the canonical one, og:url and where it was saved from.
std::vector<std::string> pageUrls(const PageContext &page)
{
    std::vector<std::string> urls;
    for (const auto &url :
         {canonicalUrl(page.metadata), page.metadata.metaValue("og:url"), page.saved.savedFromUrl}) {
        if (url && !url->empty())
            urls.push_back(*url);
    }
    return urls;
}

// Breadcrumb without the words that are no section ("Home"); a page whose
// breadcrumb is filled by script (saved "HTML only") falls back to the
// section its subdomain stands for, then the JSON-LD BreadcrumbList and
// the JSON-LD article's section.
std::vector<std::string> readSection(const PageContext &page, const SiteRules &rules,
                                     const SiteTemplate &shape, std::string_view url)
{
    std::vector<std::string> section;
    for (auto &name : allValues(page.document.root(), fieldOf(rules, shape, &FieldRules::section))) {
        const std::string lowered = asciiLower(name);
        if (std::find(rules.sections.drop.begin(), rules.sections.drop.end(), lowered) ==
            rules.sections.drop.end())
            appendUnique(section, std::move(name));
    }
    if (!section.empty())
        return section;
    const std::string host = urlHost(url);
    const std::string subdomain = host.substr(0, host.find('.'));
    if (host.find('.') != std::string::npos) {
        for (const auto &[key, name] : rules.sections.fromSubdomain) {
            if (key == subdomain) {
                section.push_back(name);
                break;
            }
        }
    }
    for (const auto &name : page.metadata.breadcrumb)
        appendUnique(section, name);
    if (section.size() < 2 && page.metadata.article && page.metadata.article->section)
        appendUnique(section, *page.metadata.article->section);
    return section;
}

// "Halaman 1 dari 2", or the paging list; the one-page view of a paged
// article ("?showpage=all") holds the whole article and is page 1 of 1.
void readPaging(const PageContext &page, const PagingRules &paging, std::string_view url, Article &article)
{
    if (!paging.links)
        return;
    const std::string savedFrom = page.saved.savedFromUrl.value_or("");
    for (const auto &marker : paging.wholeArticle) {
        if (savedFrom.find(marker) != std::string::npos || url.find(marker) != std::string_view::npos)
            return;
    }
    int count = 0;
    for (Node item : paging.links->selectAll(page.document.root())) {
        const std::string text = item.cleanText();
        const int number = std::atoi(text.c_str());
        count = std::max(count, number);
        if (item.hasClass(paging.activeClass) && number > 0)
            article.page = number;
    }
    if (count > 1)
        article.pageCount = count;
    if (article.page > article.pageCount)
        article.pageCount = article.page;
}

// "Natasha Oktalia, <span>Jurnalis</span>" with the role cleaned away
// leaves "Natasha Oktalia,": a name never ends in a separator.
std::string withoutTrailingSeparator(std::string name)
{
    while (!name.empty() && std::string_view(",;:|-").find(name.back()) != std::string_view::npos)
        name.pop_back();
    while (name.ends_with("\xC2\xB7")) // U+00B7 MIDDLE DOT
        name.resize(name.size() - 2);
    return cleanText(name);
}

bool isOpinionSection(const SiteRules &rules, const std::vector<std::string> &section)
{
    for (const auto &name : section) {
        const std::string lowered = asciiLower(name);
        if (std::find(rules.sections.opinion.begin(), rules.sections.opinion.end(), lowered) !=
            rules.sections.opinion.end())
            return true;
    }
    return false;
}

} // namespace

const SiteTemplate *RulesExtractor::detectTemplate(const HtmlDocument &document) const
{
    const Node root = document.root();
    for (const auto &shape : m_rules.templates) {
        bool all = true;
        for (const auto &selector : shape.detect)
            all = all && selector.selectFirst(root);
        if (all)
            return &shape;
    }
    return nullptr;
}

bool RulesExtractor::recognises(const PageContext &page) const
{
    const auto &recognise = m_rules.recognise;
    const std::string host = urlHost(pageUrl(page));
    for (const auto &domain : recognise.hosts) {
        if (!host.empty() && hostIsOrIsBelow(host, domain))
            return true;
    }
    if (!recognise.urlPatterns.empty()) {
        for (const auto &url : pageUrls(page)) {
            for (const auto &pattern : recognise.urlPatterns) {
                if (globMatches(pattern, url))
                    return true;
            }
        }
    }
    if (!recognise.siteNames.empty()) {
        const std::string siteName = asciiLower(page.metadata.metaValue("og:site_name").value_or(""));
        for (const auto &name : recognise.siteNames) {
            if (!siteName.empty() && siteName.find(name) != std::string::npos)
                return true;
        }
    }
    for (const auto &marker : recognise.markers) {
        if (marker.selectFirst(page.document.root()))
            return true;
    }
    return false;
}

int RulesExtractor::matchScore(const PageContext &page) const
{
    if (!recognises(page))
        return 0;
    return detectTemplate(page.document) ? 100 : 10;
}

Expected<Article> RulesExtractor::extract(const PageContext &page) const
{
    const SiteTemplate *shape = detectTemplate(page.document);
    if (!shape) {
        // A page of this site in a template its rules do not know:
        // metadata and content scoring still give a usable article.
        auto article = GenericExtractor().extract(page);
        if (article) {
            article->site = m_rules.name;
            article->title = stripSiteSuffix(article->title, m_rules.titleSuffixes);
            article->addDiagnostic(
                    DiagnosticCode::UnknownTemplate,
                    "The page is from " + m_rules.name +
                            " but its template is not one Warta knows; the article was found by "
                            "content scoring.");
        }
        return article;
    }
    const Node root = page.document.root();
    const std::string url = pageUrl(page);
    Article article;
    article.site = m_rules.name;
    article.layout = shape->name;

    const auto rules = [this, shape](FieldCandidates FieldRules::*field) -> const FieldCandidates & {
        return fieldOf(m_rules, *shape, field);
    };
    PageFields fields;
    fields.title = firstValue(root, rules(&FieldRules::title));
    fields.subtitle = firstValue(root, rules(&FieldRules::subtitle));
    fields.bylines = allValues(root, rules(&FieldRules::byline));
    for (auto &byline : fields.bylines)
        byline = withoutTrailingSeparator(std::move(byline));
    fields.dateText = firstPrintedValue(root, rules(&FieldRules::date));
    fields.bodies = allElements(root, rules(&FieldRules::body));
    fields.image = firstElement(root, rules(&FieldRules::image));
    fields.caption = firstValue(root, rules(&FieldRules::caption));
    fields.tags = allValues(root, rules(&FieldRules::tags));
    fields.editor = firstValue(root, rules(&FieldRules::editor));
    fields.section = readSection(page, m_rules, *shape, url);
    fields.isOpinion = isOpinionSection(m_rules, fields.section);
    fields.titleSuffixes = m_rules.titleSuffixes;
    fields.datelineForms = m_rules.datelines;
    fields.urlDate = m_rules.urlDate;
    // What the rules do not find, the generic readers may (the JSON-LD
    // authors and dates come after them, in fillArticle).
    if (fields.bylines.empty())
        fields.bylines = genericBylines(page);
    if (fields.dateText.empty())
        readGenericDateLine(page, fields);

    const Selector *noise = m_rules.bodyNoise ? &*m_rules.bodyNoise : nullptr;
    NoiseTest isNoise = [noise](Node element) { return noise && noise->matches(element); };
    if (fields.bodies.empty()) {
        // The template's body container is missing: the body is found the
        // generic way, without the site's noise as well.
        ContentChoice content = chooseContent(
                page.document, fields.title.empty()
                                       ? metadataTitle(page.metadata, m_rules.titleSuffixes).value_or("")
                                       : fields.title);
        if (content.bodies.empty() || content.textLength == 0)
            return fail(ErrorCode::NotAnArticle, "The page has the " + m_rules.name + " " + shape->name +
                                                         " template but no article text.");
        fields.bodies = std::move(content.bodies);
        isNoise = [noise, generic = std::move(content.noise)](Node element) {
            return (noise && noise->matches(element)) || (generic && generic(element));
        };
    }
    fillArticle(page, fields, isNoise, article);
    readPaging(page, m_rules.paging, url, article);
    return article;
}

} // namespace warta
