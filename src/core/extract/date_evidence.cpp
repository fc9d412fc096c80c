#include "extract/date_evidence.h"

#include "dom/selector.h"
#include "extract/metadata_fields.h"
#include "warta/date/date_parser.h"
#include "warta/text/text.h"

#include <array>
#include <cstdlib>
#include <functional>

namespace warta {
namespace {

// Weights: how often each place holds the article's own first publication
// date rather than something else (a modification, the page's build time, a
// teaser's date). A site extractor's selector is written for the field and
// is trusted most; a date printed somewhere on an unknown page least.
constexpr int kSiteRuleWeight = 100;
constexpr int kArticleJsonLdWeight = 90;
constexpr int kArticleMicrodataWeight = 85;
constexpr int kOpenGraphWeight = 85;
constexpr int kOtherJsonLdWeight = 75;
constexpr int kMetaTagWeight = 70;
constexpr int kPublishedTimeElementWeight = 65;
constexpr int kVisibleTextWeight = 60;
constexpr int kCreatedWeight = 55;
constexpr int kGenericMetaDateWeight = 50;
constexpr int kTimeElementWeight = 45;
constexpr int kUrlWeight = 40;
constexpr int kPageTextWeight = 25;
constexpr int kAgreementBonus = 10;
// Above every other: the page prints its modification day and never the
// metadata's first day (see printsOnlyTheUpdate).
constexpr int kOnlyPrintedUpdateWeight = 200;
// The same for a date line printed a few days before the metadata's day
// (see firstPrintedPublication).
constexpr int kFirstPrintedWeight = 200;

constexpr std::size_t kMaxTimeElements = 24;
constexpr std::size_t kMaxPrintedDateBytes = 200;

// Machine dates are ISO 8601 as a rule; some CMSs write them as RFC 2822
// or as prose ("July 19, 2020"), which the text grammar reads.
std::optional<ZonedTime> parseMachineDate(std::string_view value)
{
    if (auto iso = parseIso8601(value, 0))
        return iso;
    return parseDateText(value, 0);
}

bool isoDay(const ZonedTime &a, const ZonedTime &b)
{
    const auto x = a.local();
    const auto y = b.local();
    return x.year == y.year && x.month == y.month && x.day == y.day;
}

bool isPrinted(EvidenceSource source)
{
    return source == EvidenceSource::SiteRule || source == EvidenceSource::VisibleText ||
           source == EvidenceSource::PageText;
}

// Whole calendar days from a's printed day to b's printed day.
std::int64_t daysBetween(const ZonedTime &a, const ZonedTime &b)
{
    const auto x = a.local();
    const auto y = b.local();
    return (epochFromCivil(y.year, y.month, y.day, 0, 0, 0) -
            epochFromCivil(x.year, x.month, x.day, 0, 0, 0)) /
           86400;
}

// Two statements of one publication: the same day as printed, or (both
// zoned) the same instant within a minute, as "23:30Z" and "06:30 WIB".
bool sameDate(const DateValue &a, const DateValue &b)
{
    if (a.time.offsetKnown && b.time.offsetKnown &&
        std::llabs(a.time.epochSeconds - b.time.epochSeconds) < 60)
        return true;
    return isoDay(a.time, b.time);
}

void addMachineDate(CandidateList<DateValue> &list, std::string_view value, EvidenceSource source,
                    std::string origin, int weight)
{
    if (auto time = parseMachineDate(value))
        list.add({*time, {}, false}, source, std::move(origin), weight);
}

void addStatedDates(CandidateList<DateValue> &list, const std::vector<StatedDate> &dates,
                    EvidenceSource source, std::initializer_list<std::string_view> keys, bool published)
{
    for (const auto &date : dates) {
        bool wanted = false;
        for (std::string_view key : keys)
            wanted = wanted || asciiLower(date.key) == asciiLower(key);
        if (!wanted)
            continue;
        // A video's uploadDate is its publication, but on an article page
        // it dates an embedded clip: it weighs as little as dateCreated.
        const bool created = asciiLower(date.key) == "datecreated" || asciiLower(date.key) == "uploaddate";
        int weight = source == EvidenceSource::JsonLd
                             ? (date.inArticle ? kArticleJsonLdWeight : kOtherJsonLdWeight)
                             : (date.inArticle ? kArticleMicrodataWeight : kTimeElementWeight);
        if (published && created)
            weight = kCreatedWeight;
        std::string origin = date.key + (date.holder.empty() ? std::string() : " of " + date.holder);
        addMachineDate(list, date.value, source, std::move(origin), weight);
    }
}

bool containsAny(std::string_view text, std::initializer_list<std::string_view> words)
{
    const std::string lowered = asciiLower(text);
    for (std::string_view word : words) {
        if (lowered.find(word) != std::string::npos)
            return true;
    }
    return false;
}

// Names of blocks that hold other articles or the readers' words.
bool hasNoiseWord(std::string_view text)
{
    return containsAny(text, {"comment", "related", "sidebar", "footer", "widget", "recent", "popular",
                              "terkait", "populer", "terpopuler", "lainnya", "reply"});
}

// The same without the layout names: inside an <article>, a "sidebar" is
// the article's own column of details (its date, its credits), while
// comments and related links stay someone else's.
bool hasForeignContentWord(std::string_view text)
{
    return containsAny(text, {"comment", "related", "recent", "popular", "terkait", "populer", "terpopuler",
                              "lainnya", "reply"});
}

bool hasArticleAncestor(Node element)
{
    for (Node up = element.parent(); up && up.isElement(); up = up.parent()) {
        if (up.is("article"))
            return true;
    }
    return false;
}

// The classes of <body> and <html> describe the page's layout ("single
// right-sidebar", "has-comments"), not a region of it: they never make what
// they hold another content than the article.
bool isPageRoot(Node element)
{
    return element.is("body") || element.is("html");
}

// True when `region` holds the page's headline (its first <h1>, or first
// <h2> on a page without one): a block
// named "layoutTwoColumnsRightSidebar" or "has-comments" that wraps the
// headline wraps the article, so it is the page's layout, not a sidebar.
bool holdsHeadline(Node region)
{
    Node root = region;
    while (root.parent() && root.parent().isElement())
        root = root.parent();
    Node headline = selectFirst(root, "h1");
    if (!headline)
        headline = selectFirst(root, "h2");
    for (Node up = headline; up && up.isElement(); up = up.parent()) {
        if (up == region)
            return true;
    }
    return false;
}

// An element that holds something else than the article: a footer, an
// aside, a nav, or a block named as comments, teasers, widgets.
bool isOtherContentRegion(Node element)
{
    if (element.is("footer") || element.is("aside") || element.is("nav"))
        return true;
    if (isPageRoot(element))
        return false;
    const std::string_view classes = element.attributeOr("class");
    if (!hasNoiseWord(classes) && !hasNoiseWord(element.id()))
        return false;
    if (!hasForeignContentWord(classes) && !hasForeignContentWord(element.id()) &&
        hasArticleAncestor(element))
        return false;
    return !holdsHeadline(element);
}

} // namespace

bool isInsideOtherContent(Node element)
{
    int depth = 0;
    for (Node up = element; up && up.isElement() && depth < 12; up = up.parent(), ++depth) {
        if (isOtherContentRegion(up))
            return true;
    }
    return false;
}

// "Stand: 28.04.2020 18:00 Uhr", "Veröffentlicht am 3. Mai 2021", "Von Name
// 29.04.2020, 12:01 Uhr": a short line whose date follows a label or a name
// of at most four words is the article's date line.
bool isLabelledDateLine(std::string_view text)
{
    constexpr std::size_t kMaxLine = 80;
    constexpr int kMaxWordsBefore = 4;
    if (text.size() > kMaxLine)
        return false;
    const auto digit = text.find_first_of("0123456789");
    if (digit == std::string_view::npos)
        return false;
    int words = 0;
    bool inWord = false;
    for (char c : text.substr(0, digit)) {
        const bool space = c == ' ';
        words += !space && !inWord;
        inWord = !space;
    }
    return words <= kMaxWordsBefore && parseDateText(text).has_value();
}

namespace {

bool saysPublished(Node element)
{
    for (Node up = element; up && up.isElement(); up = up.parent()) {
        if (up.hasAttribute("pubdate"))
            return true;
        const std::string marks =
                asciiLower(std::string(up.attributeOr("class")) + " " + std::string(up.id()) + " " +
                           std::string(up.attributeOr("itemprop")));
        for (std::string_view word :
             {"publish", "posted", "entry-date", "post-date", "article-date", "created"}) {
            if (marks.find(word) != std::string::npos)
                return true;
        }
        if (up == element.parent().parent())
            break;
    }
    return false;
}

void addTimeElements(CandidateList<DateValue> &list, const PageContext &page)
{
    std::size_t seen = 0;
    bool plainTaken = false;
    for (Node element : selectAll(page.document.body(), "time[datetime]")) {
        if (++seen > kMaxTimeElements)
            break;
        if (isInsideOtherContent(element))
            continue;
        const bool published = saysPublished(element);
        const std::string_view value = element.attributeOr("datetime");
        if (published) {
            addMachineDate(list, value, EvidenceSource::TimeElement, "<time datetime> marked as published",
                           kPublishedTimeElementWeight);
        } else if (!plainTaken) {
            // Only the first unmarked one: later ones date comments and teasers.
            plainTaken = true;
            addMachineDate(list, value, EvidenceSource::TimeElement, "first <time datetime>",
                           kTimeElementWeight);
        }
    }
}

bool allDigits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int toInt(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// "/2020/07/19/", "/2020-07-19-slug", "/20200719/": the day many CMSs put
// in the path of an article. A month alone ("/2020/07/slug") says too little.
std::optional<ZonedTime> dateInUrl(std::string_view url)
{
    url = url.substr(0, url.find_first_of("?#"));
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return std::nullopt;
    url.remove_prefix(scheme + 3);
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= url.size(); ++i) {
        if (i == url.size() || url[i] == '/' || url[i] == '-' || url[i] == '_' || url[i] == '.') {
            parts.push_back(url.substr(start, i - start));
            start = i + 1;
        }
    }
    auto day = [](int y, int m, int d) -> std::optional<ZonedTime> {
        if (y < 1995 || y > 2100)
            return std::nullopt;
        const std::string text = std::to_string(y) + "-" + (m < 10 ? "0" : "") + std::to_string(m) + "-" +
                                 (d < 10 ? "0" : "") + std::to_string(d);
        return parseIso8601(text, 0);
    };
    for (std::size_t i = 1; i < parts.size(); ++i) { // parts[0] is the host
        const std::string_view p = parts[i];
        if (p.size() == 8 && allDigits(p)) {
            if (auto d = day(toInt(p.substr(0, 4)), toInt(p.substr(4, 2)), toInt(p.substr(6, 2))))
                return d;
        }
        if (p.size() == 4 && allDigits(p) && i + 2 < parts.size() && allDigits(parts[i + 1]) &&
            parts[i + 1].size() <= 2 && allDigits(parts[i + 2]) && parts[i + 2].size() <= 2) {
            if (auto d = day(toInt(p), toInt(parts[i + 1]), toInt(parts[i + 2])))
                return d;
        }
    }
    return std::nullopt;
}

void addPrinted(CandidateList<DateValue> &list, const PrintedDate &printed)
{
    if (printed.text.empty() ||
        (printed.text.size() > kMaxPrintedDateBytes && printed.source != EvidenceSource::PageText))
        return;
    const auto parse = parseDateTextDetailed(printed.text, 0);
    if (!parse)
        return;
    // A sentence that holds a date is no printed date line to show.
    const std::string shown = printed.text.size() <= kMaxPrintedDateBytes ? printed.text : std::string();
    const int weight = printed.source == EvidenceSource::SiteRule   ? kSiteRuleWeight
                       : printed.source == EvidenceSource::PageText ? kPageTextWeight
                                                                    : kVisibleTextWeight;
    list.add({parse->time, shown, parse->weekdayMismatch, printed.byHeadline}, printed.source, printed.origin,
             weight);
}

// The last resort on a page that states its date nowhere else: the first
// element named like a date line ("date", "time", "posted", "meta") whose
// short text reads as a date, outside comments and teasers.
std::optional<PrintedDate> dateLineAnywhere(const PageContext &page)
{
    std::optional<PrintedDate> found;
    page.document.body().walk([&](Node node) {
        if (found || !node.isElement())
            return false;
        if (isInvisibleElement(node.tag()) || isOtherContentRegion(node))
            return false;
        const std::string marks =
                asciiLower(std::string(node.attributeOr("class")) + " " + std::string(node.id()));
        bool named = false;
        // English, Indonesian ("tanggal", "waktu"), German ("datum"), Spanish
        // ("fecha"), Portuguese and Italian ("data") names of date lines.
        for (std::string_view word : {"date", "time", "posted", "publish", "meta", "byline", "author",
                                      "tanggal", "waktu", "datum", "fecha", "data"})
            named = named || marks.find(word) != std::string::npos;
        if (!named)
            return true;
        std::string text = node.cleanText();
        if (text.empty() || text.size() > kMaxPrintedDateBytes)
            return true;
        if (parseDateText(text))
            found = PrintedDate{std::move(text), EvidenceSource::PageText,
                                "an element named like a date line"};
        return !found;
    });
    return found;
}

// Then the first date in the text that follows the headline: pages without
// any markup for their date print it in the first lines of the article
// ("01.02.2022 Der Arbeitsmarkt…", "von Name 31.10.2023"). One text node at a
// time, so that a date is never made of two unrelated numbers.
std::optional<PrintedDate> dateAfterHeadline(const PageContext &page)
{
    constexpr std::size_t kTextBudget = 3000;
    const bool hasHeadline = static_cast<bool>(selectFirst(page.document.body(), "h1"));
    bool started = !hasHeadline;
    std::size_t read = 0;
    std::optional<PrintedDate> found;
    page.document.body().walk([&](Node node) {
        if (found || read >= kTextBudget)
            return false;
        if (node.isElement()) {
            if (isInvisibleElement(node.tag()) || isOtherContentRegion(node))
                return false;
            if (node.is("h1") && !started) {
                started = true;
                return false;
            }
            return true;
        }
        if (!started || !node.isText())
            return true;
        std::string text = cleanText(node.text());
        read += text.size();
        if (!text.empty() && parseDateText(text))
            found = PrintedDate{std::move(text), EvidenceSource::PageText,
                                "the first date in the text after the headline"};
        return true;
    });
    return found;
}

// Calls `visit` with each text of the page a reader sees (outside scripts,
// hidden elements, comments and teasers), in order, for at most 4,000 texts
// so a long page costs little; `visit` returns false to stop.
void forEachVisibleText(const PageContext &page, const std::function<bool(std::string_view)> &visit)
{
    constexpr std::size_t kMaxTexts = 4000;
    std::size_t texts = 0;
    bool going = true;
    page.document.body().walk([&](Node node) {
        if (!going || texts >= kMaxTexts)
            return false;
        if (node.isElement())
            return !isInvisibleElement(node.tag()) && !isOtherContentRegion(node);
        if (!node.isText())
            return false;
        ++texts;
        going = visit(node.text());
        return false;
    });
}

// The very last resort: the first short labelled date line anywhere outside
// other content, as wikis and plain pages print them at the foot ("last
// edited 2019-11-10 13:28:18", "Aktualisiert: 30.12.2016").
std::optional<PrintedDate> labelledLineAnywhere(const PageContext &page)
{
    std::optional<PrintedDate> found;
    forEachVisibleText(page, [&](std::string_view raw) {
        std::string text = cleanText(raw);
        if (!text.empty() && isLabelledDateLine(text))
            found = PrintedDate{std::move(text), EvidenceSource::PageText,
                                "a labelled date line of the page"};
        return !found;
    });
    return found;
}

std::string articleUrl(const PageContext &page)
{
    if (auto url = canonicalUrl(page.metadata))
        return *url;
    return page.saved.savedFromUrl.value_or("");
}

// A day of the same date lends its time, a zoned time of the same wall clock
// its offset: "19 Juli 2020" printed and "2020-07-19T15:02:00+07:00" in the
// metadata, or "15:02" printed and the same time with a zone in metadata.
// The same instant stated in two zones is shown in the one the page prints,
// else in the page's own zone rather than UTC: servers store times in UTC,
// the publication happened where the page says (2020-12-24T23:59:50Z and
// 2020-12-25T01:59:50+02:00 are a publication of 25 December).
ZonedTime refine(ZonedTime chosen, const CandidateList<DateValue> &list)
{
    for (const auto &candidate : list.all()) {
        const ZonedTime &other = candidate.value.time;
        const bool printed = candidate.source == EvidenceSource::SiteRule ||
                             candidate.source == EvidenceSource::VisibleText;
        if (chosen.offsetKnown && other.offsetKnown && chosen.epochSeconds / 60 == other.epochSeconds / 60) {
            if (printed || (chosen.offsetMinutes == 0 && other.offsetMinutes != 0))
                chosen = other;
            continue;
        }
        if (!isoDay(chosen, other))
            continue;
        if (!chosen.timeKnown && other.timeKnown)
            chosen = other;
        else if (chosen.timeKnown && !chosen.offsetKnown && other.offsetKnown &&
                 chosen.localSeconds() / 60 == other.localSeconds() / 60) {
            chosen.epochSeconds = chosen.localSeconds() - std::int64_t{other.offsetMinutes} * 60;
            chosen.offsetMinutes = other.offsetMinutes;
            chosen.offsetKnown = true;
        }
    }
    return chosen;
}

// published ≤ updated, compared as far as both are known: by instant when
// both are zoned, by wall clock when a zone is missing, by day for a day.
bool isAfter(const ZonedTime &a, const ZonedTime &b)
{
    if (!a.timeKnown || !b.timeKnown) {
        const auto x = a.local();
        const auto y = b.local();
        return std::array{x.year, x.month, x.day} > std::array{y.year, y.month, y.day};
    }
    if (a.offsetKnown && b.offsetKnown)
        return a.epochSeconds > b.epochSeconds;
    return a.localSeconds() > b.localSeconds();
}

// The days the reader sees: the first date of each short text of the page,
// outside scripts, comments and teasers. Read only when the metadata's
// published and modified days disagree, so its cost is rare.
std::vector<ZonedTime> printedDays(const PageContext &page, std::initializer_list<int> years)
{
    // Every printed date names its year: only texts holding one of the two
    // years are parsed, so the walk costs little on a long page.
    std::vector<std::string> yearTexts;
    for (int year : years)
        yearTexts.push_back(std::to_string(year));
    std::vector<ZonedTime> days;
    forEachVisibleText(page, [&](std::string_view text) {
        const auto holdsYear = [&] {
            for (const auto &year : yearTexts) {
                if (text.find(year) != std::string_view::npos)
                    return true;
            }
            return false;
        };
        if (text.size() <= kMaxPrintedDateBytes && holdsYear()) {
            if (auto day = parseDateText(text, 0))
                days.push_back(*day);
        }
        return true;
    });
    return days;
}

// A republished or rewritten page whose metadata keeps the first day but
// which prints only the day of its modification ("Updated June 13, 2019",
// a date line of the new day): the reader sees, and cites, that day. Only
// when the chosen date is the metadata's, not a printed one.
bool printsOnlyTheUpdate(const PageContext &page, const Candidate<DateValue> &best, const DateValue &update)
{
    const bool bestPrinted = best.source == EvidenceSource::SiteRule ||
                             best.source == EvidenceSource::VisibleText ||
                             best.source == EvidenceSource::PageText;
    if (bestPrinted || isoDay(best.value.time, update.time) || isAfter(best.value.time, update.time))
        return false;
    bool updatePrinted = false;
    for (const ZonedTime &day : printedDays(page, {best.value.time.local().year, update.time.local().year})) {
        if (isoDay(day, best.value.time))
            return false;
        updatePrinted = updatePrinted || isoDay(day, update.time);
    }
    return updatePrinted;
}

// The metadata names a later day than the date line printed next to the
// headline: a page updated or moved after its first publication keeps the
// new time in its metadata ("January 19, 2020 / 12:25 PM / Updated 8 hours
// ago" printed, 2020-01-20T09:49Z in og:article:published_time). Within a
// week only: a date line further back is more likely another article's.
std::optional<std::size_t> firstPrintedPublication(const CandidateList<DateValue> &list,
                                                   const Candidate<DateValue> &best)
{
    constexpr std::int64_t kMaxDaysBefore = 7;
    if (isPrinted(best.source))
        return std::nullopt;
    const auto &all = list.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const DateValue &line = all[i].value;
        if (!line.byHeadline)
            continue;
        const std::int64_t days = daysBetween(line.time, best.value.time);
        if (days >= 1 && days <= kMaxDaysBefore)
            return i;
    }
    return std::nullopt;
}

} // namespace

std::string_view evidenceSourceName(EvidenceSource source)
{
    switch (source) {
    case EvidenceSource::SiteRule:
        return "the site's date line";
    case EvidenceSource::JsonLd:
        return "JSON-LD";
    case EvidenceSource::Microdata:
        return "microdata";
    case EvidenceSource::OpenGraph:
        return "OpenGraph";
    case EvidenceSource::MetaTag:
        return "meta tag";
    case EvidenceSource::TimeElement:
        return "time element";
    case EvidenceSource::VisibleText:
        return "visible text";
    case EvidenceSource::PageText:
        return "page text";
    case EvidenceSource::Url:
        return "URL";
    }
    return "unknown";
}

CandidateList<DateValue> publishedCandidates(const PageContext &page,
                                             const std::optional<PrintedDate> &printed)
{
    CandidateList<DateValue> list;
    if (printed)
        addPrinted(list, *printed);
    addStatedDates(list, page.metadata.jsonLdDates, EvidenceSource::JsonLd,
                   {"datePublished", "dateCreated", "uploadDate"}, true);
    addStatedDates(list, page.metadata.microdataDates, EvidenceSource::Microdata,
                   {"datePublished", "dateCreated", "uploadDate"}, true);
    for (const char *key :
         {"article:published_time", "og:published_time", "og:article:published_time", "article:published"}) {
        if (auto value = page.metadata.metaValue(key))
            addMachineDate(list, *value, EvidenceSource::OpenGraph, std::string("meta ") + key,
                           kOpenGraphWeight);
    }
    for (const char *key : {"pubdate",
                            "publishdate",
                            "publish-date",
                            "publish_date",
                            "publication_date",
                            "date",
                            "dc.date.issued",
                            "dc.date",
                            "dcterms.date",
                            "dcterms.issued",
                            "dcterms.created",
                            "dc.date.created",
                            "citation_publication_date",
                            "citation_date",
                            "sailthru.date",
                            "parsely-pub-date",
                            "content_publishedtime",
                            "article.published",
                            "originalpublicationdate",
                            "article_date_original",
                            "cxenseparse:recs:publishtime",
                            "displaydate",
                            "dc.created",
                            "created",
                            "release_date"}) {
        // A bare "date" is as often when the page was generated or last
        // changed as when it was published: a printed date line beats it.
        const int weight = std::string_view(key) == "date" ? kGenericMetaDateWeight : kMetaTagWeight;
        if (auto value = page.metadata.metaValue(key))
            addMachineDate(list, *value, EvidenceSource::MetaTag, std::string("meta ") + key, weight);
    }
    addTimeElements(list, page);
    if (auto day = dateInUrl(articleUrl(page)))
        list.add({*day, {}, false}, EvidenceSource::Url, "a date in the path", kUrlWeight);
    if (list.empty()) {
        if (auto line = dateLineAnywhere(page))
            addPrinted(list, *line);
    }
    if (list.empty()) {
        if (auto line = dateAfterHeadline(page))
            addPrinted(list, *line);
    }
    if (list.empty()) {
        if (auto line = labelledLineAnywhere(page))
            addPrinted(list, *line);
    }
    // Uploads are filed by day ("/files/2016/05/04/cover.png"): on a page
    // that states its date nowhere, the lead image's path is the last hint.
    if (list.empty()) {
        if (auto day = dateInUrl(std::string(page.metadata.metaValue("og:image").value_or(""))))
            list.add({*day, {}, false}, EvidenceSource::Url, "a date in the lead image's path",
                     kPageTextWeight);
    }
    return list;
}

CandidateList<DateValue> updatedCandidates(const PageContext &page)
{
    CandidateList<DateValue> list;
    addStatedDates(list, page.metadata.jsonLdDates, EvidenceSource::JsonLd, {"dateModified"}, false);
    addStatedDates(list, page.metadata.microdataDates, EvidenceSource::Microdata, {"dateModified"}, false);
    for (const char *key : {"article:modified_time", "og:updated_time", "og:modified_time"}) {
        if (auto value = page.metadata.metaValue(key))
            addMachineDate(list, *value, EvidenceSource::OpenGraph, std::string("meta ") + key,
                           kOpenGraphWeight);
    }
    for (const char *key :
         {"dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "datemodified"}) {
        if (auto value = page.metadata.metaValue(key))
            addMachineDate(list, *value, EvidenceSource::MetaTag, std::string("meta ") + key, kMetaTagWeight);
    }
    return list;
}

void chooseArticleDates(const PageContext &page, const std::optional<PrintedDate> &printed, Article &article)
{
    CandidateList<DateValue> published = publishedCandidates(page, printed);
    const Candidate<DateValue> *best = published.choose(sameDate, kAgreementBonus);
    const CandidateList<DateValue> updated = updatedCandidates(page);
    const Candidate<DateValue> *latest = updated.choose(sameDate, kAgreementBonus);
    if (best && latest && printsOnlyTheUpdate(page, *best, latest->value)) {
        published.add(latest->value, latest->source, "the modification date, the only day the page prints",
                      kOnlyPrintedUpdateWeight);
        best = published.choose(sameDate, kAgreementBonus);
    }
    if (best) {
        if (auto first = firstPrintedPublication(published, *best)) {
            published.promote(*first, kFirstPrintedWeight,
                              "the first publication before the metadata's later day");
            best = published.choose(sameDate, kAgreementBonus);
        }
    }
    if (best) {
        article.published = refine(best->value.time, published);
        std::string agreeing;
        std::string disagreeing;
        for (const auto &candidate : published.all()) {
            if (&candidate == best)
                continue;
            std::string &into = sameDate(candidate.value, best->value) ? agreeing : disagreeing;
            into += (into.empty() ? "" : "; ") + describeCandidate(candidate);
            if (&into == &disagreeing)
                into += " says " + candidate.value.time.toIso8601();
            // The printed date is kept as printed when it names the chosen day.
            if (!candidate.value.printed.empty() && !article.publishedText && &into == &agreeing)
                article.publishedText = candidate.value.printed;
        }
        if (!best->value.printed.empty())
            article.publishedText = best->value.printed;
        const std::string chosen = article.published->toIso8601() + " from " + describeCandidate(*best) +
                                   (agreeing.empty() ? "" : "; agreeing: " + agreeing);
        article.addDiagnostic(DiagnosticCode::DateChosen, "Date chosen: " + chosen + ".", chosen);
        if (!disagreeing.empty())
            article.addDiagnostic(DiagnosticCode::DateConflict,
                                  "Other statements of the page name another day: " + disagreeing + ".",
                                  disagreeing);
        if (best->value.weekdayMismatch)
            article.addDiagnostic(
                    DiagnosticCode::DateWeekdayMismatch,
                    "The printed weekday does not fall on the printed date; the date was kept.");
        if (article.published->timeKnown && !article.published->offsetKnown)
            article.addDiagnostic(
                    DiagnosticCode::DateZoneUnknown,
                    "The page states the time without a zone; it is shown as printed, without an "
                    "offset.");
        if (best->source != EvidenceSource::SiteRule && best->source != EvidenceSource::VisibleText &&
            !article.publishedText)
            article.addDiagnostic(DiagnosticCode::DateFromMetadata,
                                  "The page prints no readable date; the date comes from its metadata.");
    }
    if (latest) {
        if (article.published && isAfter(*article.published, latest->value.time)) {
            const std::string stamp = latest->value.time.toIso8601();
            article.addDiagnostic(DiagnosticCode::DateAfterUpdate,
                                  "The modification date " + stamp +
                                          " lies before the publication date; it was left out.",
                                  stamp);
        } else {
            article.updated = latest->value.time;
        }
    }
}

} // namespace warta
