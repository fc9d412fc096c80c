#include "extract/body_text.h"

#include "warta/text/text.h"

#include <algorithm>

namespace warta {
namespace {

// Accumulates the text of the paragraph being read. Line breaks are kept as
// '\n' so that a blank line (two <br>) can split it when it is flushed.
class ParagraphBuilder {
public:
    explicit ParagraphBuilder(std::vector<RawParagraph> &out) : m_out(out) {}

    void addText(std::string_view text, std::size_t offset)
    {
        // Blank text, including the "&nbsp;" some sites put on an empty line.
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
            (text.size() < 32 && collapseWhitespace(text).empty())) {
            if (!m_buffer.empty())
                m_buffer.push_back(' ');
            return;
        }
        m_marks.push_back({m_buffer.size(), offset});
        // A newline in the source is only white space; line breaks come from <br>.
        const std::size_t start = m_buffer.size();
        m_buffer.append(text);
        std::replace_if(
                m_buffer.begin() + static_cast<std::ptrdiff_t>(start), m_buffer.end(),
                [](char c) { return c == '\n' || c == '\r'; }, ' ');
    }
    void addLineBreak() { m_buffer.push_back('\n'); }

    void flush()
    {
        std::size_t start = 0;
        while (start < m_buffer.size()) {
            const std::size_t end = blankLineAfter(start);
            emit(start, end);
            start = end;
        }
        m_buffer.clear();
        m_marks.clear();
        m_nextMark = 0;
    }

private:
    struct Mark {
        std::size_t bufferPosition;
        std::size_t sourceOffset;
    };

    // Position after the next blank line (two line breaks with only spaces
    // between), or the end of the buffer.
    std::size_t blankLineAfter(std::size_t start) const
    {
        for (std::size_t i = start; i < m_buffer.size(); ++i) {
            if (m_buffer[i] != '\n')
                continue;
            std::size_t j = i + 1;
            while (j < m_buffer.size() && m_buffer[j] == ' ')
                ++j;
            if (j < m_buffer.size() && m_buffer[j] == '\n')
                return j + 1;
        }
        return m_buffer.size();
    }

    void emit(std::size_t start, std::size_t end)
    {
        std::string text = cleanText(std::string_view(m_buffer).substr(start, end - start));
        if (text.empty())
            return;
        // The text node that starts inside the paragraph, else the one it
        // continues from: offsets are for scrolling and provenance, not
        // byte-exact slicing.
        // Paragraphs are emitted in order, so the search resumes where the
        // last one stopped: linear over a body of 100,000 paragraphs.
        std::size_t offset = m_nextMark > 0 ? m_marks[m_nextMark - 1].sourceOffset : 0;
        while (m_nextMark < m_marks.size() && m_marks[m_nextMark].bufferPosition < end) {
            offset = m_marks[m_nextMark].sourceOffset;
            if (m_marks[m_nextMark++].bufferPosition >= start)
                break;
        }
        m_out.push_back({std::move(text), offset});
    }

    std::vector<RawParagraph> &m_out;
    std::string m_buffer;
    std::vector<Mark> m_marks;
    std::size_t m_nextMark = 0;
};

} // namespace

bool isBlockElement(std::string_view tag)
{
    static constexpr std::string_view kBlocks[] = {
            "p",          "div", "section", "article", "aside", "header",   "footer",  "main",    "nav",
            "blockquote", "ul",  "ol",      "li",      "dl",    "dt",       "dd",      "h1",      "h2",
            "h3",         "h4",  "h5",      "h6",      "table", "tr",       "td",      "th",      "figure",
            "figcaption", "pre", "hr",      "address", "form",  "fieldset", "details", "summary", "center"};
    for (auto block : kBlocks) {
        if (tag == block)
            return true;
    }
    return false;
}

std::vector<RawParagraph> collectParagraphs(Node container, const NoiseTest &isNoise)
{
    std::vector<RawParagraph> out;
    ParagraphBuilder builder(out);
    struct Frame {
        Node node;
        std::size_t next;
        bool block;
    };
    std::vector<Frame> stack{{container, 0, true}};
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next >= frame.node.childCount()) {
            if (frame.block)
                builder.flush();
            stack.pop_back();
            continue;
        }
        const Node child = frame.node.child(frame.next++);
        if (child.isText()) {
            builder.addText(child.text(), child.sourceOffset());
            continue;
        }
        if (!child.isElement() || isInvisibleElement(child.tag()) || isNoise(child))
            continue;
        if (child.is("br")) {
            builder.addLineBreak();
            continue;
        }
        const bool block = isBlockElement(child.tag());
        if (block)
            builder.flush();
        stack.push_back({child, 0, block});
    }
    builder.flush();
    return out;
}

} // namespace warta
