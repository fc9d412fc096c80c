#include "warta/cite/article_item.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>

// Article → CSL-JSON and the CSL-JSON-based exports of one article.
namespace warta::cite {
namespace {

using nlohmann::json;

struct PersonName {
    std::string given;
    std::string family;
    std::string literal;
};

PersonName splitName(const std::string &full)
{
    std::size_t space = full.find_last_of(' ');
    if (space == std::string::npos)
        return {{}, {}, full}; // a mononym
    return {full.substr(0, space), full.substr(space + 1), {}};
}

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
    return article.site == "SINDOnews" ? std::string("SINDOnews.com") : article.site;
}

std::optional<std::string> urlOf(const Article &article)
{
    if (article.url && !article.url->empty())
        return article.url;
    return article.savedFromUrl;
}

// {year, month, day} of the access date: the save time, else today.
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

std::string asciiLower(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
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

std::string bibEscape(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
            out += '\\';
            out += c;
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// BibTeX styles lower-case titles; a word with a capital is kept as written.
std::string protectCapitals(const std::string &title)
{
    std::string out, word;
    // Punctuation around the word stays outside the braces: "{Agama},".
    auto flush = [&] {
        bool capital = false;
        for (char c : word)
            capital = capital || std::isupper(static_cast<unsigned char>(c));
        std::size_t first = 0, last = word.size();
        while (first < last && std::ispunct(static_cast<unsigned char>(word[first])))
            ++first;
        while (last > first && std::ispunct(static_cast<unsigned char>(word[last - 1])))
            --last;
        if (capital && first < last)
            out += bibEscape(word.substr(0, first)) + "{" + bibEscape(word.substr(first, last - first)) +
                   "}" + bibEscape(word.substr(last));
        else
            out += bibEscape(word);
        word.clear();
    };
    for (char c : title) {
        if (c == ' ') {
            flush();
            out += ' ';
        } else {
            word += c;
        }
    }
    flush();
    return out;
}

std::string langName(const std::string &language)
{
    if (language.rfind("id", 0) == 0)
        return "indonesian";
    if (language.rfind("en", 0) == 0)
        return "english";
    return language;
}

std::string twoDigits(int value)
{
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

std::string isoDate(int y, int m, int d)
{
    return std::to_string(y) + "-" + twoDigits(m) + "-" + twoDigits(d);
}

} // namespace

std::string articleToCslJson(const Article &article, const ItemOptions &options)
{
    return toJson(article, options).dump(2);
}

Expected<CslItem> articleToItem(const Article &article, const ItemOptions &options)
{
    return CslItem::fromJson(toJson(article, options).dump());
}

std::string articleToBibtex(const Article &article, const ItemOptions &options)
{
    const bool dated = article.published.has_value();
    std::string out = std::string(dated ? "@article{" : "@online{") + idOf(article, options) + ",\n";
    auto field = [&](const char *name, const std::string &value) {
        if (!value.empty())
            out += std::string("  ") + name + " = {" + value + "},\n";
    };
    std::string authors;
    for (const auto &name : authorsOf(article)) {
        if (!authors.empty())
            authors += " and ";
        authors += name.literal.empty() ? bibEscape(name.family) + ", " + bibEscape(name.given)
                                        : "{" + bibEscape(name.literal) + "}";
    }
    field("author", authors);
    field("title", protectCapitals(article.title));
    if (dated) {
        field("entrysubtype", "newspaper");
        field("journaltitle", "{" + bibEscape(containerOf(article)) + "}");
        auto f = article.published->local();
        field("date", isoDate(f.year, f.month, f.day));
    } else {
        field("organization", "{" + bibEscape(containerOf(article)) + "}");
    }
    if (auto url = urlOf(article))
        field("url", *url);
    auto accessed = accessedOf(article, options);
    field("urldate", isoDate(accessed[0], accessed[1], accessed[2]));
    field("langid", langName(article.language));
    out.erase(out.size() - 2, 1); // no comma after the last field
    return out + "}\n";
}

std::string articleToRis(const Article &article, const ItemOptions &options)
{
    std::string out;
    auto tag = [&](const char *name, const std::string &value) {
        if (!value.empty())
            out += std::string(name) + "  - " + value + "\n";
    };
    tag("TY", "NEWS");
    for (const auto &name : authorsOf(article))
        tag("AU", name.literal.empty() ? name.family + ", " + name.given : name.literal);
    tag("TI", article.title);
    tag("T2", containerOf(article));
    if (article.published) {
        auto f = article.published->local();
        tag("PY", std::to_string(f.year));
        tag("DA", std::to_string(f.year) + "/" + twoDigits(f.month) + "/" + twoDigits(f.day));
    }
    if (auto url = urlOf(article))
        tag("UR", *url);
    auto accessed = accessedOf(article, options);
    tag("Y2", std::to_string(accessed[0]) + "/" + twoDigits(accessed[1]) + "/" + twoDigits(accessed[2]));
    tag("LA", article.language);
    out += "ER  - \n";
    return out;
}

namespace {

std::string zoneName(int offsetMinutes)
{
    if (offsetMinutes == 420)
        return "WIB";
    if (offsetMinutes == 480)
        return "WITA";
    if (offsetMinutes == 540)
        return "WIT";
    const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return std::string("UTC") + (offsetMinutes < 0 ? "-" : "+") + twoDigits(magnitude / 60) + ":" +
           twoDigits(magnitude % 60);
}

std::string shareDate(const ZonedTime &time, const std::string &language)
{
    static const char *const kDaysId[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
    static const char *const kMonthsId[] = {"Januari",   "Februari", "Maret",    "April",
                                            "Mei",       "Juni",     "Juli",     "Agustus",
                                            "September", "Oktober",  "November", "Desember"};
    static const char *const kDaysEn[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
    static const char *const kMonthsEn[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
    const bool english = language.rfind("en", 0) == 0;
    auto f = time.local();
    const auto weekday = static_cast<std::size_t>(f.weekday % 7);
    const auto month = static_cast<std::size_t>((f.month + 11) % 12);
    return std::string(english ? kDaysEn[weekday] : kDaysId[weekday]) + ", " + std::to_string(f.day) + " " +
           (english ? kMonthsEn[month] : kMonthsId[month]) + " " + std::to_string(f.year) + " " +
           twoDigits(f.hour) + ":" + twoDigits(f.minute) + " " + zoneName(time.offsetMinutes);
}

} // namespace

std::string articleShareBlock(const Article &article)
{
    std::string out = article.title + "\n" + containerOf(article);
    if (article.published)
        out += " \u00B7 " + shareDate(*article.published, article.language);
    out += "\n";
    if (auto url = urlOf(article))
        out += *url + "\n";
    return out;
}

} // namespace warta::cite
