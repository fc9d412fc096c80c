#include "warta/text/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

namespace warta {
namespace {

// Characters that render as space: Unicode White_Space (Zs, and the
// controls) minus nothing. Pages use U+00A0 between a name and its title and
// U+202F inside numbers; the corpus's gold treats them all as one space.
bool isSpace(UChar32 c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// Invisible format characters that pages insert to break lines or track
// copies; they are not part of the words.
bool isInvisible(UChar32 c)
{
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

} // namespace

std::string collapseWhitespace(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            out.append(kReplacementCharacter);
            pendingSpace = false;
            continue;
        }
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (isInvisible(c))
            continue;
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    return out;
}

std::string normalizeNfc(std::string_view utf8)
{
    // ASCII is its own NFC, and most fields and paragraphs are ASCII: no trip through UTF-16.
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return std::string(utf8);
    const auto text =
            icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // Most text is already NFC; the quick check avoids a copy on the hot path.
    if (nfc->isNormalized(text, status) && U_SUCCESS(status))
        return std::string(utf8);
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc->normalize(text, status);
    if (U_FAILURE(status))
        return std::string(utf8);
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::string cleanText(std::string_view utf8)
{
    return normalizeNfc(collapseWhitespace(utf8));
}

int countWords(std::string_view utf8)
{
    if (utf8.empty())
        return 0;
    // The root locale's rules are UAX #29, right for Indonesian. Building an iterator from the
    // rules took a quarter of the count of a short article in the profile, so each count clones
    // one built once (clone is const, safe from several threads).
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> built(
                icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(built) : nullptr;
    }();
    if (!prototype)
        return 0;
    const std::unique_ptr<icu::BreakIterator> words(prototype->clone());
    if (!words)
        return 0;
    const auto text =
            icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    words->setText(text);
    int count = 0;
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
        if (words->getRuleStatus() != UBRK_WORD_NONE)
            ++count;
    }
    return count;
}

std::string_view trimAsciiSpace(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (asciiLower(text[i]) != asciiLower(prefix[i]))
            return false;
    }
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && startsWithIgnoringCase(a, b);
}

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace warta
