#include "cite/csl_output.h"

#include <string_view>
#include <utility>

// citeproc-js writes Unicode superscript letters and digits ("1ʳᵉ", "Nº") as
// <sup> markup in HTML. The pairs are Unicode's superscript/modifier
// characters and the base character each one raises.
namespace warta::detail {
namespace {

constexpr std::pair<std::string_view, std::string_view> kSuperscripts[] = {
        {"ª", "a"},   {"²", "2"},   {"³", "3"},   {"¹", "1"},   {"º", "o"},   {"ʰ", "h"},   {"ʱ", "ɦ"},
        {"ʲ", "j"},   {"ʳ", "r"},   {"ʴ", "ɹ"},   {"ʵ", "ɻ"},   {"ʶ", "ʁ"},   {"ʷ", "w"},   {"ʸ", "y"},
        {"ˠ", "ɣ"},   {"ˡ", "l"},   {"ˢ", "s"},   {"ˣ", "x"},   {"ˤ", "ʕ"},   {"ᴬ", "A"},   {"ᴭ", "Æ"},
        {"ᴮ", "B"},   {"ᴰ", "D"},   {"ᴱ", "E"},   {"ᴲ", "Ǝ"},   {"ᴳ", "G"},   {"ᴴ", "H"},   {"ᴵ", "I"},
        {"ᴶ", "J"},   {"ᴷ", "K"},   {"ᴸ", "L"},   {"ᴹ", "M"},   {"ᴺ", "N"},   {"ᴼ", "O"},   {"ᴽ", "Ȣ"},
        {"ᴾ", "P"},   {"ᴿ", "R"},   {"ᵀ", "T"},   {"ᵁ", "U"},   {"ᵂ", "W"},   {"ᵃ", "a"},   {"ᵄ", "ɐ"},
        {"ᵅ", "ɑ"},   {"ᵆ", "ᴂ"},   {"ᵇ", "b"},   {"ᵈ", "d"},   {"ᵉ", "e"},   {"ᵊ", "ə"},   {"ᵋ", "ɛ"},
        {"ᵌ", "ɜ"},   {"ᵍ", "g"},   {"ᵏ", "k"},   {"ᵐ", "m"},   {"ᵑ", "ŋ"},   {"ᵒ", "o"},   {"ᵓ", "ɔ"},
        {"ᵔ", "ᴖ"},   {"ᵕ", "ᴗ"},   {"ᵖ", "p"},   {"ᵗ", "t"},   {"ᵘ", "u"},   {"ᵙ", "ᴝ"},   {"ᵚ", "ɯ"},
        {"ᵛ", "v"},   {"ᵜ", "ᴥ"},   {"ᵝ", "β"},   {"ᵞ", "γ"},   {"ᵟ", "δ"},   {"ᵠ", "φ"},   {"ᵡ", "χ"},
        {"⁰", "0"},   {"ⁱ", "i"},   {"⁴", "4"},   {"⁵", "5"},   {"⁶", "6"},   {"⁷", "7"},   {"⁸", "8"},
        {"⁹", "9"},   {"⁺", "+"},   {"⁻", "−"},   {"⁼", "="},   {"⁽", "("},   {"⁾", ")"},   {"ⁿ", "n"},
        {"℠", "SM"},  {"™", "TM"},  {"㆒", "一"}, {"㆓", "二"}, {"㆔", "三"}, {"㆕", "四"}, {"㆖", "上"},
        {"㆗", "中"}, {"㆘", "下"}, {"㆙", "甲"}, {"㆚", "乙"}, {"㆛", "丙"}, {"㆜", "丁"}, {"㆝", "天"},
        {"㆞", "地"}, {"㆟", "人"}, {"ˀ", "ʔ"},   {"ˁ", "ʕ"},   {"ۥ", "و"},   {"ۦ", "ي"}};

} // namespace

std::string superscriptsToHtml(const std::string &html)
{
    std::string out;
    out.reserve(html.size());
    std::size_t i = 0;
    while (i < html.size()) {
        const auto lead = static_cast<unsigned char>(html[i]);
        if (lead >= 0x80) {
            bool replaced = false;
            for (const auto &[raised, base] : kSuperscripts) {
                if (html.compare(i, raised.size(), raised) == 0) {
                    out += "<sup>";
                    out += base;
                    out += "</sup>";
                    i += raised.size();
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out += html[i];
        ++i;
    }
    return out;
}

} // namespace warta::detail
