#include "commands.h"
#include "library_access.h"
#include "library_filter_options.h"
#include "library_json.h"
#include "option_parser.h"
#include "terminal_text.h"

#include "warta/cite/citation_processor.h"
#include "warta/cite/cite_article.h"
#include "warta/library/library.h"

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli quotes --speaker NAME [--from DATE] [--to DATE] [--site S] [--tag T]\n"
        "                        [--style ID|PATH] [--locale LOCALE] [--limit N] [--json]\n"
        "                        [--library PATH]\n"
        "\n"
        "The quotes of one person across the library (any form of the name), newest article\n"
        "first, each with its article, paragraph and an in-text citation pinned to the paragraph.\n"
        "(With FILE... instead, 'warta-cli quotes' lists the quotes of saved pages: --help there.)\n"
        "  --from DATE  --to DATE   articles published on or after / on or before YYYY[-MM[-DD]]\n"
        "  --site S  --tag T        articles of that site or tag\n"
        "  --style ID|PATH          the citation style (default: apa); --locale LOCALE its language\n"
        "  --limit N                at most N quotes (default 1000)\n"
        "  --json                   an array: text, speaker, role, verb, paragraph (0-based),\n"
        "                           high_confidence, article, citation\n"
        "  --library PATH           the database (default: $XDG_DATA_HOME/warta/library.sqlite)\n";

struct QuoteArgs {
    LibraryFilter filter;
    std::string style = "apa";
    std::string locale;
    std::string library;
    std::string limit;
    bool json = false;
};

// The in-text citations of the quotes, one style made ready once; each
// article's CSL-JSON read once however many of its quotes are listed.
class QuoteCiter {
public:
    QuoteCiter(const Library &library, Citer citer) : m_library(library), m_citer(std::move(citer)) {}

    std::optional<std::string> cite(const LibraryQuote &quote, std::string &problem)
    {
        auto found = m_items.find(quote.article.id);
        if (found == m_items.end()) {
            std::optional<CslItem> item;
            auto json = m_library.cslJson(quote.article.id);
            if (json) {
                auto parsed = CslItem::fromJson(*json);
                if (parsed)
                    item = std::move(parsed.value());
                else
                    problem = parsed.error().message;
            } else {
                problem = json.error().message;
            }
            found = m_items.emplace(quote.article.id, std::move(item)).first;
        }
        if (!found->second)
            return std::nullopt;
        const Locator locator{"paragraph", std::to_string(quote.paragraph + 1)};
        auto text = m_citer.renderOne(*found->second, {OutputFormat::Text, true, locator});
        if (!text) {
            problem = text.error().message;
            return std::nullopt;
        }
        return std::move(text.value());
    }

private:
    const Library &m_library;
    Citer m_citer;
    std::map<std::int64_t, std::optional<CslItem>> m_items;
};

nlohmann::ordered_json quoteJson(const LibraryQuote &quote, const std::optional<std::string> &citation)
{
    const auto orNull = [](const std::optional<std::string> &v) {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
    };
    return {{"text", quote.text},
            {"speaker", orNull(quote.speaker)},
            {"role", orNull(quote.role)},
            {"verb", quote.verb},
            {"paragraph", quote.paragraph},
            {"high_confidence", quote.highConfidence},
            {"article", libraryArticleJson(quote.article)},
            {"citation", orNull(citation)}};
}

void printQuote(const Invocation &call, const LibraryQuote &quote, const std::optional<std::string> &citation)
{
    const LibraryArticle &article = quote.article;
    call.out << "\n\u201C" << terminalSafe(quote.text) << "\u201D\n   \u2014 "
             << terminalSafe(quote.speaker.value_or("unnamed"));
    if (quote.role)
        call.out << " (" << terminalSafe(*quote.role) << ")";
    if (!quote.verb.empty())
        call.out << ", " << terminalSafe(quote.verb);
    call.out << " \u00B7 \u00B6 " << quote.paragraph + 1 << "\n   " << terminalSafe(article.title);
    if (!article.site.empty())
        call.out << " \u00B7 " << terminalSafe(article.site);
    if (article.published)
        call.out << " \u00B7 " << article.published->toIso8601().substr(0, 10);
    call.out << '\n';
    if (citation)
        call.out << "   " << terminalSafe(*citation) << '\n';
    call.out << "   " << terminalSafe(article.path) << '\n';
}

} // namespace

int runLibraryQuotes(const Invocation &call)
{
    if (wantsHelp(call.args)) {
        call.out << kHelp;
        return 0;
    }
    QuoteArgs args;
    std::vector<std::string> positional;
    OptionParser options;
    options.value("--style", args.style)
            .value("--locale", args.locale)
            .value("--library", args.library)
            .value("--limit", args.limit)
            .flag("--json", args.json);
    addFilterOptions(options, args.filter, true);
    auto problem = options.parse(call.args, positional);
    if (!problem)
        problem = filterProblem(args.filter);
    if (!problem && !positional.empty())
        problem = "--speaker reads the library; give no FILE with it";
    if (!problem && args.filter.speaker.empty())
        problem = "--speaker needs a name";
    std::size_t limit = 1000;
    if (!problem && !args.limit.empty()) {
        const auto count = positiveCount(args.limit, 1000000);
        if (!count)
            problem = "--limit needs a positive number";
        else
            limit = *count;
    }
    if (problem) {
        call.err << "warta-cli: quotes: " << *problem << "\n" << kHelp;
        return static_cast<int>(ErrorCode::Usage);
    }
    const std::string path = libraryPathOf(call, args.library);
    if (path.empty())
        return static_cast<int>(ErrorCode::Usage);
    // The style is checked before the library is read: a typo fails at once.
    auto citer = Citer::create(args.style, args.locale);
    if (!citer) {
        call.err << "warta-cli: quotes: " << terminalSafe(citer.error().message) << '\n';
        return static_cast<int>(citer.error().code);
    }
    auto opened = openLibrary(call, path, LibraryAccess::ReadOnly);
    if (!opened.library)
        return opened.exitCode;
    const std::string speaker = args.filter.speaker;
    LibraryFilter filter = args.filter;
    filter.speaker.clear();
    const auto quotes = opened.library->quotesOf(speaker, filter, limit);
    if (!quotes)
        return reportLibraryError(call, path, quotes.error());
    QuoteCiter citations(*opened.library, std::move(citer.value()));
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    if (!args.json)
        call.out << quotes->size() << (quotes->size() == 1 ? " quote of " : " quotes of ")
                 << terminalSafe(speaker) << '\n';
    bool said = false;
    for (const LibraryQuote &quote : *quotes) {
        std::string citeProblem;
        const auto citation = citations.cite(quote, citeProblem);
        if (!citeProblem.empty() && !said) {
            call.err << "warta-cli: quotes: a citation could not be made (" << terminalSafe(citeProblem)
                     << "); the quote is listed without it.\n";
            said = true;
        }
        if (args.json)
            list.push_back(quoteJson(quote, citation));
        else
            printQuote(call, quote, citation);
    }
    if (args.json)
        call.out << jsonText(list) << '\n';
    return 0;
}

} // namespace warta
