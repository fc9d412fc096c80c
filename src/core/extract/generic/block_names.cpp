#include "extract/generic/block_names.h"

#include "warta/text/text.h"

#include <span>
#include <string>
#include <string_view>

namespace warta {
namespace {

// Readability's word lists, with the Indonesian words of the same meaning
// (terkait = related, populer, rekomendasi, komentar, baca juga = read also).
constexpr std::string_view kUnlikely[] = {
        "-ad-",       "ai2html",   "banner",     "breadcrumbs",  "combx",    "comment",     "community",
        "cover-wrap", "disqus",    "extra",      "footer",       "gdpr",     "header",      "legends",
        "menu",       "related",   "remark",     "replies",      "rss",      "shoutbox",    "sidebar",
        "skyscraper", "social",    "sponsor",    "supplemental", "ad-break", "agegate",     "pagination",
        "pager",      "popup",     "yom-remote", "terkait",      "populer",  "rekomendasi", "komentar",
        "bacajuga",   "baca-juga", "baca_juga"};
constexpr std::string_view kMaybeCandidate[] = {"and",     "article", "body",    "column",
                                                "content", "main",    "mathjax", "shadow"};
constexpr std::string_view kPositive[] = {"article", "body",  "content",    "entry", "hentry",
                                          "h-entry", "main",  "pagination", "post",  "text",
                                          "blog",    "story", "detail",     "berita"};
constexpr std::string_view kNegative[] = {
        "-ad-",    "hidden",   "banner",  "combx",      "comment",     "com-",      "contact",  "footer",
        "gdpr",    "masthead", "media",   "meta",       "outbrain",    "promo",     "related",  "scroll",
        "share",   "shoutbox", "sidebar", "skyscraper", "sponsor",     "shopping",  "tags",     "widget",
        "popular", "populer",  "terkait", "baca",       "rekomendasi", "recommend", "komentar", "breadcrumb"};
constexpr std::string_view kUnlikelyRoles[] = {"menu",  "menubar",     "complementary", "navigation",
                                               "alert", "alertdialog", "dialog"};

bool containsAny(std::string_view names, std::span<const std::string_view> words)
{
    for (auto word : words) {
        if (names.find(word) != std::string_view::npos)
            return true;
    }
    return false;
}

// "hid" as a whole word: a common short class for hidden blocks, but a
// part of many other names ("hidden" is in kNegative already).
bool hasHidWord(std::string_view names)
{
    std::size_t at = 0;
    while ((at = names.find("hid", at)) != std::string_view::npos) {
        const bool startsWord = at == 0 || names[at - 1] == ' ';
        const bool endsWord = at + 3 == names.size() || names[at + 3] == ' ';
        if (startsWord && endsWord)
            return true;
        at += 3;
    }
    return false;
}

int nameWeight(std::string_view rawName)
{
    if (rawName.empty())
        return 0;
    const std::string name = asciiLower(rawName);
    int weight = 0;
    if (containsAny(name, kNegative) || hasHidWord(name))
        weight -= 25;
    if (containsAny(name, kPositive))
        weight += 25;
    return weight;
}

std::string classAndId(Node element)
{
    const std::string_view className = element.attributeOr("class");
    const std::string_view id = element.id();
    if (className.empty() && id.empty())
        return {}; // most elements: no allocation, nothing to match
    return asciiLower(std::string(className) + " " + std::string(id));
}

} // namespace

int classWeight(Node element)
{
    return nameWeight(element.attributeOr("class")) + nameWeight(element.id());
}

bool isUnlikelyCandidate(Node element)
{
    if (element.is("body") || element.is("a"))
        return false;
    if (auto role = element.attribute("role")) {
        for (auto unlikely : kUnlikelyRoles) {
            if (*role == unlikely)
                return true;
        }
    }
    // The box about the writer is prose too, and on a short article it
    // would outscore the article.
    if (isAuthorBio(element))
        return true;
    const std::string names = classAndId(element);
    return names.size() > 1 && containsAny(names, kUnlikely) && !containsAny(names, kMaybeCandidate);
}

bool isHiddenElement(Node element)
{
    if (element.hasAttribute("hidden") || element.attributeOr("aria-hidden") == "true")
        return true;
    const auto style = element.attribute("style");
    if (!style)
        return false;
    std::string compact;
    for (char c : asciiLower(*style)) {
        if (c != ' ')
            compact.push_back(c);
    }
    return compact.find("display:none") != std::string::npos ||
           compact.find("visibility:hidden") != std::string::npos;
}

bool isShareBlock(Node element)
{
    const std::string names = classAndId(element);
    return names.find("share") != std::string::npos || names.find("sosmed") != std::string::npos;
}

bool isBylineBlock(Node element)
{
    if (element.attributeOr("rel") == "author" ||
        element.attributeOr("itemprop").find("author") != std::string_view::npos)
        return true;
    static constexpr std::string_view kByline[] = {"byline", "author", "dateline", "writtenby", "p-author"};
    return containsAny(classAndId(element), kByline);
}

bool isAuthorBio(Node element)
{
    static constexpr std::string_view kAbout[] = {"bio", "about", "profile", "box", "info", "description"};
    const std::string names = classAndId(element);
    return names.find("author") != std::string::npos && containsAny(names, kAbout);
}

bool isCaptionBlock(Node element)
{
    static constexpr std::string_view kCaption[] = {"caption", "credit", "gallery", "slideshow", "carousel"};
    return containsAny(classAndId(element), kCaption);
}

bool isPublicationLine(Node element)
{
    static constexpr std::string_view kNames[] = {"date", "time", "meta", "published", "updated"};
    return element.is("time") || containsAny(classAndId(element), kNames);
}

bool isAdLabel(std::string_view text)
{
    static constexpr std::string_view kLabels[] = {"advertisement",
                                                   "advertisment",
                                                   "advertising",
                                                   "advert",
                                                   "ad",
                                                   "ads",
                                                   "sponsored",
                                                   "iklan",
                                                   "scroll to continue with content",
                                                   "continue reading below",
                                                   "story continues below"};
    const std::string lowered = asciiLower(text);
    for (auto label : kLabels) {
        if (lowered == label)
            return true;
    }
    return false;
}

int tagBaseScore(Node element)
{
    const std::string_view tag = element.tag();
    if (tag == "div")
        return 5;
    if (tag == "pre" || tag == "td" || tag == "blockquote")
        return 3;
    if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" ||
        tag == "li" || tag == "form")
        return -3;
    if (tag == "h1" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6" || tag == "th")
        return -5;
    return 0;
}

} // namespace warta
