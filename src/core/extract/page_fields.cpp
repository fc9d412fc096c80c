#include "extract/page_fields.h"

#include "extract/date_evidence.h"
#include "extract/metadata_fields.h"
#include "extract/news_text.h"
#include "extract/person_names.h"
#include "sites/url_date_rules.h"
#include "warta/date/date_parser.h"
#include "warta/text/text.h"

#include <cstdlib>

namespace warta {
namespace {

constexpr std::int64_t kOneDay = 24 * 60 * 60;

std::optional<std::string> nonEmpty(const std::string &text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::string pageUrl(const PageContext &page)
{
    return canonicalUrl(page.metadata).value_or(page.saved.savedFromUrl.value_or(""));
}

void fillDates(const PageContext &page, const PageFields &fields, Article &article)
{
    std::optional<PrintedDate> printed;
    if (!fields.dateText.empty())
        printed =
                PrintedDate{fields.dateText, fields.dateSource,
                            fields.dateSource == EvidenceSource::SiteRule ? "the site's date element"
                                                                          : "the date line near the headline",
                            fields.dateByHeadline};
    chooseArticleDates(page, printed, article);
    // Only a site whose rules name a URL date rule has its URLs read for a time.
    std::optional<std::int64_t> urlEpoch;
    if (fields.urlDate)
        urlEpoch = detail::dateFromUrl(*fields.urlDate, pageUrl(page));
    if (!article.published && urlEpoch) {
        // The URL's time is an instant (Unix seconds are UTC by definition),
        // shown at WIB as the Indonesian sites with such URLs print their dates.
        article.published = ZonedTime{*urlEpoch, 7 * 60};
        article.addDiagnostic(
                DiagnosticCode::DateFromUrl,
                "The page states no date; the time comes from the number at the end of its URL.");
    } else if (article.published && article.published->offsetKnown && urlEpoch &&
               std::llabs(article.published->epochSeconds - *urlEpoch) > kOneDay) {
        article.addDiagnostic(DiagnosticCode::DateUrlMismatch,
                              "The printed date and the time in the URL are more than a day apart.");
    }
    if (!article.published)
        article.addDiagnostic(DiagnosticCode::NoDate, "The page states no publication date.");
}

// "SINDOnews" as the JSON-LD author (a Person, on G4 pages without a
// reporter) is the desk account, not a byline.
bool isHouseName(const PageContext &page, const Article &article, const std::string &name)
{
    auto stem = [](std::string text) {
        text = asciiLower(text);
        if (text.ends_with(".com"))
            text.resize(text.size() - 4);
        return text;
    };
    const std::string candidate = stem(name);
    std::vector<std::string> houses{article.site, page.metadata.metaValue("og:site_name").value_or("")};
    if (page.metadata.article && page.metadata.article->publisher)
        houses.push_back(*page.metadata.article->publisher);
    for (const auto &house : houses) {
        if (!house.empty() && (candidate == stem(house) || candidate == "tim " + stem(house) ||
                               candidate == "redaksi " + stem(house)))
            return true;
    }
    return false;
}

void fillAuthors(const PageContext &page, const PageFields &fields, Article &article)
{
    const AuthorRole role = fields.isOpinion ? AuthorRole::Writer : AuthorRole::Reporter;
    std::vector<std::string> names;
    for (const auto &byline : fields.bylines) {
        for (auto &name : splitJointByline(byline))
            appendUnique(names, std::move(name));
    }
    if (names.empty() && page.metadata.article) {
        for (const auto &name : page.metadata.article->authors)
            appendUnique(names, name);
    }
    std::vector<std::string> desks;
    for (auto &name : names) {
        if (isHouseName(page, article, name) || !looksLikePersonName(name))
            continue;
        if (isCollectiveAuthor(name))
            desks.push_back(std::move(name));
        else
            article.authors.push_back({std::move(name), role});
    }
    // A desk ("Tim Redaksi") stands as the author only when no person does.
    if (article.authors.empty()) {
        for (auto &desk : desks)
            article.authors.push_back({std::move(desk), role});
    }
    if (article.authors.empty())
        article.addDiagnostic(DiagnosticCode::NoByline, "The page names no reporter or writer.");
}

void fillBody(const PageFields &fields, const NoiseTest &isNoise, Article &article)
{
    std::vector<RawParagraph> raw;
    for (Node body : fields.bodies) {
        auto part = collectParagraphs(body, isNoise);
        raw.insert(raw.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    std::vector<std::string> authorNames;
    for (const auto &author : article.authors)
        authorNames.push_back(author.name);
    NewsBody body =
            cleanNewsBody(std::move(raw), fields.isOpinion ? authorNames : std::vector<std::string>{});
    article.editorInitials = editorInitialsOf(fields.editor);
    if (!article.editorInitials)
        article.editorInitials = body.editorInitials;
    article.dateline = body.dateline;
    if (!article.dateline && !body.paragraphs.empty())
        article.dateline = datelineOfForms(body.paragraphs.front().text, fields.datelineForms);
    int number = 0;
    for (auto &paragraph : body.paragraphs)
        article.paragraphs.push_back(
                {"p" + std::to_string(++number), std::move(paragraph.text), paragraph.sourceOffset});
}

// The original image URL: a lazy-load attribute, then the page's own
// statement (og:image), then a plain remote src. `local` is the saved copy.
void fillLeadImage(const PageContext &page, const PageFields &fields, Article &article)
{
    std::string inPage;
    std::string_view src;
    if (fields.image) {
        src = fields.image.attributeOr("src");
        for (std::string_view attribute : {"data-src", "data-original", "data-lazy-src", "data-srcset"}) {
            const std::string_view value = fields.image.attributeOr(attribute);
            if (value.starts_with("http") && !isPlaceholderImage(value)) {
                inPage = std::string(value.substr(0, value.find(' ')));
                break;
            }
        }
        if (inPage.empty() && (src.starts_with("http") || src.starts_with("//")) && !isPlaceholderImage(src))
            inPage = absoluteUrl(pageUrl(page), src);
    }
    std::string url = inPage.empty() ? metadataImage(page.metadata).value_or("") : inPage;
    if (url.empty())
        return;
    LeadImage image;
    image.url = std::move(url);
    image.caption = nonEmpty(fields.caption);
    image.local = localImageCopy(page.saved, src, image.url);
    if (image.local == "data:" && src.starts_with("data:image/"))
        image.dataUri = std::string(src);
    article.leadImage = std::move(image);
}

} // namespace

void fillArticle(const PageContext &page, const PageFields &fields, const NoiseTest &isNoise,
                 Article &article)
{
    article.title = fields.title.empty() ? metadataTitle(page.metadata, fields.titleSuffixes).value_or("")
                                         : fields.title;
    if (article.title.empty())
        article.addDiagnostic(DiagnosticCode::NoTitle, "The page has no headline.");
    article.subtitle = nonEmpty(fields.subtitle);
    article.url = canonicalUrl(page.metadata);
    article.savedFromUrl = page.saved.savedFromUrl;
    article.section = fields.section;
    article.language = pageLanguage(page.metadata);
    fillAuthors(page, fields, article);
    fillDates(page, fields, article);
    fillBody(fields, isNoise, article);
    fillLeadImage(page, fields, article);
    for (const auto &tag : fields.tags.empty() ? metadataTags(page.metadata) : fields.tags)
        appendUnique(article.tags, tag);
    if (page.metadata.jsonLdInvalid) {
        article.addDiagnostic(
                page.metadata.jsonLdRecovered ? DiagnosticCode::JsonLdRepaired
                                              : DiagnosticCode::JsonLdInvalid,
                page.metadata.jsonLdRecovered
                        ? "The page's JSON-LD metadata is not valid JSON; Warta repaired it to read it."
                        : "The page's JSON-LD metadata is not valid JSON and could not be read.");
    }
}

} // namespace warta
