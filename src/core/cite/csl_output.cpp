#include "cite/csl_output.h"

#include <cctype>
#include <cstring>

namespace warta::detail {

bool Out::empty() const
{
    if (isLeaf)
        return text.empty();
    for (const auto &kid : kids)
        if (!kid.empty())
            return false;
    return true;
}

namespace {

struct Token {
    enum Kind {
        Text,
        Tag
    } kind = Text;
    std::string s;
    bool quoteClose = false;
};

bool isPunct(char c)
{
    return std::strchr(".,;:!?", c) != nullptr && c != '\0';
}

enum class Merge {
    Both,
    First,
    Second
};

// How two punctuation marks meeting at a join resolve ("Desa?" + "." → "Desa?"),
// following the table citeproc implementations share.
Merge mergeRule(char left, char right)
{
    if (left == right)
        return Merge::First;
    switch (left) {
    case '!':
        return (right == '.' || right == ':') ? Merge::First : Merge::Both;
    case '?':
        return (right == '.' || right == ':') ? Merge::First : Merge::Both;
    case ':':
        return (right == '!' || right == '?') ? Merge::Second : (right == '.') ? Merge::First : Merge::Both;
    case ';':
        return (right == '!' || right == '?')   ? Merge::Second
               : (right == ':' || right == '.') ? Merge::First
                                                : Merge::Both;
    default:
        return Merge::Both;
    }
}

class Writer {
public:
    Writer(bool html, const QuoteMarks &marks, bool displayDivs)
        : m_html(html)
        , m_displayDivs(displayDivs && html)
        , m_marks(marks)
    {}

    void write(const Out &node);
    std::string finish(bool trim) const;

private:
    // The last non-empty text token before token `from`, or -1.
    int previousText(int from) const
    {
        for (int i = from - 1; i >= 0; --i)
            if (m_tokens[static_cast<std::size_t>(i)].kind == Token::Text &&
                !m_tokens[static_cast<std::size_t>(i)].s.empty())
                return i;
        return -1;
    }
    int lastText() const { return previousText(static_cast<int>(m_tokens.size())); }
    // The text before a run of closing quotes: ‘The One’” → "The One".
    int textBeforeQuotes(int closeQuote) const
    {
        int i = previousText(closeQuote);
        while (i >= 0 && m_tokens[static_cast<std::size_t>(i)].quoteClose)
            i = previousText(i);
        return i;
    }
    void text(std::string s, bool quoteClose = false);
    bool quotedTextEndsInPunct(int closeQuote, char next) const
    {
        const int i = textBeforeQuotes(closeQuote);
        if (i < 0)
            return false;
        const char last = m_tokens[static_cast<std::size_t>(i)].s.back();
        return isPunct(last) && mergeRule(last, next) == Merge::First;
    }
    void tag(const std::string &s)
    {
        if (m_html)
            m_tokens.push_back({Token::Tag, s, false});
    }
    void writeFormatted(const Out &node);

    bool m_html;
    bool m_displayDivs;
    const QuoteMarks &m_marks;
    std::vector<Token> m_tokens;
    int m_quoteDepth = 0;
    bool m_italic = false;
    bool m_bold = false;
    bool m_smallCaps = false;
    bool m_trimNext = false;
};

void Writer::text(std::string s, bool quoteClose)
{
    if (m_trimNext) {
        std::size_t start = s.find_first_not_of(' ');
        s = start == std::string::npos ? std::string() : s.substr(start);
        if (s.empty())
            return;
        m_trimNext = false;
    }
    if (s.empty())
        return;
    int k = lastText();
    if (k >= 0 && !quoteClose) {
        Token &prev = m_tokens[static_cast<std::size_t>(k)];
        if (prev.quoteClose && m_marks.punctuationInQuote && (s[0] == '.' || s[0] == ',' || s[0] == ';')) {
            // American style: the comma or period goes inside the closing quote.
            char c = s[0];
            s.erase(0, 1);
            // Into the innermost of several closing quotes: ‘The One.’”
            const int before = textBeforeQuotes(k);
            for (int q = previousText(k); q > before; q = previousText(q))
                k = q;
            std::string &inner = m_tokens[static_cast<std::size_t>(k)].s;
            if (!inner.empty() && isPunct(inner[0])) {
                // A mark moved in already ("Desa,”" then the delimiter's ","): merge the two.
                const Merge rule = mergeRule(inner[0], c);
                if (rule == Merge::Second)
                    inner[0] = c;
                else if (rule == Merge::Both)
                    inner.insert(1, 1, c);
            } else {
                bool keep = true;
                if (before >= 0) {
                    char last = m_tokens[static_cast<std::size_t>(before)].s.back();
                    if (isPunct(last))
                        keep = mergeRule(last, c) == Merge::Both;
                }
                if (keep)
                    inner.insert(0, 1, c);
            }
            if (s.empty())
                return;
        } else if (prev.quoteClose && isPunct(s[0]) && quotedTextEndsInPunct(k, s[0])) {
            // Marks stay outside the quotes ("Apa?’."): the title's own "?" or "." already
            // ends the sentence, so the period after the closing quote goes.
            s.erase(0, 1);
            if (s.empty())
                return;
        } else {
            char last = prev.s.back();
            if (isPunct(last) && isPunct(s[0])) {
                Merge rule = mergeRule(last, s[0]);
                if (rule == Merge::First)
                    s.erase(0, 1);
                else if (rule == Merge::Second)
                    prev.s.pop_back();
            } else if (last == ' ' && s[0] == ' ') {
                s.erase(0, 1);
            }
            if (s.empty())
                return;
        }
    }
    m_tokens.push_back({Token::Text, std::move(s), quoteClose});
}

void Writer::write(const Out &node)
{
    if (node.empty())
        return;
    if (m_displayDivs && !node.display.empty() && node.display.rfind("flat-", 0) != 0) {
        tag("<div class=\"csl-" + node.display + "\">");
        text(node.prefix);
        writeFormatted(node);
        text(node.suffix);
        tag("</div>");
        return;
    }
    // citeproc-js's text format starts a block (or an indented block) on a new line.
    if (!m_html && node.display == "block")
        text("\n");
    else if (!m_html && node.display == "indent")
        text("\n    ");
    text(node.prefix);
    writeFormatted(node);
    text(node.suffix);
    if (node.display == "flat-left-margin" || (!m_displayDivs && node.display == "left-margin")) {
        // citeproc-js appends one space to the margin as it stands, so a margin that ends in
        // a space ("1. ") is followed by two: the space is not merged.
        m_tokens.push_back({Token::Text, " ", false});
        m_trimNext = true;
    }
}

void Writer::writeFormatted(const Out &node)
{
    // The decorations of one element nest as citeproc-js nests them: italics
    // innermost, then small caps, bold, underline and the vertical alignment
    // outermost ("<b><i>…</i></b>"). They are collected first and opened
    // from the outermost.
    std::vector<std::pair<std::string, std::string>> decorations;
    const bool savedItalic = m_italic, savedBold = m_bold, savedCaps = m_smallCaps;
    auto open = [&](const std::string &opener, const std::string &closer) {
        decorations.emplace_back(opener, closer);
    };
    if (node.fontStyle == "italic" || node.fontStyle == "oblique") {
        if (m_italic)
            open("<span style=\"font-style:normal;\">", "</span>");
        else if (node.fontStyle == "italic")
            open("<i>", "</i>");
        else
            open("<span style=\"font-style:oblique;\">", "</span>");
        m_italic = !m_italic;
    } else if (node.fontStyle == "normal" && m_italic) {
        open("<span style=\"font-style:normal;\">", "</span>");
        m_italic = false;
    }
    if (node.fontVariant == "small-caps" && !m_smallCaps) {
        open("<span style=\"font-variant:small-caps;\">", "</span>");
        m_smallCaps = true;
    } else if (node.fontVariant == "normal" && m_smallCaps) {
        open("<span style=\"font-variant:normal;\">", "</span>");
        m_smallCaps = false;
    }
    if (node.fontWeight == "bold" && !m_bold) {
        open("<b>", "</b>");
        m_bold = true;
    } else if (node.fontWeight == "light") {
        open("<span style=\"font-weight:lighter;\">", "</span>");
    } else if (node.fontWeight == "normal" && m_bold) {
        open("<span style=\"font-weight:normal;\">", "</span>");
        m_bold = false;
    }
    if (node.textDecoration == "underline")
        open("<span style=\"text-decoration:underline;\">", "</span>");
    if (node.verticalAlign == "sup")
        open("<sup>", "</sup>");
    else if (node.verticalAlign == "sub")
        open("<sub>", "</sub>");
    else if (node.verticalAlign == "baseline")
        open("<span style=\"baseline\">", "</span>");
    std::vector<std::string> closers;
    for (auto it = decorations.rbegin(); it != decorations.rend(); ++it) {
        tag(it->first);
        closers.push_back(it->second);
    }

    if (node.quotes) {
        text(m_quoteDepth % 2 == 0 ? m_marks.open : m_marks.openInner);
        ++m_quoteDepth;
    }
    if (node.isLeaf) {
        text(node.text);
    } else {
        bool first = true;
        for (const auto &kid : node.kids) {
            if (kid.empty())
                continue;
            if (!first)
                text(node.delimiter);
            first = false;
            write(kid);
        }
    }
    if (node.quotes) {
        --m_quoteDepth;
        text(m_quoteDepth % 2 == 0 ? m_marks.close : m_marks.closeInner, true);
    }
    for (auto it = closers.rbegin(); it != closers.rend(); ++it)
        tag(*it);
    m_italic = savedItalic;
    m_bold = savedBold;
    m_smallCaps = savedCaps;
}

void escapeInto(std::string &out, const std::string &text)
{
    for (char c : text) {
        if (c == '&')
            out += "&#38;";
        else if (c == '<')
            out += "&#60;";
        else if (c == '>')
            out += "&#62;";
        else
            out += c;
    }
}

std::string Writer::finish(bool trim) const
{
    std::string out;
    for (const auto &token : m_tokens) {
        if (token.kind == Token::Tag)
            out += token.s;
        else if (m_html) {
            std::string escaped;
            escapeInto(escaped, token.s);
            out += superscriptsToHtml(escaped);
        } else
            out += token.s;
    }
    // Drop tags that wrap nothing ("<i></i>") left by emptied leaves.
    for (const char *pair : {"<i></i>", "<b></b>", "<sup></sup>", "<sub></sub>"}) {
        std::size_t pos;
        while ((pos = out.find(pair)) != std::string::npos)
            out.erase(pos, std::strlen(pair));
    }
    if (!trim)
        return out;
    std::size_t begin = out.find_first_not_of(" \n\t");
    if (begin == std::string::npos)
        return {};
    std::size_t end = out.find_last_not_of(" \n\t");
    return out.substr(begin, end - begin + 1);
}

} // namespace

std::string writeOut(const Out &root, bool html, const QuoteMarks &marks, bool trim, bool displayDivs)
{
    Writer writer(html, marks, displayDivs);
    writer.write(root);
    return writer.finish(trim);
}

} // namespace warta::detail
