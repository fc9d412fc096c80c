#include "extract/generic/text_marks.h"

#include "extract/generic/block_names.h"
#include "warta/text/text.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace warta {
namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// One element being read: its text so far, or `tooLong` once past its cap.
struct Frame {
    Node node;
    std::size_t next = 0;
    std::size_t cap = 0;
    bool tooLong = false;
    bool heading = false;
    std::string text;

    // Appends with each run of ASCII white space as one space (the cleaned text is the same).
    void append(std::string_view more)
    {
        for (char c : more) {
            if (tooLong)
                return;
            if (isAsciiSpace(c)) {
                if (!text.empty() && text.back() == ' ')
                    continue;
                c = ' ';
            }
            text.push_back(c);
            tooLong = text.size() > cap;
        }
    }
};

std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            word.push_back(static_cast<char>(std::tolower(byte)));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

// Labels are a few words of ASCII letters; the text is cleaned (NFC through ICU) only when it
// could be one, not for each of the elements of a page.
bool mayBeLabel(std::string_view text)
{
    if (text.size() > TextMarks::kLabelBytes)
        return false;
    bool letter = false;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (!(std::isalpha(byte) || c == ' ' || byte >= 0x80))
            return false;
        letter = letter || std::isalpha(byte);
    }
    return letter;
}

} // namespace

bool headingMatchesTitle(std::string_view headingText, std::string_view title)
{
    // Loose on purpose: the headline in the metadata often differs by a site name, an entity
    // or a punctuation mark.
    if (title.empty())
        return false;
    const std::vector<std::string> titleWords = wordsOf(title);
    std::size_t total = 0;
    std::size_t unmatched = 0;
    for (const std::string &word : wordsOf(headingText)) {
        total += word.size() + 1;
        if (std::find(titleWords.begin(), titleWords.end(), word) == titleWords.end())
            unmatched += word.size() + 1;
    }
    return total > 0 && static_cast<double>(unmatched) / static_cast<double>(total) < 0.25;
}

TextMarks::TextMarks(Node container, std::string_view title)
{
    if (!container || !container.isElement())
        return;
    auto open = [](Node node, std::size_t parentCap) {
        Frame frame;
        frame.node = node;
        frame.heading = node.is("h1") || node.is("h2");
        frame.cap = std::max(parentCap, frame.heading ? kHeadingBytes : kLabelBytes);
        return frame;
    };
    // The same text as Node::rawText: text nodes, a line break for <br>, nothing from
    // invisible elements below the container.
    std::vector<Frame> stack;
    stack.push_back(open(container, 0));
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next < frame.node.childCount()) {
            const Node child = frame.node.child(frame.next++);
            if (child.isText()) {
                frame.append(child.text());
            } else if (child.isElement() && !isInvisibleElement(child.tag())) {
                if (child.is("br"))
                    frame.append("\n");
                // Below a heading every element keeps the heading's length, for the heading.
                stack.push_back(open(child, frame.heading || frame.cap > kLabelBytes ? frame.cap : 0));
            }
            continue;
        }
        Frame done = std::move(stack.back());
        stack.pop_back();
        if (!done.tooLong && (done.heading || mayBeLabel(done.text))) {
            const std::string text = cleanText(done.text);
            if (!text.empty() && warta::isAdLabel(text))
                m_adLabels.insert(done.node.raw());
            if (done.heading && headingMatchesTitle(text, title))
                m_titleHeadings.insert(done.node.raw());
        }
        if (!stack.empty()) {
            if (done.tooLong)
                stack.back().tooLong = true;
            else
                stack.back().append(done.text);
        }
    }
}

} // namespace warta
