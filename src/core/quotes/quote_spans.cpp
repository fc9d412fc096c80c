#include "quotes/quote_spans.h"

#include "quotes/utf8_text.h"

#include <string_view>

namespace warta {

namespace {

enum class MarkRole {
    Open,
    Close,
    Either
};

struct Mark {
    std::size_t begin = 0;
    std::size_t end = 0;
    MarkRole role = MarkRole::Either;
    bool isDouble = true;
};

bool isOpeningPunct(char32_t c)
{
    return c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2013 || c == 0x2014 || c == '/' || c == ':';
}

bool isClosingPunct(char32_t c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
           c == '}' || c == 0x2026 || c == '-' || c == 0x2013 || c == 0x2014 || c == '/';
}

enum class Glyph {
    Straight,
    Left,
    Right,
    Low
};

// A mark "opens" when it sits before a word and after a space or an opening
// bracket; it "closes" in the mirror position. Straight marks are decided by
// that alone; curly ones by their shape unless the position clearly says the
// opposite (some writers type ” for both).
MarkRole roleOf(Glyph glyph, char32_t prev, char32_t next)
{
    const bool prevSpace = prev == 0 || isSpace(prev);
    const bool nextSpace = next == 0 || isSpace(next);
    const bool left = !nextSpace && (prevSpace || isOpeningPunct(prev)) &&
                      !(isClosingPunct(next) && next != '-' && next != 0x2013 && next != 0x2014);
    const bool right = !prevSpace && prev != '(' && prev != '[' &&
                       (nextSpace || isClosingPunct(next) || isQuoteMark(next));
    switch (glyph) {
    case Glyph::Left:
        return right && !left ? MarkRole::Close : MarkRole::Open;
    case Glyph::Right:
        return left && !right ? MarkRole::Open : MarkRole::Close;
    case Glyph::Low:
        return MarkRole::Open;
    case Glyph::Straight:
        break;
    }
    if (left && !right)
        return MarkRole::Open;
    if (right && !left)
        return MarkRole::Close;
    return MarkRole::Either;
}

bool isSingleGlyph(char32_t c)
{
    return c == '\'' || c == 0x2018 || c == 0x2019;
}

Glyph glyphOf(char32_t c)
{
    if (c == 0x201C || c == 0x2018 || c == 0x00AB)
        return Glyph::Left;
    if (c == 0x201D || c == 0x2019 || c == 0x00BB)
        return Glyph::Right;
    if (c == 0x201E)
        return Glyph::Low;
    return Glyph::Straight;
}

// A single mark is a quotation mark only in a quotation position and before
// or after a letter: "Jum'at" and "’90-an" are apostrophes.
bool singleMark(const Mark &candidate, char32_t prev, char32_t next, Mark &out)
{
    out = candidate;
    out.isDouble = false;
    if (out.role == MarkRole::Open)
        return isLetter(next);
    if (out.role == MarkRole::Close)
        return isLetter(prev) || isClosingPunct(prev);
    return false;
}

std::vector<Mark> scanMarks(std::string_view text)
{
    std::vector<Mark> marks;
    std::size_t at = 0;
    while (at < text.size()) {
        // Every mark starts with '"', '\'', 0xC2 (« ») or 0xE2 (U+2018…U+201E).
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte != '"' && byte != '\'' && byte != 0xC2U && byte != 0xE2U) {
            ++at;
            continue;
        }
        const CodePoint cp = decodeAt(text, at);
        if (!isQuoteMark(cp.value)) {
            at += cp.size;
            continue;
        }
        Mark mark{at, at + cp.size, MarkRole::Either, true};
        Glyph glyph = glyphOf(cp.value);
        bool single = isSingleGlyph(cp.value);
        const CodePoint after = decodeAt(text, mark.end);
        // Two single marks in a row ('' or ‘‘) stand for one double mark.
        if (single && isSingleGlyph(after.value)) {
            mark.end += after.size;
            single = false;
        }
        const char32_t prev = decodeBefore(text, mark.begin).value;
        const char32_t next = decodeAt(text, mark.end).value;
        mark.role = roleOf(glyph, prev, next);
        if (single) {
            Mark singleOne;
            if (singleMark(mark, prev, next, singleOne))
                marks.push_back(singleOne);
        } else {
            marks.push_back(mark);
        }
        at = mark.end;
    }
    return marks;
}

struct Pairing {
    std::vector<QuoteSpan> spans;
    QuoteSpan current;
    bool open = false;
    int depth = 0;
    std::size_t bytes = 0;

    void finish(bool closed, std::size_t afterClose)
    {
        current.closed = closed;
        current.afterClose = afterClose;
        const bool tooLong =
                bytes > kMaxQuoteBytes || static_cast<int>(current.pieces.size()) > kMaxQuoteParagraphs;
        if (!tooLong)
            spans.push_back(std::move(current));
        current = QuoteSpan{};
        open = false;
        depth = 0;
        bytes = 0;
    }
    void start(int paragraph, const Mark &mark, bool single)
    {
        current = QuoteSpan{};
        current.pieces.push_back({paragraph, mark.end, mark.end});
        current.openMark = mark.begin;
        current.single = single;
        open = true;
        depth = 1;
        bytes = 0;
    }
    void endPiece(std::size_t at)
    {
        QuotePiece &piece = current.pieces.back();
        piece.end = at;
        bytes += at - piece.begin;
    }
};

// Per mark, what lies ahead in the paragraph: how many double marks could
// close, and whether a single closing mark comes before the next double mark.
struct Lookahead {
    std::vector<int> closersAfter;
    std::vector<bool> singleCloseAhead;
};

Lookahead lookaheadOf(const std::vector<Mark> &marks)
{
    Lookahead ahead;
    ahead.closersAfter.assign(marks.size() + 1, 0);
    ahead.singleCloseAhead.assign(marks.size() + 1, false);
    for (std::size_t i = marks.size(); i-- > 0;) {
        const Mark &next = marks[i];
        ahead.closersAfter[i] =
                ahead.closersAfter[i + 1] + (next.isDouble && next.role != MarkRole::Open ? 1 : 0);
        if (next.isDouble)
            ahead.singleCloseAhead[i] = false;
        else if (next.role == MarkRole::Close)
            ahead.singleCloseAhead[i] = true;
        else
            ahead.singleCloseAhead[i] = ahead.singleCloseAhead[i + 1];
    }
    return ahead;
}

std::size_t firstNonSpace(std::string_view text)
{
    std::size_t at = 0;
    while (at < text.size()) {
        const CodePoint cp = decodeAt(text, at);
        if (!isSpace(cp.value))
            break;
        at += cp.size;
    }
    return at;
}

// An open quotation reaches into the next paragraph when that paragraph opens
// with a mark again, or when its first double mark can only be a closing one.
// Returns the index of the first mark still to read, or -1 when it does not.
int continuation(std::string_view text, const std::vector<Mark> &marks, Pairing &pairing, int paragraph)
{
    const Mark *firstDouble = nullptr;
    std::size_t index = 0;
    for (; index < marks.size(); ++index)
        if (marks[index].isDouble) {
            firstDouble = &marks[index];
            break;
        }
    if (firstDouble && firstDouble->begin == firstNonSpace(text) && firstDouble->role != MarkRole::Close) {
        pairing.current.pieces.push_back({paragraph, firstDouble->end, firstDouble->end});
        return static_cast<int>(index) + 1;
    }
    if (firstDouble && firstDouble->role == MarkRole::Close) {
        pairing.current.pieces.push_back({paragraph, 0, 0});
        return 0;
    }
    return -1;
}

void pairParagraph(std::string_view text, int paragraph, Pairing &pairing)
{
    const std::vector<Mark> marks = scanMarks(text);
    std::size_t i = 0;
    if (pairing.open) {
        const int from = continuation(text, marks, pairing, paragraph);
        if (from < 0)
            pairing.finish(false, pairing.current.pieces.back().end);
        else
            i = static_cast<std::size_t>(from);
    }
    const Lookahead ahead = lookaheadOf(marks);
    for (; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        if (!pairing.open) {
            if (mark.isDouble && mark.role != MarkRole::Close)
                pairing.start(paragraph, mark, false);
            else if (!mark.isDouble && mark.role == MarkRole::Open && ahead.singleCloseAhead[i + 1])
                pairing.start(paragraph, mark, true);
            continue;
        }
        if (pairing.current.single) {
            if (!mark.isDouble && mark.role == MarkRole::Close) {
                pairing.endPiece(mark.begin);
                pairing.finish(true, mark.end);
            }
            continue;
        }
        if (!mark.isDouble)
            continue; // single marks inside a double quotation are its text
        if (mark.role == MarkRole::Open) {
            // Nest only when enough closing marks follow to close both.
            if (ahead.closersAfter[i + 1] >= pairing.depth + 1)
                ++pairing.depth;
            continue;
        }
        if (pairing.depth > 1) {
            --pairing.depth;
            continue;
        }
        pairing.endPiece(mark.begin);
        pairing.finish(true, mark.end);
    }
    if (pairing.open) {
        pairing.endPiece(text.size());
        pairing.depth = 1;
        if (pairing.bytes > kMaxQuoteBytes ||
            static_cast<int>(pairing.current.pieces.size()) >= kMaxQuoteParagraphs)
            pairing.finish(false, text.size());
    }
}

} // namespace

std::vector<QuoteSpan> findQuoteSpans(const std::vector<Paragraph> &paragraphs)
{
    Pairing pairing;
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
        pairParagraph(paragraphs[p].text, static_cast<int>(p), pairing);
    if (pairing.open)
        pairing.finish(false, pairing.current.pieces.back().end);
    return std::move(pairing.spans);
}

} // namespace warta
