#include "article_fields.h"

#include "warta/sites/sites.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace warta::detail {
namespace {

PersonName splitName(const std::string &full)
{
    std::size_t space = full.find_last_of(' ');
    if (space == std::string::npos)
        return {{}, {}, full}; // a mononym
    return {full.substr(0, space), full.substr(space + 1), {}};
}

std::string asciiLower(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::vector<PersonName> authorsOf(const Article &article)
{
    std::vector<PersonName> names;
    for (const auto &author : article.authors) {
        if (author.role == AuthorRole::Editor || author.role == AuthorRole::Photographer)
            continue;
        if (author.name.empty())
            continue;
        names.push_back(splitName(author.name));
    }
    return names;
}

std::string containerOf(const Article &article)
{
    // The site's rules name the title it is cited under ("SINDOnews.com").
    return citationContainerTitle(article.site);
}

std::optional<std::string> urlOf(const Article &article)
{
    if (article.url && !article.url->empty())
        return article.url;
    return article.savedFromUrl;
}

std::array<int, 3> accessedOf(const Article &article, const ItemOptions &options)
{
    std::string text = article.source.savedAt.value_or(options.today);
    int y = 0, m = 0, d = 0;
    if (text.size() >= 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3)
        return {y, m, d};
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string idOf(const Article &article, const ItemOptions &options)
{
    if (!options.id.empty())
        return options.id;
    auto names = authorsOf(article);
    std::string key = names.empty()
                              ? asciiLower(containerOf(article).substr(0, containerOf(article).find('.')))
                              : asciiLower(names[0].family.empty() ? names[0].literal : names[0].family);
    if (article.published)
        key += std::to_string(article.published->local().year);
    std::string firstWord = article.title.substr(0, article.title.find(' '));
    key += asciiLower(firstWord);
    return key.empty() ? std::string("article") : key;
}

std::string twoDigits(int value)
{
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

std::string isoDate(int year, int month, int day)
{
    return std::to_string(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
}

} // namespace warta::detail
