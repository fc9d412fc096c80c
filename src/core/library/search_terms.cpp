#include "search_terms.h"

namespace warta::library {
namespace {

constexpr std::size_t kShortestTypedPrefix = 3;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Double quotes inside a word would end the FTS5 string: the folded words
// hold only letters and digits, so each is quoted as it is.
std::string quoted(const SearchTerm &term)
{
    if (!term.completions.empty()) {
        std::string out = "(";
        for (std::size_t i = 0; i < term.completions.size(); ++i)
            out += (i ? " OR \"" : "\"") + term.completions[i] + "\"";
        return out + ")";
    }
    std::string out = "\"";
    for (std::size_t i = 0; i < term.words.size(); ++i)
        out += (i ? " " : "") + term.words[i];
    out += "\"";
    if (term.prefix)
        out += "*";
    return out;
}

} // namespace

std::vector<SearchTerm> parseSearchTerms(std::string_view text, bool asYouType)
{
    std::vector<SearchTerm> terms;
    std::size_t i = 0;
    bool lastWasFinished = true;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i >= text.size())
            break;
        SearchTerm term;
        if (text[i] == '-' && i + 1 < text.size() && !isSpace(text[i + 1])) {
            term.excluded = true;
            ++i;
        }
        std::string_view piece;
        if (text[i] == '"') {
            const std::size_t close = text.find('"', i + 1);
            const std::size_t stop = close == std::string_view::npos ? text.size() : close;
            piece = text.substr(i + 1, stop - i - 1);
            i = close == std::string_view::npos ? text.size() : close + 1;
            lastWasFinished = close != std::string_view::npos;
        } else {
            std::size_t stop = i;
            while (stop < text.size() && !isSpace(text[stop]) && text[stop] != '"')
                ++stop;
            piece = text.substr(i, stop - i);
            i = stop;
            lastWasFinished = i < text.size();
        }
        if (!piece.empty() && piece.back() == '*') {
            term.prefix = true;
            piece.remove_suffix(1);
        }
        for (auto &token : foldedTokens(piece))
            term.words.push_back(std::move(token.folded));
        if (!term.words.empty())
            terms.push_back(std::move(term));
    }
    // While typing, the word under the cursor is unfinished: "internet mas"
    // looks for "mas…". Shorter starts match too many words to help (and
    // expanding them costs most): one or two letters stay a word as typed.
    if (asYouType && !lastWasFinished && !terms.empty() && !terms.back().excluded) {
        SearchTerm &last = terms.back();
        if (last.words.back().size() >= kShortestTypedPrefix)
            last.prefix = true;
    }
    return terms;
}

std::string ftsExpression(const std::vector<SearchTerm> &terms)
{
    std::string required;
    std::string excluded;
    for (const auto &term : terms) {
        std::string &into = term.excluded ? excluded : required;
        if (term.excluded)
            into += " NOT " + quoted(term);
        else
            into += (into.empty() ? "" : " AND ") + quoted(term);
    }
    if (required.empty())
        return {};
    return excluded.empty() ? required : "(" + required + ")" + excluded;
}

namespace {

// Whether `term` occurs at token `at`.
bool termAt(const SearchTerm &term, const std::vector<FoldedToken> &tokens, std::size_t at)
{
    if (at + term.words.size() > tokens.size())
        return false;
    for (std::size_t w = 0; w < term.words.size(); ++w) {
        const std::string &token = tokens[at + w].folded;
        const std::string &word = term.words[w];
        const bool last = w + 1 == term.words.size();
        if (!((last && term.prefix) ? token.compare(0, word.size(), word) == 0 : token == word))
            return false;
    }
    return true;
}

} // namespace

std::vector<TermMatch> matchTerms(const std::vector<SearchTerm> &terms,
                                  const std::vector<FoldedToken> &tokens)
{
    std::vector<TermMatch> matches;
    for (std::size_t at = 0; at < tokens.size(); ++at) {
        for (std::size_t t = 0; t < terms.size(); ++t) {
            if (!terms[t].excluded && termAt(terms[t], tokens, at)) {
                matches.push_back({tokens[at].begin, tokens[at + terms[t].words.size() - 1].end, t});
                break;
            }
        }
    }
    return matches;
}

bool holdsTerms(const std::vector<SearchTerm> &terms, const std::vector<FoldedToken> &tokens)
{
    for (const auto &term : terms) {
        bool found = false;
        for (std::size_t at = 0; at < tokens.size() && !found; ++at)
            found = termAt(term, tokens, at);
        if (found == term.excluded)
            return false;
    }
    return true;
}

} // namespace warta::library
