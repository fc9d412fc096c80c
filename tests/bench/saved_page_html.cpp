#include "saved_page_html.h"

#include "article_variants.h"

#include <cstdio>

namespace warta::bench {

namespace {

std::string escaped(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// JSON string contents: the JSON-LD block is inside <script>, where "</"
/// must not appear either.
std::string jsonEscaped(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '<') {
            out += "\\u003c";
            continue;
        }
        out += c;
    }
    return out;
}

std::string printedDate(const ZonedTime &time)
{
    static constexpr const char *kDays[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
    static constexpr const char *kMonths[] = {"Januari",   "Februari", "Maret",    "April",
                                              "Mei",       "Juni",     "Juli",     "Agustus",
                                              "September", "Oktober",  "November", "Desember"};
    const auto local = time.local();
    char text[80];
    std::snprintf(text, sizeof text, "%s, %d %s %d - %02d:%02d WIB", kDays[local.weekday % 7], local.day,
                  kMonths[(local.month + 11) % 12], local.year, local.hour, local.minute);
    return text;
}

/// Filler in the shape of a site's inline style and script: rules and ad
/// slot settings, numbered so that no two lines are the same.
void pad(std::string &page, std::size_t upTo)
{
    page += "<style>\n";
    std::size_t line = 0;
    const std::size_t styleEnd = page.size() + (upTo > page.size() ? (upTo - page.size()) * 2 / 5 : 0);
    while (page.size() < styleEnd) {
        char rule[160];
        std::snprintf(rule, sizeof rule,
                      ".c%zu{margin:0 %zupx;padding:%zupx 0;color:#%06zx;font:%zupx/1.4 sans-serif}\n", line,
                      line % 17, line % 9, (line * 2654435761u) & 0xFFFFFF, 12 + line % 6);
        page += rule;
        ++line;
    }
    page += "</style>\n<script>\nwindow.adSlots = [];\n";
    while (page.size() + 10 < upTo) {
        char slot[200];
        std::snprintf(slot, sizeof slot,
                      "window.adSlots.push({id:\"slot-%zu\",sizes:[[300,250],[728,90]],refresh:%zu,"
                      "targeting:{pos:\"%s\",k:\"%zx\"}});\n",
                      line, 30 + line % 60, line % 2 ? "atf" : "btf", line * 40503u);
        page += slot;
        ++line;
    }
    page += "</script>\n";
}

} // namespace

std::string savedPageHtml(const Article &article, std::size_t targetBytes,
                          const std::vector<std::string> &related)
{
    const std::string title = escaped(article.title);
    const std::string published = article.published ? article.published->toIso8601() : std::string();
    const std::string url = article.url.value_or(std::string());
    std::string authors;
    std::string jsonAuthors;
    for (const auto &author : article.authors) {
        authors += (authors.empty() ? "" : ", ") + escaped(author.name);
        jsonAuthors += std::string(jsonAuthors.empty() ? "" : ",") + R"({"@type":"Person","name":")" +
                       jsonEscaped(author.name) + "\"}";
    }
    std::string keywords;
    for (const auto &tag : article.tags)
        keywords += (keywords.empty() ? "" : ", ") + tag;

    std::string head = "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\n";
    head += "<title>" + title + " - " + escaped(article.site) + "</title>\n";
    head += "<meta property=\"og:title\" content=\"" + title + "\">\n";
    head += "<meta property=\"og:site_name\" content=\"" + escaped(article.site) + "\">\n";
    head += "<meta property=\"og:type\" content=\"article\">\n";
    head += "<meta property=\"og:url\" content=\"" + escaped(url) + "\">\n";
    head += "<link rel=\"canonical\" href=\"" + escaped(url) + "\">\n";
    head += "<meta property=\"article:published_time\" content=\"" + published + "\">\n";
    for (const auto &tag : article.tags)
        head += "<meta property=\"article:tag\" content=\"" + escaped(tag) + "\">\n";
    for (const auto &author : article.authors)
        head += "<meta name=\"author\" content=\"" + escaped(author.name) + "\">\n";
    head += "<meta name=\"keywords\" content=\"" + escaped(keywords) + "\">\n";
    head += R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":")" +
            jsonEscaped(article.title) + R"(","datePublished":")" + published + R"(","author":[)" +
            jsonAuthors + R"(],"keywords":")" + jsonEscaped(keywords) +
            R"(","publisher":{"@type":"Organization","name":")" + jsonEscaped(article.site) +
            "\"}}</script>\n";

    std::string body = "</head><body>\n<header><nav><ul>\n";
    static constexpr const char *kMenu[] = {"Beranda", "Nasional", "Daerah",  "Ekonomi",   "Olahraga",
                                            "Dunia",   "Metro",    "Hiburan", "Teknologi", "Kesehatan"};
    for (const char *item : kMenu)
        body += std::string("<li><a href=\"/") + item + "\">" + item + "</a></li>\n";
    body += "</ul></nav></header>\n<main><article>\n<h1>" + title + "</h1>\n";
    body += "<div class=\"byline\">" + authors + "</div>\n";
    if (article.published)
        body += "<time datetime=\"" + published + "\">" + printedDate(*article.published) + "</time>\n";
    body += "<div class=\"article-body\">\n";
    for (const auto &paragraph : article.paragraphs)
        body += "<p>" + escaped(paragraph.text) + "</p>\n";
    body += "</div>\n<div class=\"tags\">";
    for (const auto &tag : article.tags)
        body += "<a href=\"/tag/" + escaped(tag) + "\">" + escaped(tag) + "</a> ";
    body += "</div>\n</article>\n<aside class=\"related\"><h2>Berita Terkait</h2><ul>\n";
    for (std::size_t r = 0; r < related.size(); ++r)
        body += "<li><a href=\"/read/" + std::to_string(r) + "\">" + escaped(related[r]) + "</a></li>\n";
    body += "</ul></aside></main>\n<footer><p>Hak cipta " + escaped(article.site) + "</p></footer>\n";

    std::string page = head;
    const std::size_t tail = body.size() + std::string("</body></html>\n").size();
    pad(page, targetBytes > tail ? targetBytes - tail : 0);
    page += body;
    page += "</body></html>\n";
    return page;
}

} // namespace warta::bench
