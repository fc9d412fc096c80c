#include "text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace warta::library {
namespace {

// Letters, digits and private-use characters make words: the characters
// FTS5's unicode61 tokenizer keeps by default.
bool isWordCharacter(UChar32 c)
{
    const int8_t type = u_charType(c);
    switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_PRIVATE_USE_CHAR:
    case U_NON_SPACING_MARK: // a combining accent stays with its letter
        return true;
    default:
        return false;
    }
}

// One word's letters folded: decomposed, accents dropped, lower case.
void appendFolded(std::string_view word, std::string &out)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString text =
            icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(text, status) : text;
    if (U_FAILURE(status))
        decomposed = text;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        kept.append(u_tolower(c));
    }
    kept.toUTF8String(out);
}

// ASCII words, the great majority of Indonesian text, fold without ICU.
bool appendAsciiFolded(std::string_view word, std::string &out)
{
    for (const char c : word)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    for (const char c : word)
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return true;
}

template <typename Visit>
void forEachWord(std::string_view text, Visit visit)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !isWordCharacter(c))
            continue;
        int32_t end = i;
        while (i < length) {
            const int32_t before = i;
            U8_NEXT(bytes, i, length, c);
            if (c < 0 || !isWordCharacter(c)) {
                i = before;
                break;
            }
            end = i;
        }
        i = end;
        visit(static_cast<std::size_t>(start), static_cast<std::size_t>(end));
    }
}

} // namespace

std::string foldKey(std::string_view utf8)
{
    std::string out;
    forEachWord(utf8, [&](std::size_t begin, std::size_t end) {
        if (!out.empty())
            out.push_back(' ');
        const std::string_view word = utf8.substr(begin, end - begin);
        if (!appendAsciiFolded(word, out))
            appendFolded(word, out);
    });
    return out;
}

std::vector<FoldedToken> foldedTokens(std::string_view utf8)
{
    std::vector<FoldedToken> tokens;
    forEachWord(utf8, [&](std::size_t begin, std::size_t end) {
        FoldedToken token{begin, end, {}};
        const std::string_view word = utf8.substr(begin, end - begin);
        if (!appendAsciiFolded(word, token.folded))
            appendFolded(word, token.folded);
        tokens.push_back(std::move(token));
    });
    return tokens;
}

} // namespace warta::library
