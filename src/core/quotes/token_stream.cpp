#include "quotes/token_stream.h"

#include "quotes/lexicon.h"
#include "quotes/utf8_text.h"

namespace warta {

namespace {

bool isWordChar(char32_t c)
{
    return isLetter(c) || isDigit(c);
}

bool joinsWord(char32_t c)
{
    return c == '-' || c == '\'' || c == 0x2019 || c == '&' || c == '/' || c == '.' || c == '_';
}

std::size_t wordEnd(std::string_view text, std::size_t at, std::size_t stop)
{
    char32_t last = 0;
    while (at < stop) {
        const CodePoint cp = decodeAt(text, at);
        if (isWordChar(cp.value)) {
            last = cp.value;
            at += cp.size;
            continue;
        }
        const CodePoint next = decodeAt(text, at + cp.size);
        // "A.L" and "K.H." keep their dots; a dot after a longer word ends it.
        if (cp.value == '.') {
            const CodePoint before = decodeBefore(text, at);
            const CodePoint twoBefore = decodeBefore(text, at - before.size);
            if (at + cp.size < stop && isUpper(before.value) && !isWordChar(twoBefore.value) &&
                isUpper(next.value)) {
                at += cp.size;
                continue;
            }
            break;
        }
        if (joinsWord(cp.value) && at + cp.size < stop && isWordChar(next.value)) {
            at += cp.size;
            continue;
        }
        if (cp.value == '+' && last != 0) { // "ICON+"
            at += cp.size;
            continue;
        }
        break;
    }
    return at;
}

void tokenizeGap(std::string_view text, std::size_t at, std::size_t stop, TokenStream &out)
{
    while (at < stop) {
        const CodePoint cp = decodeAt(text, at);
        if (isSpace(cp.value)) {
            at += cp.size;
            continue;
        }
        Token token;
        token.begin = at;
        if (isWordChar(cp.value)) {
            token.kind = TokenKind::Word;
            token.end = wordEnd(text, at, stop);
        } else {
            token.kind = TokenKind::Punct;
            token.end = at + cp.size;
        }
        token.text = text.substr(token.begin, token.end - token.begin);
        lowerAscii(token.text, token.lower);
        if (token.kind == TokenKind::Word)
            token.classes = wordClasses(token.lower);
        at = token.end;
        out.push_back(std::move(token));
    }
}

} // namespace

TokenStream tokenize(std::string_view text, const std::vector<StreamPart> &parts)
{
    TokenStream tokens;
    std::size_t bytes = 0;
    for (const StreamPart &part : parts)
        bytes += part.end - part.begin;
    tokens.reserve(bytes / 5 + parts.size() + 1); // a word and its space average about six bytes
    for (const StreamPart &part : parts) {
        if (part.quote >= 0) {
            Token token;
            token.kind = TokenKind::Quote;
            token.begin = part.begin;
            token.end = part.end;
            token.quote = part.quote;
            tokens.push_back(std::move(token));
        } else {
            tokenizeGap(text, part.begin, part.end, tokens);
        }
    }
    return tokens;
}

bool isWord(const Token &t)
{
    return t.kind == TokenKind::Word;
}

bool isPunct(const Token &t, std::string_view which)
{
    return t.kind == TokenKind::Punct && t.text == which;
}

bool isCapitalised(const Token &t)
{
    if (t.kind != TokenKind::Word || t.text.empty())
        return false;
    const CodePoint first = decodeAt(t.text, 0);
    if (isUpper(first.value))
        return true;
    // Arabic names written "al-Mundiri", "el-Sisi".
    if (t.text.size() > 3 && (t.lower.rfind("al-", 0) == 0 || t.lower.rfind("el-", 0) == 0))
        return isUpper(decodeAt(t.text, 3).value);
    return false;
}

bool isAcronym(const Token &t)
{
    if (t.kind != TokenKind::Word)
        return false;
    int letters = 0;
    for (char ch : t.text) {
        if ((ch >= '0' && ch <= '9') || ch == '+')
            return true;
        if (ch >= 'a' && ch <= 'z')
            return false;
        if (ch >= 'A' && ch <= 'Z')
            ++letters;
    }
    return letters >= 3;
}

bool isInitials(const Token &t)
{
    if (t.kind != TokenKind::Word)
        return false;
    int letters = 0;
    for (char ch : t.text) {
        if (ch >= 'A' && ch <= 'Z')
            ++letters;
        else if (ch != '.')
            return false;
    }
    return letters >= 1 && (letters <= 2 || t.text.find('.') != std::string_view::npos);
}

bool endsSentence(const TokenStream &tokens, std::size_t i)
{
    const Token &t = tokens[i];
    if (t.kind != TokenKind::Punct)
        return false;
    if (t.text == "!" || t.text == "?" || t.text == "\u2026")
        return true;
    if (t.text != ".")
        return false;
    if (i == 0 || tokens[i - 1].kind != TokenKind::Word)
        return true;
    const Token &prev = tokens[i - 1];
    if (prev.end != t.begin)
        return true;
    // Abbreviations and initials: "Ny. Merkel", "Dr. Budi", "Abdul M. Hasan".
    static constexpr std::string_view kAbbrev[] = {
            "ny", "dr",  "prof", "h",   "hj",  "jl", "no",  "st",  "tn",  "drs",  "ir", "kh", "mr", "mrs",
            "ms", "bpk", "sdr",  "dll", "dsb", "vs", "yth", "kol", "let", "jend", "mt", "sh", "se"};
    for (std::string_view a : kAbbrev)
        if (prev.lower == a)
            return false;
    return !isInitials(prev) || prev.text.size() > 2;
}

} // namespace warta
