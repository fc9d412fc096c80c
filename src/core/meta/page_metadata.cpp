#include "meta/page_metadata.h"

#include "dom/selector.h"
#include "meta/jsonld.h"
#include "warta/text/text.h"

namespace warta {
namespace {

using nlohmann::json;

std::optional<std::string> nonEmpty(std::string text)
{
    if (text.empty())
        return std::nullopt;
    return text;
}

std::optional<std::string> stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (it->is_string())
        return nonEmpty(cleanText(it->get<std::string>()));
    if (it->is_object()) { // ImageObject, WebPage…: the url or @id stands for it
        for (const char *inner : {"url", "@id", "name"}) {
            if (auto value = stringField(*it, inner))
                return value;
        }
    }
    if (it->is_array() && !it->empty()) {
        json first = json::object({{"v", it->front()}});
        return stringField(first, "v");
    }
    return std::nullopt;
}

bool typeIs(const json &object, std::string_view suffix)
{
    const auto it = object.find("@type");
    if (it == object.end())
        return false;
    auto matches = [suffix](const json &type) {
        return type.is_string() && type.get<std::string>().ends_with(suffix);
    };
    if (it->is_array()) {
        for (const auto &type : *it) {
            if (matches(type))
                return true;
        }
        return false;
    }
    return matches(*it);
}

std::vector<std::string> names(const json &value)
{
    std::vector<std::string> out;
    auto add = [&out](const json &entry) {
        if (entry.is_string()) {
            if (auto text = nonEmpty(cleanText(entry.get<std::string>())))
                out.push_back(*text);
        } else if (entry.is_object() && !typeIs(entry, "Organization")) {
            // An organisation as author (the site itself) is no byline.
            if (auto name = stringField(entry, "name"))
                out.push_back(*name);
        }
    };
    if (value.is_array()) {
        for (const auto &entry : value)
            add(entry);
    } else {
        add(value);
    }
    return out;
}

std::vector<std::string> keywordList(const json &value)
{
    std::vector<std::string> out;
    auto addSplit = [&out](const std::string &text) {
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto comma = text.find(',', start);
            auto word = cleanText(
                    text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!word.empty())
                out.push_back(std::move(word));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    };
    if (value.is_string())
        addSplit(value.get<std::string>());
    else if (value.is_array()) {
        for (const auto &entry : value) {
            if (entry.is_string())
                addSplit(entry.get<std::string>());
        }
    }
    return out;
}

JsonLdArticle articleFrom(const json &object)
{
    JsonLdArticle article;
    article.headline = stringField(object, "headline");
    article.datePublished = stringField(object, "datePublished");
    article.dateModified = stringField(object, "dateModified");
    if (auto author = object.find("author"); author != object.end())
        article.authors = names(*author);
    article.image = stringField(object, "image");
    article.url = stringField(object, "url");
    if (!article.url)
        article.url = stringField(object, "mainEntityOfPage");
    article.section = stringField(object, "articleSection");
    if (auto keywords = object.find("keywords"); keywords != object.end())
        article.keywords = keywordList(*keywords);
    article.description = stringField(object, "description");
    if (auto publisher = object.find("publisher"); publisher != object.end() && publisher->is_object())
        article.publisher = stringField(*publisher, "name");
    return article;
}

std::vector<std::string> breadcrumbFrom(const json &object)
{
    std::vector<std::string> out;
    const auto items = object.find("itemListElement");
    if (items == object.end() || !items->is_array())
        return out;
    for (const auto &item : *items) {
        if (!item.is_object())
            continue;
        std::optional<std::string> name = stringField(item, "name");
        if (auto inner = item.find("item"); !name && inner != item.end() && inner->is_object())
            name = stringField(*inner, "name");
        if (name && asciiLower(*name) != "home" && asciiLower(*name) != "beranda")
            out.push_back(*name);
    }
    return out;
}

bool isArticleType(const json &object)
{
    for (std::string_view type :
         {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle"}) {
        if (typeIs(object, type))
            return true;
    }
    return false;
}

std::string typeName(const json &object)
{
    const auto it = object.find("@type");
    if (it != object.end() && it->is_string())
        return it->get<std::string>();
    if (it != object.end() && it->is_array() && !it->empty() && it->front().is_string())
        return it->front().get<std::string>();
    return {};
}

// The dates of every object, not only of an article node: a @graph often
// holds only a WebPage with datePublished, or an article nested as
// mainEntity.
void collectJsonLdDates(const json &object, PageMetadata &metadata, int depth = 0)
{
    if (!object.is_object() || depth > 4)
        return;
    for (const char *key : {"datePublished", "dateCreated", "dateModified", "uploadDate"}) {
        if (auto value = stringField(object, key))
            metadata.jsonLdDates.push_back({key, *value, typeName(object), isArticleType(object)});
    }
    for (const char *inner : {"mainEntity", "mainEntityOfPage"}) {
        if (auto it = object.find(inner); it != object.end())
            collectJsonLdDates(*it, metadata, depth + 1);
    }
}

void readJsonLd(const HtmlDocument &document, PageMetadata &metadata)
{
    for (Node script : selectAll(document.root(), "script[type]")) {
        if (asciiLower(script.attributeOr("type")) != "application/ld+json")
            continue;
        std::string text;
        for (Node child : script.children())
            text.append(child.text());
        const JsonLdBlock block = parseJsonLd(text);
        metadata.jsonLdInvalid |= block.wasInvalid;
        metadata.jsonLdRecovered |= block.recovered;
        for (const auto &object : block.objects) {
            collectJsonLdDates(object, metadata);
            if (!metadata.article && isArticleType(object))
                metadata.article = articleFrom(object);
            else if (metadata.breadcrumb.empty() && typeIs(object, "BreadcrumbList"))
                metadata.breadcrumb = breadcrumbFrom(object);
        }
    }
}

void readMetaTags(const HtmlDocument &document, PageMetadata &metadata)
{
    for (Node element : selectAll(document.root(), "meta[content]")) {
        std::string_view key = element.attributeOr("property");
        if (key.empty())
            key = element.attributeOr("name");
        if (key.empty())
            key = element.attributeOr("itemprop");
        if (key.empty())
            continue;
        std::string value = cleanText(element.attributeOr("content"));
        if (value.empty())
            continue;
        const std::string lowered = asciiLower(key);
        if (lowered == "article:tag")
            metadata.articleTags.push_back(value);
        metadata.meta.emplace(lowered, std::move(value));
    }
}

// The machine value of a microdata date: `datetime` (<time>), `content`
// (<meta>, <span content>), `title` (Blogger's <abbr title>), else the text.
std::string microdataDateValue(Node element)
{
    for (const char *attribute : {"datetime", "content", "title"}) {
        if (auto value = element.attribute(attribute); value && !cleanText(*value).empty())
            return cleanText(*value);
    }
    return element.cleanText();
}

bool isMicrodataDateKey(std::string_view key)
{
    return key == "datepublished" || key == "datecreated" || key == "datemodified" || key == "uploaddate";
}

// The itemtype of the nearest itemscope holding `element`: "BlogPosting"
// for Blogger's post, "Comment" for a comment's date.
std::string microdataHolder(Node element)
{
    for (Node up = element.parent(); up && up.isElement(); up = up.parent()) {
        if (up.hasAttribute("itemscope")) {
            std::string_view type = up.attributeOr("itemtype");
            const auto slash = type.rfind('/');
            return std::string(slash == std::string_view::npos ? type : type.substr(slash + 1));
        }
    }
    return {};
}

void readMicrodataDates(const HtmlDocument &document, PageMetadata &metadata)
{
    constexpr std::size_t kMaxDates = 64; // a page of comments has one per comment
    for (Node element : selectAll(document.root(), "[itemprop]")) {
        if (metadata.microdataDates.size() >= kMaxDates)
            break;
        if (!isMicrodataDateKey(asciiLower(element.attributeOr("itemprop"))))
            continue;
        const std::string holder = microdataHolder(element);
        const std::string value = microdataDateValue(element);
        if (!value.empty() && value.size() < 200)
            metadata.microdataDates.push_back(
                    {std::string(element.attributeOr("itemprop")), value, holder,
                     holder.empty() || holder.ends_with("Article") || holder == "BlogPosting"});
    }
}

void readMicrodata(const HtmlDocument &document, PageMetadata &metadata)
{
    for (Node element : selectAll(document.body(), "[itemprop]")) {
        if (element.is("meta"))
            continue;
        const std::string key = asciiLower(element.attributeOr("itemprop"));
        if (metadata.microdata.count(key))
            continue;
        std::string value = element.hasAttribute("datetime") ? std::string(element.attributeOr("datetime"))
                                                             : element.cleanText();
        if (!value.empty() && value.size() < 2000)
            metadata.microdata.emplace(key, std::move(value));
    }
}

} // namespace

std::optional<std::string> PageMetadata::metaValue(const std::string &key) const
{
    const auto it = meta.find(key);
    return it == meta.end() ? std::nullopt : std::optional<std::string>(it->second);
}

PageMetadata readPageMetadata(const HtmlDocument &document)
{
    PageMetadata metadata;
    if (Node title = selectFirst(document.root(), "title"))
        metadata.titleTag = nonEmpty(title.cleanText());
    for (Node link : selectAll(document.root(), "link[rel][href]")) {
        if (asciiLower(link.attributeOr("rel")) == "canonical") {
            metadata.canonical = nonEmpty(cleanText(link.attributeOr("href")));
            break;
        }
    }
    if (auto lang = document.root().attribute("lang"))
        metadata.htmlLang = nonEmpty(cleanText(*lang));
    readMetaTags(document, metadata);
    readJsonLd(document, metadata);
    readMicrodata(document, metadata);
    readMicrodataDates(document, metadata);
    return metadata;
}

} // namespace warta
