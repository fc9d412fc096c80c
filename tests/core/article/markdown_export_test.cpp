// The Markdown export read back line by line, as a CommonMark reader would see it, for
// paragraphs, titles and URLs written to turn into markup: every paragraph must stay one
// paragraph of plain text holding exactly the article's words, and a link only an http(s) one.
#include "warta/article/article_text.h"

#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <vector>

namespace {

const std::vector<std::string> kHostileTexts = {
        "Teks biasa, tanpa apa-apa.",
        "# Not a heading",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "1. not an ordered list",
        "2020) not one either",
        "=====",
        "    four spaces are not code",
        "*bold* _em_ `code` ~~strike~~",
        "[link](javascript:alert(1)) ![img](http://x/y.png)",
        "<script>alert(1)</script> &amp; &lt;",
        "a | table | row",
        "back\\slash at the end\\",
        "line\nbreak\n\n# heading after a blank line",
};

// The text of a line of plain Markdown: nullopt when a character with a meaning is not escaped
// (so a reader would see markup), else the line with its escapes undone.
std::optional<std::string> plainLineText(const std::string &line)
{
    if (line.empty() || line[0] == ' ')
        return std::nullopt;
    std::string out;
    bool atStart = true;
    bool digits = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\') {
            if (i + 1 >= line.size() || !std::ispunct(static_cast<unsigned char>(line[i + 1])))
                return std::nullopt; // a backslash that escapes nothing would be shown or eat a char
            out.push_back(line[++i]);
            atStart = false;
            digits = false;
            continue;
        }
        if (std::string("`*_[]<>!&|~").find(c) != std::string::npos)
            return std::nullopt;
        if (atStart && std::string("#>-+=").find(c) != std::string::npos)
            return std::nullopt;
        if (digits && (c == '.' || c == ')'))
            return std::nullopt;
        digits = (atStart || digits) && std::isdigit(static_cast<unsigned char>(c));
        atStart = false;
        out.push_back(c);
    }
    return out;
}

std::string collapsed(const std::string &text)
{
    std::istringstream words(text);
    std::string word, out;
    while (words >> word)
        out += (out.empty() ? "" : " ") + word;
    return out;
}

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("markdown: hostile paragraphs stay plain paragraphs with their words", "[article][export]")
{
    warta::Article article;
    article.title = "Judul";
    for (const auto &text : kHostileTexts)
        article.paragraphs.push_back({"p", text, 0});
    const auto lines = linesOf(warta::articleToMarkdown(article));
    REQUIRE(lines.size() >= 2 + 2 * kHostileTexts.size());
    CHECK(lines[0] == "# Judul");
    for (std::size_t i = 0; i < kHostileTexts.size(); ++i) {
        const std::string &line = lines[2 + 2 * i];
        INFO(kHostileTexts[i] << " → " << line);
        CHECK(plainLineText(line) == collapsed(kHostileTexts[i]));
        CHECK(lines[3 + 2 * i].empty());
    }
}

TEST_CASE("markdown: a hostile title is one heading, hostile URLs are no links", "[article][export]")
{
    for (const auto &text : kHostileTexts) {
        warta::Article article;
        article.title = text;
        article.paragraphs.push_back({"p1", "Isi.", 0});
        article.url = "javascript:alert(1)";
        article.leadImage = warta::LeadImage{"file:///etc/passwd", text, std::nullopt, {}};
        const auto lines = linesOf(warta::articleToMarkdown(article));
        INFO(text);
        REQUIRE(lines.size() == 5);
        REQUIRE(lines[0].rfind("# ", 0) == 0);
        CHECK(plainLineText(lines[0].substr(2)) == collapsed(text));
        CHECK(lines[2] == "Isi.");
        CHECK(lines[4] == "Source: javascript:alert(1)"); // text, not a link
    }
}

TEST_CASE("markdown: an http URL is a link in angle brackets that cannot be closed early",
          "[article][export]")
{
    warta::Article article;
    article.title = "Judul";
    article.url = "https://example.id/a b>c<d\\e)";
    article.leadImage = warta::LeadImage{"https://example.id/i.jpg", "Foto [1](x)", std::nullopt, {}};
    const std::string markdown = warta::articleToMarkdown(article);
    CHECK(markdown.find("![Foto \\[1\\](x)](<https://example.id/i.jpg>)\n") != std::string::npos);
    CHECK(markdown.find("Source: <https://example.id/a%20b%3Ec%3Cd%5Ce)>\n") != std::string::npos);
}
