#include "warta/article/article_text.h"

namespace warta {
namespace {

std::string bylineOf(const Article &article)
{
    std::string byline;
    for (const auto &author : article.authors) {
        if (!byline.empty())
            byline += ", ";
        byline += author.name;
    }
    return byline;
}

// Markdown that would otherwise turn a paragraph into a list or a heading.
std::string escapeMarkdownLine(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '\\' ||
            (i == 0 && (c == '#' || c == '>' || c == '-' || c == '+')))
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string dateLine(const Article &article)
{
    if (article.publishedText)
        return *article.publishedText;
    return article.published ? article.published->toIso8601() : std::string();
}

} // namespace

std::string articleToMarkdown(const Article &article)
{
    std::string out = "# " + escapeMarkdownLine(article.title) + "\n\n";
    if (article.subtitle)
        out += "*" + escapeMarkdownLine(*article.subtitle) + "*\n\n";
    std::string meta = dateLine(article);
    if (const std::string byline = bylineOf(article); !byline.empty())
        meta += (meta.empty() ? "" : " · ") + escapeMarkdownLine(byline);
    if (!meta.empty())
        out += meta + "\n\n";
    if (article.leadImage) {
        out += "![" + escapeMarkdownLine(article.leadImage->caption.value_or("")) + "](" +
               article.leadImage->url + ")\n\n";
    }
    for (const auto &paragraph : article.paragraphs)
        out += escapeMarkdownLine(paragraph.text) + "\n\n";
    if (!article.tags.empty()) {
        out += "Tags:";
        for (const auto &tag : article.tags)
            out += " " + escapeMarkdownLine(tag) + ";";
        out.back() = '\n';
        out += "\n";
    }
    if (const auto &url = article.url ? article.url : article.savedFromUrl)
        out += "Source: <" + *url + ">\n";
    return out;
}

std::string articleToPlainText(const Article &article)
{
    std::string out = article.title + "\n";
    if (const std::string date = dateLine(article); !date.empty())
        out += date + "\n";
    if (const std::string byline = bylineOf(article); !byline.empty())
        out += byline + "\n";
    for (const auto &paragraph : article.paragraphs)
        out += "\n" + paragraph.text + "\n";
    return out;
}

} // namespace warta
