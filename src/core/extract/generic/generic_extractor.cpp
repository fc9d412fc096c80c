#include "extract/generic/generic_extractor.h"

#include "dom/selector.h"
#include "extract/date_evidence.h"
#include "extract/dom_fields.h"
#include "extract/generic/content_scoring.h"
#include "extract/metadata_fields.h"
#include "extract/page_fields.h"
#include "warta/date/date_parser.h"
#include "warta/text/text.h"

namespace warta {
namespace {

constexpr std::size_t kMinimumArticleText = 400;  // bytes of text below which a page is not an article
constexpr std::size_t kMinimumDeclaredText = 150; // the same, for a page whose metadata says it is one

// The page states that it is an article (JSON-LD, og:type): a paywalled
// teaser of two paragraphs is still one.
bool declaresArticle(const PageContext &page)
{
    return page.metadata.article.has_value() ||
           page.metadata.metaValue("og:type").value_or("") == "article" ||
           page.metadata.metaValue("article:published_time").has_value();
}

// The page states when it was published: a video page (its uploadDate), a
// photo page, a one-paragraph notice, an article whose text only a script
// writes is still a dated publication worth keeping, with its metadata,
// however thin its text (no text at all gives the no-body diagnostic).
// Homepages and indexes state no such date.
bool statesPublicationDate(const PageContext &page)
{
    for (const auto *dates : {&page.metadata.jsonLdDates, &page.metadata.microdataDates}) {
        for (const auto &date : *dates) {
            if ((date.key == "datePublished" && date.inArticle) || date.key == "uploadDate")
                return true;
        }
    }
    if (page.metadata.metaValue("article:published_time").has_value())
        return true;
    // A page that calls itself an article and dates itself with a <time>
    // outside comments and teasers (a live page of two lines).
    if (page.metadata.metaValue("og:type").value_or("") == "article") {
        for (Node time : selectAll(page.document.body(), "time[datetime]")) {
            if (!isInsideOtherContent(time))
                return true;
        }
    }
    return false;
}

// An article is prose: enough text, and most of it outside links (a
// homepage's blocks of headlines are links).
bool looksLikeArticle(const PageContext &page, const ContentChoice &content)
{
    if (statesPublicationDate(page))
        return true;
    const std::size_t minimum = declaresArticle(page) ? kMinimumDeclaredText : kMinimumArticleText;
    return content.textLength >= minimum && content.proseLength * 2 >= content.textLength;
}

std::string siteName(const PageContext &page)
{
    if (auto site = page.metadata.metaValue("og:site_name"))
        return site->starts_with("http") ? urlHost(*site) : *site;
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
        if (!text.empty() && (!fromMetadata || fromMetadata->find(text) != std::string::npos ||
                              text.find(*fromMetadata) != std::string::npos))
            return text;
    }
    return fromMetadata.value_or("");
}

// "Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020" → "Natasha Oktalia":
// the name before any separator, without the role words sites attach.
std::string cleanByline(std::string text)
{
    for (std::string_view separator : {" · ", " | ", " - ", " – ", "\n"})
        text = text.substr(0, text.find(separator));
    for (std::string_view prefix : {"Oleh:", "Oleh ", "Reporter:", "Penulis:", "Editor:", "By "}) {
        if (startsWithIgnoringCase(text, prefix))
            text.erase(0, prefix.size());
    }
    for (std::string_view role : {", Jurnalis", ", Reporter", ", Wartawan", ", Kontributor"}) {
        if (const auto at = text.find(role); at != std::string::npos)
            text.erase(at);
    }
    text = cleanText(text);
    return text.size() < 80 ? text : std::string();
}

bool isPlaceholderAuthor(const std::string &name)
{
    const std::string lowered = asciiLower(name);
    for (std::string_view word : {"developer", "admin", "webmaster", "http", "@"}) {
        if (lowered.find(word) != std::string::npos)
            return true;
    }
    return false;
}

// The headline's words are the title's, in any order and with the kicker
// before or after ("Kicker Headline" and "Headline - Kicker").
bool namesTheTitle(const std::string &heading, const std::string &title)
{
    if (heading.empty() || title.empty())
        return false;
    const std::string lowered = asciiLower(title);
    std::size_t words = 0;
    std::size_t found = 0;
    std::size_t start = 0;
    const std::string text = asciiLower(heading);
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) {
            ++words;
            found += lowered.find(text.substr(start, end - start)) != std::string::npos;
        }
        start = end + 1;
    }
    return found * 5 >= words * 4; // four words in five
}

// Some pages print the date line just above the headline, as a kicker
// ("21.01.2022", "January 19, 2020 / 12:25 PM / Updated 8 hours ago"): the
// two elements before it are read when none after it is a date line.
void readLineAboveHeadline(Node headline, PageFields &fields)
{
    constexpr int kMaxAbove = 2;
    const Node parent = headline.parent();
    if (!parent || !parent.isElement())
        return;
    int above = 0;
    for (std::size_t i = headline.indexInParent(); i-- > 0 && above < kMaxAbove;) {
        const Node previous = parent.child(i);
        if (!previous.isElement())
            continue;
        ++above;
        if (isInsideOtherContent(previous))
            continue;
        if (std::string text = previous.cleanText(); !text.empty() && isLabelledDateLine(text)) {
            fields.dateText = std::move(text);
            fields.dateByHeadline = true;
            return;
        }
    }
}

// Indonesian sites print "Reporter - 13 Oktober 2016 23:11 WIB" just below
// the headline; the date half is the printed date, the rest the byline.
void readLineUnderHeadline(const PageContext &page, PageFields &fields)
{
    Node headline = selectFirst(page.document.body(), "h1");
    // A label or a kicker beside an <h1> dates the article only when that
    // <h1> is its headline (the title's words), not a heading in its text.
    const bool isHeadline = headline && namesTheTitle(headline.cleanText(), fields.title);
    // The headline often sits alone in a wrapper ("div.title > h1"): look
    // after the outermost element that holds nothing else.
    while (headline.parent().isElement() && headline.parent().elementChildren().size() == 1)
        headline = headline.parent();
    int looked = 0;
    bool pastText = false; // a label and a date after the article's first paragraph are something else's
    for (Node next = headline.nextSibling(); next && looked < 6; next = next.nextSibling()) {
        if (!next.isElement())
            continue;
        ++looked;
        if (isInsideOtherContent(next))
            continue;
        const std::string text = next.cleanText();
        if (text.size() > 200)
            pastText = true;
        if (text.empty() || text.size() > 200)
            continue;
        // "Rabu, 17 Juni 2015": a date line alone, whose weekday is no byline.
        const std::string firstPart = text.substr(0, text.find(", "));
        if (const auto whole = parseDateTextDetailed(text);
            whole && whole->hasWeekday && firstPart.find(' ') == std::string::npos) {
            fields.dateText = text;
            fields.dateByHeadline = true;
            return;
        }
        for (std::string_view separator : {" · ", " | ", " - ", " – ", ", "}) {
            const auto at = text.find(separator);
            if (at == std::string::npos)
                continue;
            const std::string datePart = text.substr(at + separator.size());
            if (!parseDateText(datePart))
                continue;
            // The line under the headline is the article's own; a ".date"
            // found anywhere may be the masthead's "today".
            fields.dateText = datePart;
            fields.dateByHeadline = true;
            if (fields.bylines.empty())
                if (std::string name = cleanByline(text.substr(0, at)); !name.empty())
                    fields.bylines.push_back(name);
            return;
        }
        if (isHeadline && !pastText && isLabelledDateLine(text)) {
            fields.dateText = text;
            fields.dateByHeadline = true;
            return;
        }
    }
    if (isHeadline)
        readLineAboveHeadline(headline, fields);
}

// The first date line a reader sees, outside comments and teasers.
std::string visibleDateText(const PageContext &page, std::span<const std::string_view> selectors)
{
    for (auto selector : selectors) {
        for (Node found : selectAll(page.document.body(), selector)) {
            if (isInsideOtherContent(found))
                continue;
            if (std::string text = found.cleanText(); !text.empty())
                return text;
        }
    }
    return {};
}

std::vector<std::string> bylines(const PageContext &page)
{
    static constexpr std::string_view kByline[] = {"[rel=author]",      "[itemprop=author] [itemprop=name]",
                                                   "[itemprop=author]", ".byline",
                                                   ".author",           ".reporter"};
    std::vector<std::string> names;
    for (auto &text : allTexts(page.document.body(), kByline)) {
        if (std::string name = cleanByline(text); !name.empty() && !isPlaceholderAuthor(name))
            appendUnique(names, std::move(name));
    }
    for (const char *key : {"article:author", "dable:author", "author"}) {
        if (!names.empty())
            break;
        if (auto author = page.metadata.metaValue(key); author && !isPlaceholderAuthor(*author))
            names.push_back(cleanByline(*author));
    }
    return names;
}

std::vector<std::string> sectionOf(const PageContext &page)
{
    std::vector<std::string> section;
    for (const char *key : {"article:section", "article:section2"}) {
        if (auto name = page.metadata.metaValue(key))
            appendUnique(section, *name);
    }
    if (section.empty() && page.metadata.article && page.metadata.article->section)
        section.push_back(*page.metadata.article->section);
    return section;
}

// <time datetime> and itemprop=datePublished are read as machine dates by
// the date evidence; here only what a reader sees.
constexpr std::string_view kDate[] = {".date", ".time"};

} // namespace

std::vector<std::string> genericBylines(const PageContext &page)
{
    return bylines(page);
}

void readGenericDateLine(const PageContext &page, PageFields &fields)
{
    fields.dateText = visibleDateText(page, kDate);
    fields.dateSource = EvidenceSource::VisibleText;
    readLineUnderHeadline(page, fields);
}

Expected<Article> GenericExtractor::extract(const PageContext &page) const
{
    const std::string title = visibleTitle(page);
    ContentChoice content =
            chooseContent(page.document, title.empty() ? metadataTitle(page.metadata).value_or("") : title);
    if (!looksLikeArticle(page, content)) {
        return fail(ErrorCode::NotAnArticle, "The page does not look like an article (no block of prose was "
                                             "found); it may be a homepage or an index.");
    }
    Article article;
    article.site = siteName(page);
    article.layout = "generic";
    static constexpr std::string_view kImage[] = {"article figure img", "figure img"};
    static constexpr std::string_view kCaption[] = {"article figure figcaption", "figure figcaption"};
    static constexpr std::string_view kTags[] = {"a[rel=tag]", ".article-tags a", ".tags a", ".tag-list a"};
    PageFields fields;
    fields.title = title;
    fields.bylines = bylines(page);
    fields.bodies = std::move(content.bodies);
    fields.image = firstMatch(page.document.body(), kImage);
    fields.caption = fields.image ? firstText(page.document.body(), kCaption) : std::string();
    fields.tags = allTexts(page.document.body(), kTags);
    fields.section = sectionOf(page);
    readGenericDateLine(page, fields);
    fillArticle(page, fields, content.noise, article);
    return article;
}

} // namespace warta
