#include "extract/metadata_fields.h"

#include "warta/text/text.h"

namespace warta {

std::optional<std::string> canonicalUrl(const PageMetadata &metadata)
{
    if (metadata.canonical && metadata.canonical->starts_with("http"))
        return metadata.canonical;
    if (auto og = metadata.metaValue("og:url"); og && og->starts_with("http"))
        return og;
    if (metadata.article && metadata.article->url && metadata.article->url->starts_with("http"))
        return metadata.article->url;
    return std::nullopt;
}

std::string stripSiteSuffix(std::string title, const std::vector<std::string> &siteNames)
{
    for (std::string_view separator : {" - ", " | ", " – ", " — ", " :: "}) {
        const auto at = title.rfind(separator);
        if (at == std::string::npos || at == 0)
            continue;
        const std::string tail = asciiLower(title.substr(at + separator.size()));
        for (const auto &site : siteNames) {
            if (!site.empty() && asciiLower(site).find(tail) != std::string::npos && tail.size() >= 5)
                return title.substr(0, at);
            if (!site.empty() && tail.find(asciiLower(site)) != std::string::npos)
                return title.substr(0, at);
        }
    }
    return title;
}

std::optional<std::string> metadataTitle(const PageMetadata &metadata,
                                         const std::vector<std::string> &titleSuffixes)
{
    std::vector<std::string> sites = titleSuffixes;
    if (auto site = metadata.metaValue("og:site_name"))
        sites.push_back(*site);
    if (metadata.article && metadata.article->headline)
        return stripSiteSuffix(*metadata.article->headline, sites);
    for (const char *key : {"og:title", "twitter:title", "title"}) {
        if (auto value = metadata.metaValue(key))
            return stripSiteSuffix(*value, sites);
    }
    if (metadata.titleTag)
        return stripSiteSuffix(*metadata.titleTag, sites);
    return std::nullopt;
}

namespace {

// Some CMSs fill <meta name=keywords> with the headline's words one by one
// ("Pilgub, Dki, 2017, Sandi, Ajak"); those are no topics.
bool isMadeFromTitle(const std::string &keywords, const PageMetadata &metadata)
{
    const std::string title =
            asciiLower(metadata.titleTag.value_or(metadata.metaValue("og:title").value_or("")));
    if (title.empty())
        return false;
    std::size_t words = 0, start = 0;
    while (start < keywords.size()) {
        auto comma = keywords.find(',', start);
        if (comma == std::string::npos)
            comma = keywords.size();
        const std::string word = asciiLower(cleanText(keywords.substr(start, comma - start)));
        start = comma + 1;
        if (word.empty())
            continue;
        if (word.find(' ') != std::string::npos || title.find(word) == std::string::npos)
            return false;
        ++words;
    }
    return words > 3;
}

} // namespace

std::vector<std::string> metadataTags(const PageMetadata &metadata)
{
    std::vector<std::string> tags;
    for (const auto &tag : metadata.articleTags)
        appendUnique(tags, tag);
    if (tags.empty() && metadata.article) {
        for (const auto &tag : metadata.article->keywords)
            appendUnique(tags, tag);
    }
    if (tags.empty()) {
        if (auto keywords = metadata.metaValue("keywords");
            keywords && !isMadeFromTitle(*keywords, metadata)) {
            std::size_t start = 0;
            while (start < keywords->size()) {
                auto comma = keywords->find(',', start);
                if (comma == std::string::npos)
                    comma = keywords->size();
                appendUnique(tags, cleanText(keywords->substr(start, comma - start)));
                start = comma + 1;
            }
        }
    }
    return tags;
}

std::optional<std::string> metadataImage(const PageMetadata &metadata)
{
    for (const char *key :
         {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"}) {
        if (auto value = metadata.metaValue(key); value && value->starts_with("http"))
            return value;
    }
    if (metadata.article && metadata.article->image && metadata.article->image->starts_with("http"))
        return metadata.article->image;
    return std::nullopt;
}

std::string urlHost(std::string_view url)
{
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return {};
    url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find_first_of("/?#"));
    if (const auto at = url.rfind('@'); at != std::string_view::npos)
        url.remove_prefix(at + 1);
    url = url.substr(0, url.find(':'));
    std::string host = asciiLower(url);
    if (host.starts_with("www."))
        host.erase(0, 4);
    return host;
}

std::string absoluteUrl(std::string_view base, std::string_view href)
{
    if (href.empty() || href.find("://") != std::string_view::npos || href.starts_with("data:"))
        return std::string(href);
    const auto scheme = base.find("://");
    if (scheme == std::string_view::npos)
        return std::string(href);
    if (href.starts_with("//"))
        return std::string(base.substr(0, scheme + 1)) + std::string(href);
    const auto pathStart = base.find('/', scheme + 3);
    const std::string_view origin = base.substr(0, pathStart);
    if (href.starts_with("/"))
        return std::string(origin) + std::string(href);
    std::string_view path = pathStart == std::string_view::npos ? "/" : base.substr(pathStart);
    path = path.substr(0, path.find_first_of("?#"));
    path = path.substr(0, path.rfind('/') + 1);
    return std::string(origin) + std::string(path) + std::string(href);
}

std::string pageLanguage(const PageMetadata &metadata)
{
    std::optional<std::string> lang = metadata.htmlLang;
    if (!lang)
        lang = metadata.metaValue("og:locale");
    if (!lang)
        lang = metadata.metaValue("content-language");
    if (!lang || lang->empty())
        return "id";
    std::string tag = asciiLower(*lang);
    for (char &c : tag) {
        if (c == '_')
            c = '-';
    }
    // "id-ID" and "id_ID" are Indonesian; keep only the primary subtag, as
    // CSL processors decide title casing on it.
    return tag.substr(0, tag.find('-'));
}

void appendUnique(std::vector<std::string> &list, std::string value)
{
    if (value.empty())
        return;
    const std::string lowered = asciiLower(value);
    for (const auto &existing : list) {
        if (asciiLower(existing) == lowered)
            return;
    }
    list.push_back(std::move(value));
}

bool isPlaceholderImage(std::string_view url)
{
    const std::string lowered = asciiLower(url);
    for (std::string_view marker : {"pre-images", "placeholder", "blank.gif", "spacer", "lazy.png",
                                    "loading.gif", "1x1", "transparent", "data:image/gif"}) {
        if (lowered.find(marker) != std::string::npos)
            return true;
    }
    return false;
}

std::optional<std::string> localImageCopy(const SavedPage &saved, std::string_view src,
                                          std::string_view originalUrl)
{
    // A tiny data: URI is the lazy-load spacer SingleFile kept, not the image.
    constexpr std::size_t kSpacerSize = 512;
    if (src.starts_with("data:"))
        return src.size() > kSpacerSize && !isPlaceholderImage(src) ? std::optional<std::string>("data:")
                                                                    : std::nullopt;
    if (!src.empty() && src.find("://") == std::string_view::npos && !src.starts_with("//"))
        return std::string(src);
    for (const auto &resource : saved.resources) {
        if (resource.location == originalUrl || (!src.empty() && resource.location == src))
            return std::string("data:");
    }
    return std::nullopt;
}

} // namespace warta
