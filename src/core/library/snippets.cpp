#include "snippets.h"

#include <algorithm>
#include <set>

namespace warta::library {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // …

// How well a text answers the terms: distinct terms first, then how often.
std::pair<std::size_t, std::size_t> strength(const std::vector<TermMatch> &matches)
{
    std::set<std::size_t> distinct;
    for (const auto &match : matches)
        distinct.insert(match.term);
    return {distinct.size(), matches.size()};
}

bool isAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Whether an ASCII paragraph can hold one of the terms at all: the first word
// of some required term occurs in it, case aside. Most paragraphs of a long
// article hold none, and are then not split into words.
bool mayHold(std::string_view text, const std::vector<SearchTerm> &terms)
{
    if (!isAscii(text))
        return true;
    for (const auto &term : terms) {
        if (term.excluded)
            continue;
        const std::string &word = term.words.front();
        if (!isAscii(word))
            return true;
        const auto found =
                std::search(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
                    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b;
                });
        if (found != text.end())
            return true;
    }
    return false;
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

PlacedSnippet snippetOf(std::string_view text, const std::vector<TermMatch> &matches, std::size_t width)
{
    PlacedSnippet out;
    std::size_t begin = 0, end = text.size();
    if (text.size() > width && !matches.empty()) {
        // Start a little before the first match, so the reader sees what leads to it.
        const std::size_t lead = width / 4;
        begin = matches.front().begin > lead ? matches.front().begin - lead : 0;
        end = std::min(text.size(), begin + width);
        if (end == text.size())
            begin = text.size() > width ? text.size() - width : 0;
        // Cut at spaces, never inside a character.
        if (begin > 0) {
            const std::size_t space = text.find(' ', begin);
            begin = space != std::string_view::npos && space < matches.front().begin ? space + 1 : begin;
            while (begin > 0 && isContinuation(static_cast<unsigned char>(text[begin])))
                --begin;
        }
        if (end < text.size()) {
            const std::size_t space = text.rfind(' ', end);
            end = space != std::string_view::npos && space > begin ? space : end;
            while (end < text.size() && isContinuation(static_cast<unsigned char>(text[end])))
                ++end;
        }
    } else if (text.size() > width) {
        end = width;
        while (end < text.size() && isContinuation(static_cast<unsigned char>(text[end])))
            ++end;
    }
    const std::size_t shift = begin > 0 ? kEllipsis.size() : 0;
    if (begin > 0)
        out.text = kEllipsis;
    out.text.append(text.substr(begin, end - begin));
    if (end < text.size())
        out.text.append(kEllipsis);
    for (const auto &match : matches)
        if (match.begin >= begin && match.end <= end)
            out.highlights.push_back({match.begin - begin + shift, match.end - begin + shift});
    return out;
}

PlacedSnippet placeSnippet(const std::vector<SearchTerm> &terms, std::string_view title,
                           std::string_view body)
{
    std::vector<TermMatch> best;
    std::pair<std::size_t, std::size_t> bestStrength{0, 0};
    int bestParagraph = -1;
    std::string_view bestText;
    int paragraph = 0;
    std::size_t start = 0;
    while (start <= body.size() && !body.empty()) {
        const std::size_t stop = std::min(body.find('\n', start), body.size());
        const std::string_view text = body.substr(start, stop - start);
        auto matches =
                mayHold(text, terms) ? matchTerms(terms, foldedTokens(text)) : std::vector<TermMatch>();
        const auto found = strength(matches);
        if (found > bestStrength) {
            bestStrength = found;
            best = std::move(matches);
            bestParagraph = paragraph;
            bestText = text;
        }
        ++paragraph;
        start = stop + 1;
    }
    const auto titleMatches = matchTerms(terms, foldedTokens(title));
    // The title wins only when it holds more of the terms than any paragraph.
    if (bestParagraph < 0 || strength(titleMatches).first > bestStrength.first) {
        PlacedSnippet out = snippetOf(title, titleMatches);
        out.paragraph = -1;
        return out;
    }
    PlacedSnippet out = snippetOf(bestText, best);
    out.paragraph = bestParagraph;
    return out;
}

} // namespace warta::library
