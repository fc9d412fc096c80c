#include "commands.h"
#include "library_access.h"
#include "library_filter_options.h"
#include "library_json.h"
#include "option_parser.h"
#include "terminal_text.h"

#include "warta/library/library.h"

#include <ostream>
#include <string>
#include <vector>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli search QUERY [--quotes] [--speaker NAME] [--author NAME] [--site S] [--tag T]\n"
        "                        [--from DATE] [--to DATE] [--limit N] [--json] [--library PATH]\n"
        "\n"
        "Searches the library's titles, paragraphs and quotes; one hit per article, best first,\n"
        "with the paragraph it is in and the words around it (in bold on a terminal).\n"
        "QUERY: every word is required; \"a phrase\" in quotes, desa* a prefix, -word excluded;\n"
        "case and diacritics do not matter.\n"
        "  --quotes          search the quotes only (implied by --speaker)\n"
        "  --speaker NAME    quotes of this person (any form of the name)\n"
        "  --author NAME     --site S  --tag T   articles of that author, site or tag\n"
        "  --from DATE       --to DATE   published on or after / on or before YYYY[-MM[-DD]]\n"
        "  --limit N         at most N hits (default 20)\n"
        "  --json            an object: total, hits (article, kind, paragraph 0-based, snippet,\n"
        "                    highlights as [begin, end] byte ranges of the snippet, speaker, score)\n"
        "  --library PATH    the database (default: $XDG_DATA_HOME/warta/library.sqlite)\n";

const char *kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Title:
        return "title";
    case SearchHit::Kind::Quote:
        return "quote";
    case SearchHit::Kind::Paragraph:
        break;
    }
    return "paragraph";
}

// `listing`: the articles of a filter, not hits of words (no snippet, kind "article").
nlohmann::ordered_json hitJson(const SearchHit &hit, bool listing)
{
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const Highlight &highlight : hit.highlights)
        highlights.push_back({highlight.begin, highlight.end});
    return {{"article", libraryArticleJson(hit.article)},
            {"kind", listing ? "article" : kindName(hit.kind)},
            {"paragraph",
             hit.paragraph >= 0 ? nlohmann::ordered_json(hit.paragraph) : nlohmann::ordered_json()},
            {"snippet", hit.snippet},
            {"highlights", highlights},
            {"speaker", hit.speaker ? nlohmann::ordered_json(*hit.speaker) : nlohmann::ordered_json()},
            {"score", hit.score}};
}

// Where the hit is: "SINDOnews · 2019-06-27 · ¶ 3 · quote of NAME" (what is known of it).
std::string hitPlace(const SearchHit &hit, bool listing)
{
    std::vector<std::string> parts;
    if (!hit.article.site.empty())
        parts.push_back(terminalSafe(hit.article.site));
    if (hit.article.published)
        parts.push_back(hit.article.published->toIso8601().substr(0, 10));
    if (!listing && hit.kind == SearchHit::Kind::Title)
        parts.push_back("title");
    else if (!listing && hit.paragraph >= 0)
        parts.push_back("\u00B6 " + std::to_string(hit.paragraph + 1));
    if (!listing && hit.kind == SearchHit::Kind::Quote)
        parts.push_back("quote of " +
                        (hit.speaker ? terminalSafe(*hit.speaker) : std::string("someone unnamed")));
    std::string place;
    for (const auto &part : parts)
        place += (place.empty() ? "" : " \u00B7 ") + part;
    return place;
}

void printHits(const Invocation &call, const SearchResult &result, const SearchQuery &query)
{
    const std::string &text = query.text;
    const bool listing = text.empty();
    const bool bold = boldOnStdout();
    // A quote search has one hit per quote, any other one per article.
    const bool quotes = !listing && (query.quotesOnly || !query.filter.speaker.empty());
    const bool one = result.total == 1 && !result.totalIsAtLeast;
    call.out << (result.totalIsAtLeast ? "more than " : "") << result.total
             << (quotes ? (one ? " quote matches" : " quotes match")
                        : (one ? " article matches" : " articles match"));
    if (!text.empty())
        call.out << " \"" << terminalSafe(text) << "\"";
    if (result.hits.size() < result.total)
        call.out << " (the first " << result.hits.size() << " shown; --limit N for more)";
    call.out << '\n';
    std::size_t rank = 0;
    for (const SearchHit &hit : result.hits) {
        call.out << '\n'
                 << ++rank << ". " << terminalSafe(hit.article.title) << "\n   " << hitPlace(hit, listing)
                 << "\n   ";
        if (!listing)
            call.out << highlightedSnippet(hit.snippet, hit.highlights, bold) << "\n   ";
        call.out << terminalSafe(hit.article.path) << '\n';
    }
}

// A filter without words: its articles, newest first, as hits without a snippet.
Expected<SearchResult> filtered(const Library &library, const SearchQuery &query)
{
    auto articles = library.articles(query.filter, ArticleOrder::Newest, 0, query.limit);
    if (!articles)
        return Unexpected{articles.error()};
    auto total = library.articleCount(query.filter);
    if (!total)
        return Unexpected{total.error()};
    SearchResult result;
    result.total = static_cast<std::size_t>(*total);
    for (auto &article : *articles) {
        SearchHit hit;
        hit.article = std::move(article);
        hit.kind = SearchHit::Kind::Title;
        result.hits.push_back(std::move(hit));
    }
    return result;
}

} // namespace

int runSearch(const Invocation &call)
{
    if (wantsHelp(call.args)) {
        call.out << kHelp;
        return 0;
    }
    SearchQuery query;
    query.limit = 20;
    std::string library;
    std::string limit;
    bool json = false;
    std::vector<std::string> words;
    OptionParser options;
    options.flag("--quotes", query.quotesOnly)
            .flag("--json", json)
            .value("--limit", limit)
            .value("--library", library);
    addFilterOptions(options, query.filter, true);
    auto problem = options.parse(call.args, words);
    if (!problem)
        problem = filterProblem(query.filter);
    if (!problem && !limit.empty()) {
        const auto count = positiveCount(limit, 10000);
        if (!count)
            problem = "--limit needs a number from 1 to 10000";
        else
            query.limit = *count;
    }
    for (const auto &word : words)
        query.text += (query.text.empty() ? "" : " ") + word;
    const LibraryFilter &f = query.filter;
    if (!problem && query.text.empty() && f.site.empty() && f.tag.empty() && f.author.empty() &&
        f.speaker.empty() && f.from.empty() && f.to.empty())
        problem = "give words to search for, or a filter (--speaker, --site, --from, …)";
    auto opened = openForReading(call, "search", problem, kHelp, library);
    if (!opened.library)
        return opened.exitCode;
    const auto result = query.text.empty() ? filtered(*opened.library, query) : opened.library->search(query);
    if (!result) {
        if (result.error().code == ErrorCode::BadInput || result.error().code == ErrorCode::Usage) {
            call.err << "warta-cli: search: " << terminalSafe(result.error().message) << '\n';
            return static_cast<int>(result.error().code);
        }
        return reportLibraryError(call, opened.library->path(), result.error());
    }
    if (json) {
        nlohmann::ordered_json hits = nlohmann::ordered_json::array();
        for (const SearchHit &hit : result->hits)
            hits.push_back(hitJson(hit, query.text.empty()));
        call.out << jsonText(nlohmann::ordered_json{{"query", query.text},
                                                    {"total", result->total},
                                                    {"total_is_at_least", result->totalIsAtLeast},
                                                    {"hits", hits}})
                 << '\n';
    } else {
        printHits(call, *result, query);
    }
    return 0;
}

} // namespace warta
