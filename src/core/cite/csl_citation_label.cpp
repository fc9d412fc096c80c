#include "cite/csl_citation_label.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

// CSL 1.0.2 leaves the generated citation-label to the processor; this follows
// citeproc-js's default trigraph: one name gives four letters, two names two
// letters each, three names two, one and one, four or more one letter each of
// the first four; then the last two digits of the year issued.
namespace warta::detail {
namespace {

std::string firstLetters(const CslName &name, int count)
{
    const std::string &source =
            name.isLiteral() ? (name.literal.empty() ? name.family : name.literal) : name.family;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(source);
    icu::UnicodeString letters;
    for (int32_t i = 0; i < text.length() && letters.countChar32() < count;) {
        const UChar32 c = text.char32At(i);
        if (u_isalpha(c))
            letters.append(c);
        i = text.moveIndex32(i, 1);
    }
    std::string out;
    letters.toUTF8String(out);
    return out;
}

} // namespace

std::string generatedCitationLabel(const ItemData &item)
{
    const std::vector<CslName> *names = nullptr;
    for (const char *role : {"author", "editor", "translator"})
        if (auto it = item.names.find(role); it != item.names.end() && !it->second.empty()) {
            names = &it->second;
            break;
        }
    if (names == nullptr)
        return {};
    static const int kLetters[4][4] = {{4, 0, 0, 0}, {2, 2, 0, 0}, {2, 1, 1, 0}, {1, 1, 1, 1}};
    const std::size_t pattern = std::min<std::size_t>(names->size(), 4) - 1;
    std::string label;
    for (std::size_t i = 0; i < 4 && i < names->size(); ++i)
        if (kLetters[pattern][i] > 0)
            label += firstLetters((*names)[i], kLetters[pattern][i]);
    if (auto it = item.dates.find("issued"); it != item.dates.end() && !it->second.parts.empty()) {
        const int year = it->second.parts.front()[0];
        if (year > 0) {
            const int twoDigits = year % 100;
            label += std::to_string(twoDigits / 10) + std::to_string(twoDigits % 10);
        }
    }
    return label;
}

} // namespace warta::detail
