#pragma once

#include "extract/extractor.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Fields every extractor reads the same way from page metadata; site rules
/// then correct them from the visible page.

/// Canonical URL: <link rel=canonical>, og:url, JSON-LD url, in that order of trust.
std::optional<std::string> canonicalUrl(const PageMetadata &metadata);

/// The headline from metadata (JSON-LD headline, og:title, <title>) without
/// a trailing " - Site" / " | Site" suffix naming og:site_name or one of
/// `titleSuffixes` (a site's rules give those its titles carry).
std::optional<std::string> metadataTitle(const PageMetadata &metadata,
                                         const std::vector<std::string> &titleSuffixes = {});

/// Removes a trailing site name after " - ", " | ", " – " when it names the site.
std::string stripSiteSuffix(std::string title, const std::vector<std::string> &siteNames);

/// Tags from article:tag, JSON-LD keywords, or <meta name=keywords>.
std::vector<std::string> metadataTags(const PageMetadata &metadata);

/// The lead image URL stated by og:image, twitter:image or JSON-LD image.
std::optional<std::string> metadataImage(const PageMetadata &metadata);

/// Resolves `href` against `base` (scheme-relative, root-relative, relative).
std::string absoluteUrl(std::string_view base, std::string_view href);

/// The host of an http(s) URL, lower-cased, without "www.".
std::string urlHost(std::string_view url);

/// BCP 47 language from <html lang>, og:locale or content-language; "id" when none.
std::string pageLanguage(const PageMetadata &metadata);

/// Appends `value` when it is not already there (case-insensitive).
void appendUnique(std::vector<std::string> &list, std::string value);

/// Where the saved file keeps its own copy of an image whose `src`
/// attribute is `src`: a relative path, "data:", or nothing for remote URLs.
std::optional<std::string> localImageCopy(const SavedPage &saved, std::string_view src,
                                          std::string_view originalUrl);

/// True for lazy-load placeholders and spacer images.
bool isPlaceholderImage(std::string_view url);

} // namespace warta
