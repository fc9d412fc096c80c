#include "cite/csl_output.h"

#include <cctype>
#include <cstring>

// The inline markup CSL-JSON fields may carry (citeproc-js's "rich text"):
// <i>, <b>, <sup>, <sub>, small-caps, nocase and nodecor spans, and quotes.
namespace warta::detail {
namespace {

struct Frame {
    Out node;
    std::string closeTag;
};

bool isWordByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return std::isalnum(byte) || byte >= 0x80;
}

class RichParser {
public:
    explicit RichParser(const std::string &text) : m_text(text) { m_stack.push_back({Out::group({}), ""}); }

    Out run()
    {
        while (m_at < m_text.size()) {
            if (std::size_t used = tag(); used > 0)
                m_at += used;
            else if (std::size_t quoted = quote(); quoted > 0)
                m_at += quoted;
            else {
                // citeproc prints typographic apostrophes
                m_pending += m_text[m_at] == '\'' ? std::string("\u2019") : std::string(1, m_text[m_at]);
                ++m_at;
            }
        }
        flush();
        while (m_stack.size() > 1)
            pop();
        Out root = std::move(m_stack.front().node);
        if (root.kids.size() == 1 && root.kids[0].isLeaf && !root.kids[0].nocase)
            return root.kids[0];
        return root;
    }

private:
    bool at(const char *what) const { return m_text.compare(m_at, std::strlen(what), what) == 0; }

    void flush()
    {
        if (m_pending.empty())
            return;
        Out leaf = Out::leaf(m_pending);
        leaf.nocase = m_stack.back().node.nocase;
        m_stack.back().node.kids.push_back(std::move(leaf));
        m_pending.clear();
    }

    void push(Out node, const std::string &close)
    {
        flush();
        node.nocase = node.nocase || m_stack.back().node.nocase;
        m_stack.push_back({std::move(node), close});
    }

    void pop()
    {
        flush();
        Out done = std::move(m_stack.back().node);
        m_stack.pop_back();
        m_stack.back().node.kids.push_back(std::move(done));
    }

    // An opening or closing tag at the cursor: the bytes it takes, or 0.
    std::size_t tag()
    {
        if (m_text[m_at] != '<')
            return 0;
        Out frame = Out::group({});
        auto open = [&](const char *opener, const char *closer) -> std::size_t {
            push(frame, closer);
            return std::strlen(opener);
        };
        if (at("<i>"))
            return frame.fontStyle = "italic", open("<i>", "</i>");
        if (at("<b>"))
            return frame.fontWeight = "bold", open("<b>", "</b>");
        // Small capitals, superscripts and subscripts keep their case under
        // text-case, as citeproc-js treats them (an implicit nocase).
        frame.nocase =
                at("<sc>") || at("<sup>") || at("<sub>") || at("<span style=\"font-variant:small-caps;\">");
        if (at("<sc>"))
            return frame.fontVariant = "small-caps", open("<sc>", "</sc>");
        if (at("<sup>"))
            return frame.verticalAlign = "sup", open("<sup>", "</sup>");
        if (at("<sub>"))
            return frame.verticalAlign = "sub", open("<sub>", "</sub>");
        if (at("<span class=\"nocase\">"))
            return frame.nocase = true, open("<span class=\"nocase\">", "</span>");
        if (at("<span style=\"font-variant:small-caps;\">"))
            return frame.fontVariant = "small-caps",
                   open("<span style=\"font-variant:small-caps;\">", "</span>");
        if (at("<span class=\"nodecor\">")) {
            frame.fontStyle = frame.fontWeight = frame.fontVariant = "normal";
            return open("<span class=\"nodecor\">", "</span>");
        }
        if (m_stack.size() > 1 && at(m_stack.back().closeTag.c_str())) {
            const std::size_t length = m_stack.back().closeTag.size();
            pop();
            return length;
        }
        return 0;
    }

    // Curly and straight quotes become a quoted node (the writer picks the
    // locale's marks by nesting level); an apostrophe inside a word does not.
    std::size_t quote()
    {
        if (at("\u201C")) {
            Out frame = Out::group({});
            frame.quotes = true;
            push(frame, "\u201D");
            return 3;
        }
        if (m_stack.size() > 1 && m_stack.back().closeTag == "\u201D" && at("\u201D")) {
            pop();
            return 3;
        }
        const char c = m_text[m_at];
        const bool prevWord = m_at > 0 && isWordByte(m_text[m_at - 1]);
        const bool nextWord = m_at + 1 < m_text.size() && isWordByte(m_text[m_at + 1]);
        if (!(c == '"' || (c == '\'' && !(prevWord && nextWord))))
            return 0;
        const std::string mark(1, c);
        if (m_stack.size() > 1 && m_stack.back().closeTag == mark) {
            pop();
            return 1;
        }
        if ((nextWord || c == '"') && hasCloser(c)) {
            Out frame = Out::group({});
            frame.quotes = true;
            push(frame, mark);
            return 1;
        }
        return 0;
    }

    // A quote opens only when a mark further on can close it: one that follows
    // a word, not a space ('of "Positive Obligations " of' is no quotation).
    bool hasCloser(char mark) const
    {
        for (std::size_t at = m_text.find(mark, m_at + 1); at != std::string::npos;
             at = m_text.find(mark, at + 1))
            if (m_text[at - 1] != ' ')
                return true;
        return false;
    }

    const std::string &m_text;
    std::size_t m_at = 0;
    std::vector<Frame> m_stack;
    std::string m_pending;
};

} // namespace

Out parseRichText(const std::string &text)
{
    return RichParser(text).run();
}

} // namespace warta::detail
