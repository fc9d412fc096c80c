#include "article_fields.h"

#include "cite/csl_item.h"
#include "load/charset.h"
#include "warta/cite/article_item.h"

#include <nlohmann/json.hpp>

// Article → CslItem, field by field, with no CSL-JSON text in between. It holds exactly what
// CslItem::fromJson(articleToCslJson(article)) would: the same fields from article_fields, each
// string as the CSL-JSON writer passes it, each name through CSL-JSON's name reading
// (tests/core/cite/article_item_test.cpp compares the two on every fixture and on hostile fields).
namespace warta {
namespace {

using namespace detail;

// A string as it comes back from the CSL-JSON writer: the same bytes when they are UTF-8,
// else with each ill-formed sequence replaced by U+FFFD as that writer replaces it.
std::string asJsonText(std::string text)
{
    if (firstUtf8Problem(text) == text.size())
        return text;
    const nlohmann::json value = text;
    return nlohmann::json::parse(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
            .get<std::string>();
}

// {year, month, day} as CSL-JSON's date-parts read it: no year and no month is no date.
CslDate dayDate(int year, int month, int day)
{
    CslDate date;
    if (year != 0 || month != 0)
        date.parts.push_back({year, month, day});
    return date;
}

std::vector<CslName> authorNames(const Article &article)
{
    std::vector<CslName> names;
    for (const auto &person : authorsOf(article)) {
        CslName name;
        if (!person.literal.empty()) {
            name.literal = asJsonText(person.literal);
        } else {
            name.family = asJsonText(person.family);
            name.given = asJsonText(person.given);
        }
        finishName(name, true);
        names.push_back(std::move(name));
    }
    return names;
}

} // namespace

Expected<CslItem> articleToItem(const Article &article, const ItemOptions &options)
{
    ItemData item;
    item.id = asJsonText(idOf(article, options));
    item.type = "article-newspaper";
    item.vars["id"] = item.id;
    item.vars["type"] = item.type;
    item.vars["title"] = asJsonText(article.title);
    item.vars["container-title"] = asJsonText(containerOf(article));
    if (!article.language.empty()) {
        item.language = asJsonText(article.language);
        item.vars["language"] = item.language;
    }
    if (auto authors = authorNames(article); !authors.empty())
        item.names["author"] = std::move(authors);
    if (article.published) {
        const auto local = article.published->local();
        item.dates["issued"] = dayDate(local.year, local.month, local.day);
    }
    if (auto url = urlOf(article))
        item.vars["URL"] = asJsonText(*url);
    const auto accessed = accessedOf(article, options);
    item.dates["accessed"] = dayDate(accessed[0], accessed[1], accessed[2]);
    return CslItem::fromData(std::move(item));
}

} // namespace warta
