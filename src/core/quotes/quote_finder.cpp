#include "warta/quotes/quote_finder.h"

#include "quotes/attribution.h"
#include "quotes/lexicon.h"
#include "quotes/people.h"
#include "quotes/quote_spans.h"
#include "quotes/speakers.h"
#include "quotes/token_stream.h"
#include "quotes/utf8_text.h"

#include <algorithm>

namespace warta {

namespace {

constexpr std::size_t kMaxInheritGapSentences = 1;
constexpr int kMinWordsAfterNamingVerb = 4;

struct Candidate {
    QuoteSpan span;
    Quote quote;
    std::size_t firstToken = 0; ///< the quote's token in its first paragraph's stream
    std::size_t lastToken = 0;  ///< and in its last paragraph's stream
    int words = 0;
    bool accepted = false;
    bool attributed = false;
};

std::size_t skipSpaces(std::string_view text, std::size_t at, std::size_t stop)
{
    while (at < stop) {
        const CodePoint cp = decodeAt(text, at);
        if (!isSpace(cp.value))
            break;
        at += cp.size;
    }
    return at;
}

std::size_t trimBack(std::string_view text, std::size_t begin, std::size_t end)
{
    while (end > begin) {
        const CodePoint cp = decodeBefore(text, end);
        if (!isSpace(cp.value))
            break;
        end -= cp.size;
    }
    return end;
}

// An unclosed quotation that ends with its paragraph stops before a closing
// bracket opened outside it: "(al-Mundiri berkata, “Hadits ini … itu)."
std::size_t cutAtUnmatchedParen(std::string_view text, std::size_t begin, std::size_t end)
{
    int depth = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')' && --depth < 0)
            return i;
    }
    return end;
}

int countWords(std::string_view text)
{
    int words = 0;
    bool inWord = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const CodePoint cp = decodeAt(text, at);
        const bool wordChar = isLetter(cp.value) || isDigit(cp.value);
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar || (inWord && (cp.value == '-' || cp.value == '\'' || cp.value == 0x2019));
        at += cp.size;
    }
    return words;
}

void assemble(const std::vector<Paragraph> &paragraphs, Candidate &c)
{
    std::string joined;
    for (std::size_t k = 0; k < c.span.pieces.size(); ++k) {
        QuotePiece &piece = c.span.pieces[k];
        const std::string_view text = paragraphs[static_cast<std::size_t>(piece.paragraph)].text;
        piece.begin = skipSpaces(text, piece.begin, piece.end);
        if (k + 1 == c.span.pieces.size()) {
            if (!c.span.closed)
                piece.end = cutAtUnmatchedParen(text, piece.begin, piece.end);
            piece.end = trimBack(text, piece.begin, piece.end);
            // The comma before the closing mark belongs to the sentence around it.
            if (piece.end > piece.begin && text[piece.end - 1] == ',')
                piece.end = trimBack(text, piece.begin, piece.end - 1);
        } else {
            piece.end = trimBack(text, piece.begin, piece.end);
        }
        if (piece.end <= piece.begin)
            continue;
        if (!joined.empty())
            joined.push_back(' ');
        joined.append(text.substr(piece.begin, piece.end - piece.begin));
    }
    c.quote.text = std::move(joined);
    c.quote.paragraph = c.span.firstParagraph();
    c.quote.endParagraph = c.span.lastParagraph();
    c.quote.begin = c.span.pieces.front().begin;
    c.quote.end = c.span.pieces.back().end;
    c.words = countWords(c.quote.text);
}

// Each paragraph's stream: the words outside quotations, and a placeholder
// where each quotation (or a part of one) sits.
std::vector<TokenStream> buildStreams(const std::vector<Paragraph> &paragraphs,
                                      std::vector<Candidate> &candidates)
{
    std::vector<std::vector<StreamPart>> parts(paragraphs.size());
    std::vector<std::size_t> cursor(paragraphs.size(), 0);
    for (std::size_t q = 0; q < candidates.size(); ++q) {
        const QuoteSpan &span = candidates[q].span;
        for (std::size_t k = 0; k < span.pieces.size(); ++k) {
            const auto p = static_cast<std::size_t>(span.pieces[k].paragraph);
            const std::size_t size = paragraphs[p].text.size();
            const std::size_t from = k == 0 ? span.openMark : 0;
            const std::size_t to = k + 1 == span.pieces.size() ? span.afterClose : size;
            if (from > cursor[p])
                parts[p].push_back({cursor[p], from, -1});
            parts[p].push_back({from, std::max(from, to), static_cast<int>(q)});
            cursor[p] = std::max(cursor[p], to);
        }
    }
    std::vector<TokenStream> streams(paragraphs.size());
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        if (cursor[p] < paragraphs[p].text.size())
            parts[p].push_back({cursor[p], paragraphs[p].text.size(), -1});
        streams[p] = tokenize(paragraphs[p].text, parts[p]);
        for (std::size_t i = 0; i < streams[p].size(); ++i) {
            const Token &t = streams[p][i];
            if (t.kind != TokenKind::Quote)
                continue;
            Candidate &c = candidates[static_cast<std::size_t>(t.quote)];
            if (static_cast<int>(p) == c.span.firstParagraph())
                c.firstToken = i;
            if (static_cast<int>(p) == c.span.lastParagraph())
                c.lastToken = i;
        }
    }
    return streams;
}

Attribution attributionOf(const std::vector<Paragraph> &paragraphs, const std::vector<TokenStream> &streams,
                          const Candidate &c)
{
    const auto last = static_cast<std::size_t>(c.span.lastParagraph());
    Attribution after = attributionAfter(paragraphs[last].text, streams[last], c.lastToken);
    after.paragraph = static_cast<int>(last);
    if (after.found)
        return after;
    const auto first = static_cast<std::size_t>(c.span.firstParagraph());
    Attribution before = attributionBefore(paragraphs[first].text, streams[first], c.firstToken);
    before.paragraph = static_cast<int>(first);
    if (before.found || c.firstToken != 0 || first == 0)
        return before;
    // "Dia menambahkan:" closing the paragraph before.
    const TokenStream &prev = streams[first - 1];
    if (prev.empty() || !(isPunct(prev.back(), ":") || isPunct(prev.back(), ",")))
        return before;
    Attribution fromPrev = attributionBefore(paragraphs[first - 1].text, prev, prev.size());
    fromPrev.paragraph = static_cast<int>(first - 1);
    return fromPrev;
}

bool hasSentenceEndBetween(const TokenStream &tokens, std::size_t from, std::size_t to, std::size_t allowed)
{
    std::size_t ends = 0;
    for (std::size_t i = from; i < to && i < tokens.size(); ++i)
        if (endsSentence(tokens, i) && ++ends > allowed)
            return true;
    return false;
}

bool isWholeParagraph(const TokenStream &tokens)
{
    for (const Token &t : tokens)
        if (t.kind == TokenKind::Word)
            return false;
    return true;
}

// "Dan "kami tidak akan mundur."": a paragraph that is a quotation after
// a coordinating conjunction (KBBI "kata penghubung koordinatif") goes on
// from the paragraph before, as a paragraph that is only a quotation does.
bool isQuoteAfterConjunction(const TokenStream &tokens)
{
    static constexpr std::string_view kConjunctions[] = {
            "dan", "lalu", "kemudian", "tapi", "tetapi", "namun", "bahkan", "serta", "juga", "lagi", "pun"};
    bool quoteSeen = false;
    bool conjunction = false;
    for (const Token &t : tokens) {
        if (t.kind == TokenKind::Quote) {
            quoteSeen = true;
            continue;
        }
        if (t.kind != TokenKind::Word)
            continue;
        if (quoteSeen)
            return false;
        bool known = false;
        for (std::string_view c : kConjunctions)
            known = known || t.lower == c;
        if (!known)
            return false;
        conjunction = true;
    }
    return quoteSeen && conjunction;
}

// A quotation without a verb of its own continues the speaker just quoted:
// the second part of "A," ujar Budi. "B." in the same paragraph, or a
// paragraph that is nothing but a quotation after a quoted paragraph.
// `lastAccepted` is the quotation accepted last (-1: none), so that a long
// run of quotations nobody said costs one look each, not one per pair.
const Candidate *inheritedFrom(const std::vector<TokenStream> &streams, const std::vector<Candidate> &all,
                               std::size_t index, int lastAccepted)
{
    if (lastAccepted < 0)
        return nullptr;
    const Candidate &c = all[index];
    const Candidate &prev = all[static_cast<std::size_t>(lastAccepted)];
    if (!prev.attributed)
        return nullptr;
    const int p = c.span.firstParagraph();
    if (prev.span.lastParagraph() == p) {
        const TokenStream &tokens = streams[static_cast<std::size_t>(p)];
        if (hasSentenceEndBetween(tokens, prev.lastToken + 1, c.firstToken, kMaxInheritGapSentences))
            return nullptr;
        return &prev;
    }
    if (prev.span.lastParagraph() + 1 == p &&
        (isWholeParagraph(streams[static_cast<std::size_t>(p)]) ||
         isQuoteAfterConjunction(streams[static_cast<std::size_t>(p)]))) {
        const TokenStream &tokens = streams[static_cast<std::size_t>(prev.span.lastParagraph())];
        if (hasSentenceEndBetween(tokens, prev.lastToken + 1, tokens.size(), kMaxInheritGapSentences))
            return nullptr;
        return &prev;
    }
    return nullptr;
}

bool verbAdjacent(const std::vector<TokenStream> &streams, const Candidate &c, const Attribution &a)
{
    const TokenStream &tokens = streams[static_cast<std::size_t>(a.paragraph)];
    std::size_t i = a.paragraph == c.span.firstParagraph() ? c.firstToken : tokens.size();
    while (i > 0 && tokens[i - 1].kind == TokenKind::Punct)
        --i;
    return i > 0 && tokens[i - 1].begin == a.position;
}

// "Warga menyebutnya "kampung mati"": a verb of naming before a short
// quotation gives a name, not words said.
bool isNamingVerb(const std::string &verb)
{
    return verb == "menyebut" || verb == "menyebutkan";
}

bool looksLikeSpeech(const Candidate &c)
{
    if (c.words >= 3)
        return true;
    const std::string &t = c.quote.text;
    return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!');
}

// A quotation that goes on from the one before takes its speaker, and the
// confidence in it.
void carryOver(const Quote &from, Quote &to)
{
    to.speaker = from.speaker;
    to.role = from.role;
    to.speakerConfidence = from.speakerConfidence;
    to.attribution = "carried-over";
}

} // namespace

QuoteLedger findQuotes(const std::vector<Paragraph> &paragraphs)
{
    QuoteLedger ledger;
    std::vector<Candidate> candidates;
    for (QuoteSpan &span : findQuoteSpans(paragraphs)) {
        Candidate c;
        c.span = std::move(span);
        candidates.push_back(std::move(c));
    }
    const std::vector<TokenStream> streams = buildStreams(paragraphs, candidates);
    for (Candidate &c : candidates)
        assemble(paragraphs, c);

    std::vector<Attribution> attributions(candidates.size());
    for (std::size_t q = 0; q < candidates.size(); ++q) {
        const Candidate &c = candidates[q];
        if (c.words == 0)
            continue;
        const TokenStream &first = streams[static_cast<std::size_t>(c.span.firstParagraph())];
        if (introducesTerm(first, c.firstToken))
            continue;
        attributions[q] = attributionOf(paragraphs, streams, c);
    }

    SpeakerResolver resolver(paragraphs, streams);
    for (const Attribution &a : attributions)
        if (a.found)
            resolver.noteSpeaker(a.speaker);
    resolver.scanMentions(ledger.reportedSpeech);

    int lastAccepted = -1;
    for (std::size_t q = 0; q < candidates.size(); ++q) {
        Candidate &c = candidates[q];
        const Attribution &a = attributions[q];
        if (c.words == 0)
            continue;
        if (a.found) {
            // A one- or two-word quotation counts only with its verb right by it.
            if (!a.after && !looksLikeSpeech(c) && !verbAdjacent(streams, c, a))
                continue;
            if (!a.after && isNamingVerb(a.verb) && c.words < kMinWordsAfterNamingVerb)
                continue;
            c.quote.verb = a.verb;
            const Candidate *prev =
                    a.subjectless ? inheritedFrom(streams, candidates, q, lastAccepted) : nullptr;
            if (prev) {
                carryOver(prev->quote, c.quote);
            } else {
                resolver.resolve(a, c.quote);
            }
            c.accepted = c.attributed = true;
        } else if (looksLikeSpeech(c)) {
            const Candidate *prev = inheritedFrom(streams, candidates, q, lastAccepted);
            if (!prev)
                continue;
            c.quote.verb = prev->quote.verb;
            carryOver(prev->quote, c.quote);
            c.accepted = c.attributed = true;
        }
        if (c.accepted) {
            resolver.noteQuote(c.quote);
            lastAccepted = static_cast<int>(q);
        }
    }
    // "A." / "B," ujarnya.: closed quotations in paragraphs of their own, the
    // attribution only after the last; each earlier one takes the speaker of
    // the one that follows it.
    for (std::size_t q = candidates.size(); q-- > 1;) {
        Candidate &c = candidates[q - 1];
        const Candidate &next = candidates[q];
        const auto p = static_cast<std::size_t>(c.span.lastParagraph());
        if (c.accepted || !next.accepted || !next.attributed || c.words == 0 || !c.span.closed ||
            !looksLikeSpeech(c) || !isWholeParagraph(streams[p]) ||
            next.span.firstParagraph() != static_cast<int>(p) + 1 || next.firstToken != 0 ||
            introducesTerm(streams[p], c.firstToken))
            continue;
        c.quote.verb = next.quote.verb;
        carryOver(next.quote, c.quote);
        c.accepted = c.attributed = true;
    }
    for (Candidate &c : candidates)
        if (c.accepted)
            ledger.quotes.push_back(std::move(c.quote));
    return ledger;
}

} // namespace warta
