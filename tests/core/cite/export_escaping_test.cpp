// Every export of an article read back by a reader of its format, for titles, names, URLs and
// languages written to break out of their field: each must come back as exactly the fields
// the exporter meant, holding exactly the text the article had (line breaks as spaces where
// the format is line-based).
#include "bibtex_reader.h"

#include "warta/cite/article_item.h"
#include "warta/cite/citation_processor.h"
#include "warta/cite/csl_style.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace {

using namespace warta;
using warta::test::bibtexNameParts;
using warta::test::bibtexNames;
using warta::test::bibtexValueText;
using warta::test::readBibtexEntry;

const std::vector<std::string> kHostileTitles = {
        "Judul biasa",
        "Lone { brace",
        "Lone } brace",
        "}}}} closes, note = {forged}",
        "a}, note = {forged}, x = {",
        "Backslash \\} and \\{ and \\",
        "Special & % $ # _ ~ ^ chars",
        "Line\nER  - \nTY  - JOUR\nTI  - forged",
        "Tab\tand\r\nCRLF\u2028separator\u2029end",
        "@misc{forged, title = {x}}",
        "\"quoted\" # \"joined\"",
        "Budi and Ani Datang",
        "Ünïcödé “kutipan” — Rp10.000",
};

const std::vector<std::string> kHostileNames = {"Ahmad Dani", "Dani and Budi",  "Budi, Jr Santoso",
                                                "A}B {C",     "\\textbf{Bold}", "Solo"};

const std::vector<std::string> kHostileUrls = {
        "https://example.id/read/1/x",
        "https://example.id/a}, note = {forged",
        "https://example.id/a b\"c\\d{e}|f^g`h<i>",
        "https://example.id/?q=%7B&r=1#frag",
        "https://example.id/line\nER  - ",
};

const std::vector<std::string> kHostileLanguages = {"id",         "en-GB", "es-419", "xx}, note = {forged",
                                                    "de\nER  - ", "x",     "",       "zz"};

// What a line-based format keeps of a text: whitespace, control characters and the Unicode
// line separators as single spaces, trimmed.
std::string collapsed(const std::string &text)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool separator = c == 0xE2 && i + 2 < text.size() &&
                               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                               (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                                static_cast<unsigned char>(text[i + 2]) == 0xA9);
        if (c <= 0x20 || c == 0x7F || separator) {
            space = !out.empty();
            i += separator ? 2 : 0;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

std::string percentDecoded(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

warta::Article hostileArticle(const std::string &title, const std::string &name, const std::string &url,
                              const std::string &language)
{
    warta::Article article;
    article.site = "Kabar {Hari} Ini & Co";
    article.title = title;
    article.url = url;
    article.language = language;
    article.authors = {{name, warta::AuthorRole::Reporter}, {"Siti Aminah", warta::AuthorRole::Writer}};
    warta::ZonedTime published;
    published.epochSeconds = warta::epochFromCivil(2024, 3, 5, 3, 0, 0);
    published.offsetMinutes = 420;
    article.published = published;
    article.source.savedAt = "2026-11-28T09:00:00+07:00";
    return article;
}

// A URL keeps its meaning (percent-encoding only); the text fields their text.
void checkBibtex(const warta::Article &article, BibtexDialect dialect)
{
    ItemOptions options;
    options.bibtexDialect = dialect;
    const std::string text = articleToBibtex(article, options);
    INFO(text);
    std::string why;
    auto entry = readBibtexEntry(text, &why);
    INFO(why);
    REQUIRE(entry);
    const bool biblatex = dialect == BibtexDialect::Biblatex;
    const std::set<std::string> allowed =
            biblatex ? std::set<std::string>{"author", "title",   "entrysubtype", "journaltitle", "date",
                                             "url",    "urldate", "langid",       "language"}
                     : std::set<std::string>{"author", "title", "journal", "year",
                                             "month",  "url",   "urldate", "language"};
    for (const auto &[name, value] : entry->fields)
        CHECK(allowed.count(name) == 1);
    CHECK(entry->type == "article");
    CHECK(entry->key.find_first_of("{}, \n\"") == std::string::npos);
    CHECK(bibtexValueText(entry->fields["title"]) == collapsed(article.title));
    CHECK(bibtexValueText(entry->fields[biblatex ? "journaltitle" : "journal"]) == article.site);
    CHECK(percentDecoded(entry->fields["url"]) == percentDecoded(*article.url)); // the same URL

    const auto names = bibtexNames(entry->fields["author"]);
    REQUIRE(names.size() == 2);
    const auto parts = bibtexNameParts(names[0]);
    const std::string &full = article.authors[0].name;
    const std::size_t space = full.find_last_of(' ');
    if (space == std::string::npos) {
        REQUIRE(parts.size() == 1);
        CHECK(bibtexValueText(parts[0]) == full);
    } else {
        REQUIRE(parts.size() == 2);
        CHECK(bibtexValueText(parts[0]) == full.substr(space + 1));
        CHECK(bibtexValueText(parts[1].substr(1)) == full.substr(0, space)); // after ", "
    }

    std::string language =
            entry->fields.count("langid") ? entry->fields["langid"] : entry->fields["language"];
    CHECK(language.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") ==
          std::string::npos);
}

void checkRis(const warta::Article &article)
{
    const std::string text = articleToRis(article);
    INFO(text);
    std::istringstream lines(text);
    std::string line;
    std::multiset<std::string> tags;
    std::map<std::string, std::string> values;
    while (std::getline(lines, line)) {
        REQUIRE(line.size() >= 6);
        REQUIRE(std::isupper(static_cast<unsigned char>(line[0])));
        REQUIRE(std::isalnum(static_cast<unsigned char>(line[1])));
        REQUIRE(line.compare(2, 4, "  - ") == 0);
        const std::string tag = line.substr(0, 2);
        tags.insert(tag);
        values[tag] = line.substr(6);
    }
    CHECK(text.rfind("TY  - NEWS\n", 0) == 0);
    CHECK(tags.count("TY") == 1);
    CHECK(tags.count("ER") == 1);
    CHECK(tags.count("TI") == 1);
    CHECK(tags.count("AU") == 2);
    CHECK(values["TI"] == collapsed(article.title));
    CHECK(values["UR"] == collapsed(*article.url));
    CHECK(values["LA"] == collapsed(article.language));
    CHECK(text.substr(text.size() - 7) == "ER  - \n");
}

void checkCslJson(const warta::Article &article)
{
    const auto json = nlohmann::json::parse(articleToCslJson(article));
    CHECK(json["title"] == article.title);
    CHECK(json["URL"] == *article.url);
    CHECK(json["author"].size() == 2);
    if (!article.language.empty())
        CHECK(json["language"] == article.language);
    CHECK(articleToItem(article));
}

} // namespace

TEST_CASE("exports: hostile titles, names, URLs and languages stay inside their fields", "[cite][export]")
{
    for (const auto &title : kHostileTitles)
        for (const auto &name : kHostileNames)
            for (std::size_t i = 0; i < kHostileUrls.size(); ++i) {
                const auto article =
                        hostileArticle(title, name, kHostileUrls[i],
                                       kHostileLanguages[(i + name.size()) % kHostileLanguages.size()]);
                INFO("title: " << title << " | name: " << name << " | url: " << kHostileUrls[i]
                               << " | language: " << article.language);
                checkBibtex(article, BibtexDialect::Bibtex);
                checkBibtex(article, BibtexDialect::Biblatex);
                checkRis(article);
                checkCslJson(article);
            }
}

TEST_CASE("exports: every language form, hostile or not, in BibTeX", "[cite][export]")
{
    for (const auto &language : kHostileLanguages) {
        const auto article = hostileArticle("Judul", "Ahmad Dani", "https://example.id/x", language);
        INFO(language);
        for (auto dialect : {BibtexDialect::Bibtex, BibtexDialect::Biblatex}) {
            ItemOptions options;
            options.bibtexDialect = dialect;
            auto entry = readBibtexEntry(articleToBibtex(article, options));
            REQUIRE(entry);
            const bool wellFormed =
                    language == "id" || language == "en-GB" || language == "es-419" || language == "zz";
            CHECK((entry->fields.count("language") + entry->fields.count("langid") == 1) == wellFormed);
        }
    }
    auto english = hostileArticle("Judul", "Ahmad Dani", "https://example.id/x", "en-GB");
    ItemOptions biblatex;
    biblatex.bibtexDialect = BibtexDialect::Biblatex;
    CHECK(readBibtexEntry(articleToBibtex(english, biblatex))->fields["langid"] == "english");
    auto unknown = hostileArticle("Judul", "Ahmad Dani", "https://example.id/x", "zz");
    CHECK(readBibtexEntry(articleToBibtex(unknown, biblatex))->fields["language"] == "zz");
}

TEST_CASE("exports: a key given by the caller cannot end the key", "[cite][export]")
{
    ItemOptions options;
    options.id = "x, title = {forged}";
    auto entry = readBibtexEntry(
            articleToBibtex(hostileArticle("Judul", "Ahmad Dani", "https://e.id", "id"), options));
    REQUIRE(entry);
    CHECK(entry->key == "xtitleforged");
    CHECK(entry->fields["title"] == "{Judul}");
}

TEST_CASE("exports: CSL-JSON of text that is not UTF-8 is still JSON", "[cite][export]")
{
    auto article = hostileArticle("Judul \xff\xfe rusak", "Ahmad Dani", "https://e.id/\xc3", "id");
    const auto json = nlohmann::json::parse(articleToCslJson(article));
    CHECK(json["title"] == "Judul \xEF\xBF\xBD\xEF\xBF\xBD rusak");
    CHECK(articleToItem(article));
}

TEST_CASE("exports: the share block has one line per field", "[cite][export]")
{
    auto article = hostileArticle("Judul\nhttps://forged.example", "Ahmad Dani", "https://e.id/a\nb", "id");
    const std::string block = articleShareBlock(article);
    CHECK(block ==
          "Judul https://forged.example\nKabar {Hari} Ini & Co \u00B7 Selasa, 5 Maret 2024, 10.00 WIB\n"
          "https://e.id/a b\n");
}

TEST_CASE("exports: the HTML of a citation holds a hostile title as text, not markup", "[cite][export]")
{
    auto article = hostileArticle("<script>alert(1)</script> & <b>tebal</b> \"kutip\"", "Ahmad <i>Dani</i>",
                                  "https://e.id/?a=<x>&b=\"y\"", "id");
    auto item = articleToItem(article);
    REQUIRE(item);
    auto style = CslStyle::load("apa");
    REQUIRE(style);
    auto processor = CitationProcessor::create(style.value());
    REQUIRE(processor);
    for (const bool inText : {false, true}) {
        auto html = inText ? processor->citation(item.value(), OutputFormat::Html, std::nullopt)
                           : processor->bibliography(item.value(), OutputFormat::Html);
        REQUIRE(html);
        INFO(html.value());
        // Every '<' the output holds opens one of the processor's own tags.
        for (std::size_t at = html->find('<'); at != std::string::npos; at = html->find('<', at + 1)) {
            const std::string tag = html->substr(at, 6);
            CHECK((tag.rfind("<i>", 0) == 0 || tag.rfind("</i>", 0) == 0 || tag.rfind("<div", 0) == 0 ||
                   tag.rfind("</div", 0) == 0 || tag.rfind("<span", 0) == 0 || tag.rfind("</spa", 0) == 0 ||
                   tag.rfind("<b>", 0) == 0 || tag.rfind("</b>", 0) == 0));
        }
        CHECK(html->find("<script") == std::string::npos);
        if (!inText) // APA's citation has no title
            CHECK(html->find("&#60;script&#62;alert(1)&#60;/script&#62;") != std::string::npos);
        // <b>, <i>, <sup>, <sub> and small-caps spans in a CSL title are CSL's rich text, so the
        // processor may keep them as formatting; nothing else of the title becomes markup.
    }
}
