#include "cite/csl_text_case.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <functional>
#include <set>

namespace warta::detail {
namespace {

icu::UnicodeString fromUtf8(const std::string &text)
{
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string toUtf8(const icu::UnicodeString &text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool hasUpper(const icu::UnicodeString &text)
{
    for (int32_t i = 0; i < text.length(); ++i)
        if (u_isupper(text.char32At(i)))
            return true;
    return false;
}

bool hasLower(const icu::UnicodeString &text)
{
    for (int32_t i = 0; i < text.length(); ++i)
        if (u_islower(text.char32At(i)))
            return true;
    return false;
}

// Upper-cases the first letter at or after `from`; returns the string.
void capitalizeAt(icu::UnicodeString &text, int32_t from)
{
    for (int32_t i = from; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (u_isalpha(c)) {
            icu::UnicodeString letter(c);
            letter.toUpper(icu::Locale::getRoot());
            text.replace(i, U16_LENGTH(c), letter);
            return;
        }
        if (!u_ispunct(c))
            return;
    }
}

const std::set<std::string> &stopWords()
{
    static const std::set<std::string> kWords = {
            "a",       "about",  "above", "across", "after",   "against", "along",   "among",   "an",
            "and",     "around", "as",    "at",     "before",  "behind",  "below",   "beneath", "beside",
            "between", "beyond", "but",   "by",     "down",    "during",  "except",  "for",     "from",
            "in",      "inside", "into",  "like",   "near",    "nor",     "of",      "off",     "on",
            "onto",    "or",     "out",   "over",   "per",     "since",   "so",      "than",    "the",
            "through", "till",   "to",    "toward", "towards", "under",   "until",   "unto",    "up",
            "upon",    "versus", "via",   "vs.",    "with",    "within",  "without", "yet",     "de",
            "von",     "van"};
    return kWords;
}

struct Word {
    int32_t start;
    int32_t end;
};

std::vector<Word> splitWords(const icu::UnicodeString &text)
{
    std::vector<Word> words;
    int32_t i = 0;
    while (i < text.length()) {
        while (i < text.length() && u_isspace(text.char32At(i)))
            ++i;
        int32_t start = i;
        while (i < text.length() && !u_isspace(text.char32At(i)))
            ++i;
        if (i > start)
            words.push_back({start, i});
    }
    return words;
}

// Title case as citeproc-js prints it: lower-case words are capitalised and
// stop words stay lower-case (not first or last); words with capitals stay as
// they are, so an all-capitals title is left alone ("UK", "OC 1"). Parts after
// "-", "–", "—", "/" and "." count as words ("E-Mail", "Traits—Self-Esteem"),
// and a single letter that does not start the title stays lower-case ("The x
// Factor", "07-x").
std::string titleCase(const std::string &input, bool &atStart, bool lastLeaf)
{
    icu::UnicodeString text = fromUtf8(input);
    auto isBreak = [](UChar32 c) { return c == '-' || c == '/' || c == '.' || c == 0x2013 || c == 0x2014; };
    std::vector<Word> words = splitWords(text);
    for (std::size_t w = 0; w < words.size(); ++w) {
        icu::UnicodeString word(text, words[w].start, words[w].end - words[w].start);
        std::string lower = toUtf8(icu::UnicodeString(word).toLower(icu::Locale::getRoot()));
        bool first = atStart;
        atStart = false;
        bool last = lastLeaf && w + 1 == words.size();
        if (!first && !last && stopWords().count(lower)) {
            if (!hasUpper(word))
                text.replace(words[w].start, word.length(), fromUtf8(lower));
        } else {
            if (!hasUpper(word) && (first || word.countChar32() > 1))
                capitalizeAt(text, words[w].start);
            for (int32_t i = words[w].start; i < words[w].end; ++i) {
                UChar32 c = text.charAt(i);
                if (!(isBreak(c) && i + 1 < words[w].end))
                    continue;
                int32_t end = i + 1;
                while (end < words[w].end && u_isalpha(text.char32At(end)))
                    ++end;
                icu::UnicodeString piece(text, i + 1, end - i - 1);
                if (piece.countChar32() < 2 || hasUpper(piece))
                    continue;
                if (c != '/' && c != '.' && stopWords().count(toUtf8(piece)))
                    continue;
                capitalizeAt(text, i + 1);
            }
        }
        UChar32 tail = word.length() ? word.char32At(word.length() - 1) : 0;
        if (tail == ':' || tail == '?' || tail == '!')
            atStart = true;
    }
    return toUtf8(text);
}

void forLeaves(Out &out, const std::function<void(Out &)> &visit)
{
    if (out.nocase)
        return;
    if (out.isLeaf) {
        if (!out.text.empty())
            visit(out);
        return;
    }
    for (auto &kid : out.kids)
        forLeaves(kid, visit);
}

Out *firstLeaf(Out &out)
{
    if (out.isLeaf)
        return out.text.empty() ? nullptr : &out;
    for (auto &kid : out.kids)
        if (Out *leaf = firstLeaf(kid))
            return leaf;
    return nullptr;
}

// The last printed leaf, nocase or not: only there is a word "the last word".
const Out *lastLeaf(const Out &out)
{
    if (out.isLeaf)
        return out.text.empty() ? nullptr : &out;
    for (auto it = out.kids.rbegin(); it != out.kids.rend(); ++it)
        if (const Out *leaf = lastLeaf(*it))
            return leaf;
    return nullptr;
}

std::string allText(const Out &out)
{
    if (out.isLeaf)
        return out.text;
    std::string text;
    for (const auto &kid : out.kids)
        text += allText(kid);
    return text;
}

} // namespace

std::string toLowerUtf8(const std::string &text)
{
    return toUtf8(fromUtf8(text).toLower(icu::Locale::getRoot()));
}

std::string toUpperUtf8(const std::string &text)
{
    return toUtf8(fromUtf8(text).toUpper(icu::Locale::getRoot()));
}

std::string capitalizeFirstUtf8(const std::string &text)
{
    icu::UnicodeString value = fromUtf8(text);
    capitalizeAt(value, 0);
    return toUtf8(value);
}

void applyTextCase(Out &out, const std::string &textCase, bool english)
{
    if (textCase.empty() || out.nocase)
        return;
    if (textCase == "lowercase") {
        forLeaves(out, [](Out &leaf) { leaf.text = toLowerUtf8(leaf.text); });
    } else if (textCase == "uppercase") {
        forLeaves(out, [](Out &leaf) { leaf.text = toUpperUtf8(leaf.text); });
    } else if (textCase == "capitalize-first") {
        if (Out *leaf = firstLeaf(out); leaf && !leaf->nocase)
            leaf->text = capitalizeFirstUtf8(leaf->text);
    } else if (textCase == "capitalize-all") {
        forLeaves(out, [](Out &leaf) {
            icu::UnicodeString text = fromUtf8(leaf.text);
            for (const Word &word : splitWords(text))
                capitalizeAt(text, word.start);
            leaf.text = toUtf8(text);
        });
    } else if (textCase == "sentence") {
        icu::UnicodeString whole = fromUtf8(allText(out));
        if (hasUpper(whole) && !hasLower(whole))
            forLeaves(out, [](Out &leaf) { leaf.text = toLowerUtf8(leaf.text); });
        if (Out *leaf = firstLeaf(out); leaf && !leaf->nocase)
            leaf->text = capitalizeFirstUtf8(leaf->text);
    } else if (textCase == "title" && english) {
        bool atStart = true;
        const Out *last = lastLeaf(out);
        // Visit nocase leaves too: they end a sentence start ("…: <nocase>How</nocase> of").
        std::function<void(Out &, bool)> visit = [&](Out &node, bool nocase) {
            nocase = nocase || node.nocase;
            if (node.isLeaf) {
                if (node.text.empty())
                    return;
                if (nocase)
                    atStart = false;
                else
                    node.text = titleCase(node.text, atStart, &node == last);
                return;
            }
            for (auto &kid : node.kids)
                visit(kid, nocase);
        };
        visit(out, false);
    }
}

void stripPeriods(Out &out)
{
    if (out.isLeaf) {
        // As citeproc-js: a period before a lower-case letter stays ("SINDOnews.com").
        std::string kept;
        for (std::size_t i = 0; i < out.text.size(); ++i) {
            const char next = i + 1 < out.text.size() ? out.text[i + 1] : '\0';
            if (out.text[i] == '.' && !(next >= 'a' && next <= 'z'))
                continue;
            kept += out.text[i];
        }
        out.text = kept;
        return;
    }
    for (auto &kid : out.kids)
        stripPeriods(kid);
}

} // namespace warta::detail
