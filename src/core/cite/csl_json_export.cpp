#include "article_fields.h"

#include "warta/cite/article_item.h"

#include <nlohmann/json.hpp>

// Article → CSL-JSON. nlohmann::json is the escaping layer: every string is a JSON string
// (quotes, backslashes and control characters escaped), and a byte sequence that is not UTF-8
// becomes U+FFFD instead of an exception, so no field can break out of its value.
namespace warta {
namespace {

using nlohmann::json;
using namespace detail;

json toJson(const Article &article, const ItemOptions &options)
{
    json item;
    item["id"] = idOf(article, options);
    item["type"] = "article-newspaper";
    item["title"] = article.title;
    item["container-title"] = containerOf(article);
    if (!article.language.empty())
        item["language"] = article.language;
    json authors = json::array();
    for (const auto &name : authorsOf(article)) {
        if (!name.literal.empty())
            authors.push_back({{"literal", name.literal}});
        else
            authors.push_back({{"family", name.family}, {"given", name.given}});
    }
    if (!authors.empty())
        item["author"] = authors;
    if (article.published) {
        auto f = article.published->local();
        item["issued"] = {{"date-parts", json::array({json::array({f.year, f.month, f.day})})}};
    }
    if (auto url = urlOf(article))
        item["URL"] = *url;
    auto accessed = accessedOf(article, options);
    item["accessed"] = {{"date-parts", json::array({json::array({accessed[0], accessed[1], accessed[2]})})}};
    return item;
}

} // namespace

std::string articleToCslJson(const Article &article, const ItemOptions &options)
{
    return toJson(article, options).dump(2, ' ', false, json::error_handler_t::replace);
}

} // namespace warta
