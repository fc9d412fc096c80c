#pragma once

#include "dom/html_document.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace warta {

/// What a news article's JSON-LD (NewsArticle, Article, ReportageNewsArticle…)
/// says, with the BreadcrumbList of the same page.
struct JsonLdArticle {
    std::optional<std::string> headline;
    std::optional<std::string> datePublished;
    std::optional<std::string> dateModified;
    std::vector<std::string> authors;
    std::optional<std::string> image;
    std::optional<std::string> url;
    std::optional<std::string> section;
    std::vector<std::string> keywords;
    std::optional<std::string> description;
    std::optional<std::string> publisher;
};

/// One date a page states in machine-readable form, with where it stood.
struct StatedDate {
    std::string key;        ///< "datePublished", "dateModified", "dateCreated", "uploadDate"
    std::string value;      ///< as written
    std::string holder;     ///< JSON-LD @type or microdata itemtype of the object that holds it
    bool inArticle = false; ///< the holder is an article (NewsArticle, BlogPosting…)
};

/// Everything a page states about itself in machine-readable form.
struct PageMetadata {
    std::optional<std::string> titleTag;          ///< <title>, cleaned
    std::optional<std::string> canonical;         ///< <link rel=canonical>
    std::optional<std::string> htmlLang;          ///< <html lang>
    std::map<std::string, std::string> meta;      ///< first content per lower-cased name/property
    std::vector<std::string> articleTags;         ///< every article:tag, in order
    std::optional<JsonLdArticle> article;         ///< the first article-like JSON-LD object
    std::vector<std::string> breadcrumb;          ///< JSON-LD BreadcrumbList names, "home" dropped
    std::map<std::string, std::string> microdata; ///< first text per itemprop
    std::vector<StatedDate> jsonLdDates;          ///< every date key of every JSON-LD object, in order
    std::vector<StatedDate> microdataDates;       ///< itemprop dates (datetime, content or title), in order
    bool jsonLdInvalid = false;
    bool jsonLdRecovered = false;

    std::optional<std::string> metaValue(const std::string &key) const;
};

/// Reads OpenGraph, article:*, <meta name>, canonical, JSON-LD and microdata.
PageMetadata readPageMetadata(const HtmlDocument &document);

} // namespace warta
