#include "warta/article/article_text.h"

#include <string_view>

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

// Text as Markdown that reads as the text itself, whatever it holds: one line (a line break in
// a paragraph would end it or start a list), every character CommonMark gives an inline
// meaning backslash-escaped (emphasis, code, links, images, raw HTML, entities, tables,
// strikethrough), and at the start of the line the characters that open a block (headings,
// quotes, lists, setext underlines, ordered lists "1." / "1)"). CommonMark lets a backslash
// escape any ASCII punctuation, so every escape here is read back as the bare character.
std::string markdownText(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    bool pendingSpace = false;
    bool lineStart = true;
    bool leadingDigits = false;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        const bool inline_ = std::string_view("\\`*_[]<>!&|~").find(c) != std::string_view::npos;
        const bool opensBlock = lineStart && std::string_view("#>-+=").find(c) != std::string_view::npos;
        const bool endsListNumber = leadingDigits && (c == '.' || c == ')');
        if (inline_ || opensBlock || endsListNumber)
            out.push_back('\\');
        out.push_back(c);
        leadingDigits = (lineStart || leadingDigits) && c >= '0' && c <= '9';
        lineStart = false;
    }
    return out;
}

// A link destination in CommonMark's <…> form, for http and https URLs only (a javascript: or
// file: link in an exported article would run or open something on a click); the characters
// the form may not hold are percent-encoded, which leaves the URL the same. Empty when the URL
// cannot be a link.
std::string markdownUrl(const std::string &url)
{
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
        return {};
    static const char kHex[] = "0123456789ABCDEF";
    std::string out = "<";
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F || c == '<' || c == '>' || c == '\\') {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0xF]);
        } else {
            out.push_back(c);
        }
    }
    return out + ">";
}

std::string printedDate(const Article &article)
{
    if (article.publishedText)
        return *article.publishedText;
    return article.published ? article.published->toIso8601() : std::string();
}

// "Kamis, 27 Juni 2019, 17.54 WIB · Reporter: Ahmad Dani · Editor: ams".
std::string metaLine(const Article &article, const MarkdownLabels &labels)
{
    std::string meta;
    auto add = [&meta](const std::string &part) { meta += (meta.empty() ? "" : " · ") + part; };
    if (article.published)
        add(formatLongDate(*article.published,
                           labels.dateLanguage.value_or(dateLanguageOf(article.language))));
    for (const auto &author : article.authors)
        add(labels.roles[static_cast<std::size_t>(author.role)] + ": " + author.name);
    if (article.editorInitials)
        add(labels.editorInitials + ": " + *article.editorInitials);
    return markdownText(meta);
}

} // namespace

std::string articleToMarkdown(const Article &article, const MarkdownLabels &labels)
{
    std::string out = "# " + markdownText(article.title) + "\n\n";
    if (article.subtitle)
        out += "*" + markdownText(*article.subtitle) + "*\n\n";
    if (const std::string meta = metaLine(article, labels); !meta.empty())
        out += meta + "\n\n";
    if (article.leadImage) {
        // Only an http(s) image is written: another scheme would be a link to click.
        if (const std::string url = markdownUrl(article.leadImage->url); !url.empty())
            out += "![" + markdownText(article.leadImage->caption.value_or("")) + "](" + url + ")\n\n";
    }
    for (const auto &paragraph : article.paragraphs)
        out += markdownText(paragraph.text) + "\n\n";
    if (!article.tags.empty()) {
        std::string tags;
        for (const auto &tag : article.tags)
            tags += (tags.empty() ? "" : ", ") + tag;
        out += labels.tags + " " + markdownText(tags) + "\n\n";
    }
    if (const auto &url = article.url ? article.url : article.savedFromUrl) {
        const std::string link = markdownUrl(*url);
        out += labels.source + " " + (link.empty() ? markdownText(*url) : link) + "\n";
    }
    return out;
}

std::string articleToPlainText(const Article &article)
{
    std::string out = article.title + "\n";
    if (const std::string date = printedDate(article); !date.empty())
        out += date + "\n";
    if (const std::string byline = bylineOf(article); !byline.empty())
        out += byline + "\n";
    for (const auto &paragraph : article.paragraphs)
        out += "\n" + paragraph.text + "\n";
    return out;
}

} // namespace warta
