#include "quotes/utf8_text.h"

namespace warta {

namespace {

unsigned char byteAt(std::string_view text, std::size_t i)
{
    return static_cast<unsigned char>(text[i]);
}

bool isContinuation(unsigned char b)
{
    return (b & 0xC0U) == 0x80U;
}

} // namespace

CodePoint decodeMultiByte(std::string_view text, std::size_t at)
{
    const unsigned char lead = byteAt(text, at);
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        value = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        value = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        value = lead & 0x07U;
    } else
        return {0xFFFD, 1};
    if (at + length > text.size())
        return {0xFFFD, 1};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = byteAt(text, at + i);
        if (!isContinuation(b))
            return {0xFFFD, 1};
        value = (value << 6) | (b & 0x3FU);
    }
    return {value, length};
}

CodePoint decodeBefore(std::string_view text, std::size_t at)
{
    if (at == 0 || at > text.size())
        return {0, 0};
    std::size_t start = at - 1;
    // At most three continuation bytes belong to one code point.
    while (start > 0 && at - start < 4 && isContinuation(byteAt(text, start)))
        --start;
    const CodePoint cp = decodeAt(text, start);
    if (start + cp.size != at)
        return {0xFFFD, 1};
    return cp;
}

bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    if (c < 0xC0)
        return false;
    if (c == 0xD7 || c == 0xF7)
        return false;
    if (c >= 0x2000 && c <= 0x2BFF)
        return false; // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F)
        return false;
    if (c == 0xFFFD || c == 0xFEFF)
        return false;
    return true;
}

bool isUpper(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool isQuoteMark(char32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2018 || c == 0x2019 ||
           c == 0x00AB || c == 0x00BB;
}

void lowerAscii(std::string_view word, std::string &out)
{
    out.assign(word);
    for (char &ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
}

} // namespace warta
