#include "extract/news_text.h"

#include "warta/text/text.h"

#include <algorithm>

namespace warta {
namespace {

bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// A dateline word: upper-case letters ("JAKARTA", "KOMPAS.com" is allowed
// through its domain ending), digits and the punctuation of place names.
bool isDatelineWord(std::string_view word)
{
    if (word.empty())
        return false;
    for (std::string_view domain : {".com", ".co.id", ".id", ".net", ".org"}) {
        if (word.ends_with(domain))
            return true;
    }
    bool letter = false;
    for (char c : word) {
        if (isAsciiLower(c))
            return false;
        letter |= isAsciiUpper(c) || static_cast<unsigned char>(c) >= 0x80;
    }
    return letter;
}

// What sites append after the last paragraph: the newsletter, the app, the
// channels to follow, the copyright line. Short, and never prose of the
// article itself ("Never miss the latest news by signing up to our
// newsletter", "© 2022, Example News. All rights reserved.").
bool isClosingPromotion(std::string_view text)
{
    constexpr std::size_t kMaxPromotion = 250;
    if (text.size() > kMaxPromotion)
        return false;
    const std::string lowered = asciiLower(text);
    if (lowered.starts_with("\xC2\xA9") /* © */ || lowered.starts_with("(c) ") ||
        lowered.starts_with("copyright"))
        return true;
    for (std::string_view word :
         {"newsletter",           "subscribe",     "abonnieren",          "sign up",
          "signing up",           "follow us",     "follow the",          "download the",
          "our channel",          "nuestro canal", "canal de telegram",   "canal de youtube",
          "whatsapp channel",     "unseren kanal", "all rights reserved", "rights reserved",
          "copyrighted",          "disclaimer",    "disclosure",          "meinung des autors",
          "opinion of the author"}) {
        if (lowered.find(word) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

bool isPromptParagraph(std::string_view text)
{
    static constexpr std::string_view kPrompts[] = {
            "baca juga", "baca:", "baca selengkapnya", "lihat juga", "lihat grafis", "lihat video",
            "simak juga", "simak video", "ikuti survei", "pilihan:", "tonton juga", "klik di sini",
            "dapatkan berita terbaru", "ikuti berita terkini", "loading",
            // The same prompts in the other languages of the
            // pages Warta reads: links to another article
            // set between the paragraphs.
            "read more:", "read also:", "see also:", "related:", "you might also like", "lesen sie auch",
            "schon gelesen?", "mehr zum thema", "lire aussi", "le puede interesar",
            "puedes ver:", "vea tambi", "lea tambi", "mire:", "leia tamb",
            // Labels of the boxes that follow the text.
            "related coverage", "related articles", "verwandte artikel", "weitere artikel",
            "kommentieren sie", "diesen artikel teilen"};
    const std::string lowered = asciiLower(text.substr(0, 40));
    for (auto prompt : kPrompts) {
        if (lowered.starts_with(prompt))
            return true;
    }
    // The site's own "A A A" text-size control, when its markup was flattened.
    return text == "A A A";
}

std::string removeInlineAsides(std::string text)
{
    // `lowered` keeps step with `text` (ASCII lower-casing keeps every byte where it is), so each
    // paragraph is lower-cased once, not once per opener and removal.
    std::string lowered = asciiLower(text);
    for (std::string_view opener : {"(baca juga", "(baca:", "(lihat juga", "(lihat grafis", "(simak juga"}) {
        for (auto start = lowered.find(opener); start != std::string::npos; start = lowered.find(opener)) {
            const auto close = text.find(')', start);
            const auto end = close == std::string::npos ? text.size() : close + 1;
            text.erase(start, end - start);
            lowered.erase(start, end - start);
        }
    }
    return cleanText(text);
}

std::optional<std::string> editorInitialsOf(std::string_view text)
{
    text = trimSpaces(text);
    if (text.size() < 4 || text.size() > 14 || text.front() != '(' || text.back() != ')')
        return std::nullopt;
    // One case throughout: "(rhs)" or "(ALB)", never a word like "(Ant)".
    const std::string_view inner = text.substr(1, text.size() - 2);
    bool lower = false, upper = false;
    for (char c : inner) {
        lower |= isAsciiLower(c);
        upper |= isAsciiUpper(c);
        if (!isAsciiLower(c) && !isAsciiUpper(c) && c != '/' && c != '-' && c != ' ')
            return std::nullopt;
    }
    if (lower == upper)
        return std::nullopt;
    return std::string(inner);
}

std::optional<std::string> datelineOf(std::string_view paragraph)
{
    std::size_t dash = std::string_view::npos;
    for (std::string_view separator : {" - ", " – ", " — "})
        dash = std::min(dash, paragraph.find(separator));
    if (dash == std::string_view::npos || dash == 0 || dash > 90)
        return std::nullopt;
    const std::string_view head = trimSpaces(paragraph.substr(0, dash));
    std::size_t start = 0;
    while (start < head.size()) {
        auto end = head.find_first_of(" ,", start);
        if (end == std::string_view::npos)
            end = head.size();
        if (end > start && !isDatelineWord(head.substr(start, end - start)))
            return std::nullopt;
        start = end + 1;
    }
    return std::string(head);
}

NewsBody cleanNewsBody(std::vector<RawParagraph> paragraphs, const std::vector<std::string> &authorNames)
{
    NewsBody body;
    for (auto &paragraph : paragraphs) {
        if (isPromptParagraph(paragraph.text))
            continue;
        paragraph.text = removeInlineAsides(std::move(paragraph.text));
        if (paragraph.text.empty())
            continue;
        if (auto initials = editorInitialsOf(paragraph.text)) {
            body.editorInitials = std::move(initials);
            continue;
        }
        body.paragraphs.push_back(std::move(paragraph));
    }
    // Among the last three paragraphs: the sign-off may still follow them.
    constexpr std::size_t kClosingParagraphs = 3;
    for (std::size_t seen = 0; seen < kClosingParagraphs && seen < body.paragraphs.size();) {
        const auto at = body.paragraphs.end() - 1 - static_cast<std::ptrdiff_t>(seen);
        if (isClosingPromotion(at->text))
            body.paragraphs.erase(at);
        else
            ++seen;
    }
    // Initials run into the last sentence on some pages: "… katanya. (pur)".
    if (!body.editorInitials && !body.paragraphs.empty()) {
        std::string &last = body.paragraphs.back().text;
        if (const auto open = last.rfind(" ("); open != std::string::npos) {
            if (auto initials = editorInitialsOf(std::string_view(last).substr(open + 1))) {
                body.editorInitials = std::move(initials);
                last.erase(open);
            }
        }
    }
    // An op-ed opens with its author's name, affiliation and handle.
    if (!body.paragraphs.empty()) {
        const std::string &first = body.paragraphs.front().text;
        for (const auto &name : authorNames) {
            if (!name.empty() && first.starts_with(name) && first.size() < 300 &&
                first.size() > name.size()) {
                body.paragraphs.erase(body.paragraphs.begin());
                break;
            }
        }
    }
    if (!body.paragraphs.empty())
        body.dateline = datelineOf(body.paragraphs.front().text);
    return body;
}

std::optional<std::string> datelineOfForms(std::string_view firstParagraph,
                                           const std::vector<std::string> &forms)
{
    // A place name is a few words: longer, and the form's separator is a
    // colon or dash inside the sentence, not a dateline's.
    constexpr std::size_t kMaxPlaceBytes = 40;
    for (const auto &form : forms) {
        const auto star = form.find('*');
        if (star == std::string::npos)
            continue;
        const std::string_view prefix = std::string_view(form).substr(0, star);
        const std::string_view suffix = std::string_view(form).substr(star + 1);
        if (!firstParagraph.starts_with(prefix) || suffix.empty())
            continue;
        const auto end = firstParagraph.find(suffix, prefix.size());
        if (end == std::string_view::npos || end == prefix.size() || end - prefix.size() > kMaxPlaceBytes)
            continue;
        return std::string(trimSpaces(firstParagraph.substr(0, end)));
    }
    return std::nullopt;
}

} // namespace warta
