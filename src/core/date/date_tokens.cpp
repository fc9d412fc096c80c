#include "date/date_tokens_p.h"

namespace warta {

namespace {

enum class CharClass {
    Space,
    Digit,
    Word,
    Punct
};

CharClass classify(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F)
        return CharClass::Space;
    if (c >= '0' && c <= '9')
        return CharClass::Digit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || byte >= 0x80)
        return CharClass::Word;
    return CharClass::Punct;
}

int numberValue(std::string_view digits)
{
    if (digits.size() > 9)
        return -1;
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

} // namespace

std::vector<DateToken> tokenizeDateText(std::string_view folded)
{
    std::vector<DateToken> tokens;
    bool spaceBefore = false;
    std::size_t i = 0;
    while (i < folded.size()) {
        const CharClass cls = classify(folded[i]);
        if (cls == CharClass::Space) {
            spaceBefore = true;
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        if (cls != CharClass::Punct) {
            while (end < folded.size() && classify(folded[end]) == cls)
                ++end;
        }
        DateToken token;
        token.text = folded.substr(i, end - i);
        token.spaceBefore = spaceBefore;
        if (cls == CharClass::Digit) {
            token.kind = DateToken::Kind::Number;
            token.value = numberValue(token.text);
        } else {
            token.kind = cls == CharClass::Word ? DateToken::Kind::Word : DateToken::Kind::Punct;
        }
        tokens.push_back(token);
        spaceBefore = false;
        i = end;
    }
    return tokens;
}

} // namespace warta
