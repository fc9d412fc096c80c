#include "commands.h"

#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/extract/loaded_page.h"
#include "warta/load/file_bytes.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace warta {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli cite FILE... [OPTIONS]\n"
        "       warta-cli cite --csl-json ITEMS.json [OPTIONS]\n"
        "\n"
        "Prints the bibliography entry of each saved article (or CSL-JSON item), one line each.\n"
        "  --style ID|PATH   a CSL style id (apa, ieee, …) or a .csl file (default: apa)\n"
        "  --locale LOCALE   force a locale (id-ID, en-GB, …); default: the style's own\n"
        "  --format FORMAT   text (default), html, bibtex, biblatex, ris, csl-json\n"
        "                    or share\n"
        "  --in-text         the citation instead of the bibliography entry\n"
        "  --paragraph N     a pinpoint citation to paragraph N (implies --in-text)\n"
        "  --quote N         a pinpoint citation to the paragraph of quote N (1-based)\n"
        "  --bibliography    the reference list of all the items (sorted, numbered,\n"
        "                    year suffixes), one entry per line\n"
        "  --citations FILE  the citations of a document (a JSON array of clusters in\n"
        "                    citeproc-js's citation format), one line per cluster\n"
        "bibtex, biblatex, ris and share describe saved articles; for CSL-JSON input only\n"
        "text, html and csl-json apply. Errors exit with the error's code.\n";

struct CiteArgs {
    std::vector<std::string> files;
    std::string cslJson;
    std::string citations;
    bool bibliography = false;
    std::string style = "apa";
    std::string locale;
    std::string format = "text";
    bool inText = false;
    std::optional<int> paragraph;
    std::optional<int> quote;
};

int failWith(const Invocation &call, ErrorCode code, const std::string &message)
{
    call.err << "warta-cli: cite: " << message << "\n";
    return static_cast<int>(code);
}

std::optional<int> positiveNumber(const std::string &text)
{
    try {
        std::size_t used = 0;
        int value = std::stoi(text, &used);
        if (used == text.size() && value > 0)
            return value;
    } catch (...) {
    }
    return std::nullopt;
}

// Returns an error message, or empty when the arguments are fine.
std::string parseArgs(const std::vector<std::string> &args, CiteArgs &out)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (arg == "--in-text") {
            out.inText = true;
        } else if (arg == "--bibliography") {
            out.bibliography = true;
        } else if (arg == "--style" || arg == "--locale" || arg == "--format" || arg == "--csl-json" ||
                   arg == "--paragraph" || arg == "--quote" || arg == "--citations") {
            auto v = value();
            if (!v)
                return arg + " needs a value";
            if (arg == "--style")
                out.style = *v;
            else if (arg == "--locale")
                out.locale = *v;
            else if (arg == "--format")
                out.format = *v;
            else if (arg == "--csl-json")
                out.cslJson = *v;
            else if (arg == "--citations")
                out.citations = *v;
            else {
                auto n = positiveNumber(*v);
                if (!n)
                    return arg + " needs a positive number";
                (arg == "--paragraph" ? out.paragraph : out.quote) = n;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            return "unknown option " + arg;
        } else {
            out.files.push_back(arg);
        }
    }
    if (out.files.empty() == out.cslJson.empty())
        return "give either FILE... or --csl-json ITEMS.json";
    if (out.bibliography && !out.citations.empty())
        return "--bibliography and --citations exclude each other";
    if ((out.bibliography || !out.citations.empty()) && (out.inText || out.paragraph || out.quote))
        return "--bibliography and --citations take their pinpoints from the document, not from "
               "--in-text, --paragraph or --quote";
    if (out.paragraph && out.quote)
        return "--paragraph and --quote exclude each other";
    static const char *const kFormats[] = {"text", "html", "bibtex", "biblatex", "ris", "csl-json", "share"};
    bool known = false;
    for (const char *f : kFormats)
        known = known || out.format == f;
    if (!known)
        return "unknown format " + out.format;
    if (!out.cslJson.empty() &&
        (out.format == "bibtex" || out.format == "biblatex" || out.format == "ris" || out.format == "share"))
        return "--format " + out.format + " needs a saved article, not CSL-JSON";
    if (!out.cslJson.empty() && out.quote)
        return "--quote needs a saved article";
    return {};
}

OutputFormat outputFormat(const CiteArgs &args)
{
    return args.format == "html" ? OutputFormat::Html : OutputFormat::Text;
}

// CSL-JSON files are libraries of references, far below this; the limit keeps /dev/zero or a
// huge file from filling memory before the parser sees it.
constexpr std::size_t kMaxCslJsonBytes = 16u * 1024u * 1024u;

// Sentences for what will print incompletely or differently; the output still follows.
void warnAboutInput(const Invocation &call, const CiteArgs &args, const std::vector<CslItem> &items)
{
    for (const auto &item : items) {
        if (!item.has("title"))
            call.err << "warta-cli: cite: the item \"" << item.id() << "\" has no title.\n";
        if (!item.has("issued"))
            call.err << "warta-cli: cite: the item \"" << item.id()
                     << "\" has no date; the style prints what it prints for undated works.\n";
    }
    if (args.locale.empty())
        return;
    auto style = CslStyle::load(args.style);
    if (!style)
        return;
    namespace fs = std::filesystem;
    std::error_code ignored;
    bool found = fs::exists(fs::path(style->localeDir()) / ("locales-" + args.locale + ".xml"), ignored);
    if (!found && args.locale.find('-') == std::string::npos)
        for (const auto &entry : fs::directory_iterator(style->localeDir(), ignored))
            found = found || entry.path().filename().string().rfind("locales-" + args.locale + "-", 0) == 0;
    if (!found)
        call.err << "warta-cli: cite: there is no locale " << args.locale
                 << "; terms and dates fall back to en-US and the style's own.\n";
}

// --bibliography and --citations: one document of all the items.
int renderDocument(const Invocation &call, const CiteArgs &args, const std::vector<CslItem> &items)
{
    std::vector<CitationCluster> clusters;
    if (!args.citations.empty()) {
        auto bytes = readFileBytes(args.citations, kMaxCslJsonBytes,
                                   FileKind{"a citations file", "citation files"});
        if (!bytes)
            return failWith(call, bytes.error().code, args.citations + ": " + bytes.error().message);
        auto parsed = clustersFromJson(bytes.value());
        if (!parsed)
            return failWith(call, parsed.error().code, args.citations + ": " + parsed.error().message);
        clusters = std::move(parsed.value());
    }
    auto citer = Citer::create(args.style, args.locale);
    if (!citer)
        return failWith(call, citer.error().code, citer.error().message);
    auto document = citer->renderDocument(items, clusters, outputFormat(args));
    if (!document)
        return failWith(call, document.error().code, document.error().message);
    for (const auto &problem : document->problems)
        call.err << "warta-cli: cite: " << problem << "\n";
    for (const auto &line : args.citations.empty() ? document->bibliography : document->citations)
        call.out << line << "\n";
    return 0;
}

int citeCslJson(const Invocation &call, const CiteArgs &args)
{
    auto bytes = readFileBytes(args.cslJson, kMaxCslJsonBytes, FileKind{"a CSL-JSON file", "CSL-JSON files"});
    if (!bytes)
        return failWith(call, bytes.error().code, args.cslJson + ": " + bytes.error().message);
    const std::string &json = bytes.value();
    if (args.format == "csl-json") {
        call.out << json;
        return 0;
    }
    auto items = CslItem::listFromJson(json);
    if (!items)
        return failWith(call, items.error().code, args.cslJson + ": " + items.error().message);
    warnAboutInput(call, args, *items);
    if (args.bibliography || !args.citations.empty())
        return renderDocument(call, args, *items);
    auto citer = Citer::create(args.style, args.locale);
    if (!citer)
        return failWith(call, citer.error().code, citer.error().message);
    std::optional<Locator> locator;
    if (args.paragraph)
        locator = Locator{"paragraph", std::to_string(*args.paragraph)};
    auto lines = citer->renderEach(*items, {outputFormat(args), args.inText, locator});
    if (!lines)
        return failWith(call, lines.error().code, lines.error().message);
    for (const auto &line : *lines)
        call.out << line << "\n";
    return 0;
}

// The exports of the whole set: one record per article (CSL-JSON as one array).
void exportArticles(const Invocation &call, const CiteArgs &args, const std::vector<Article> &articles)
{
    if (args.format == "csl-json" && articles.size() > 1)
        call.out << "[\n";
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article &article = articles[i];
        if (args.format == "bibtex" || args.format == "biblatex") {
            ItemOptions options;
            if (args.format == "biblatex")
                options.bibtexDialect = BibtexDialect::Biblatex;
            call.out << (i > 0 ? "\n" : "") << articleToBibtex(article, options);
        } else if (args.format == "ris") {
            call.out << articleToRis(article);
        } else if (args.format == "csl-json") {
            call.out << articleToCslJson(article) << (i + 1 < articles.size() ? "," : "") << "\n";
        } else if (args.format == "share") {
            call.out << (i > 0 ? "\n" : "") << articleShareBlock(article);
        }
    }
    if (args.format == "csl-json" && articles.size() > 1)
        call.out << "]\n";
}

int citeSavedArticles(const Invocation &call, const CiteArgs &args)
{
    int status = 0;
    std::vector<Article> articles;
    for (const auto &file : args.files) {
        auto loaded = loadPage(file);
        if (!loaded) {
            // The other files are still cited; the exit code reports the first failure.
            status = status ? status
                            : failWith(call, loaded.error().code, file + ": " + loaded.error().message);
            continue;
        }
        articles.push_back(std::move(loaded->article));
    }
    if (args.format != "text" && args.format != "html") {
        exportArticles(call, args, articles);
        return status;
    }
    if (args.bibliography || !args.citations.empty()) {
        std::vector<CslItem> items;
        for (const auto &article : articles) {
            auto item = articleToItem(article);
            if (!item)
                return failWith(call, item.error().code, item.error().message);
            items.push_back(std::move(item.value()));
        }
        warnAboutInput(call, args, items);
        const int code = renderDocument(call, args, items);
        return status ? status : code;
    }
    for (const auto &article : articles) {
        CiteOptions options;
        options.style = args.style;
        options.locale = args.locale;
        options.format = outputFormat(args);
        options.inText = args.inText;
        options.pinpoint = {args.paragraph, args.quote};
        auto text = citeArticle(article, options);
        if (!text)
            return failWith(call, text.error().code, text.error().message);
        call.out << *text << "\n";
    }
    return status;
}

} // namespace

int runCite(const Invocation &call)
{
    for (const auto &arg : call.args)
        if (arg == "--help" || arg == "-h") {
            call.out << kHelp;
            return 0;
        }
    CiteArgs args;
    if (std::string problem = parseArgs(call.args, args); !problem.empty()) {
        call.err << "warta-cli: cite: " << problem << "\n" << kHelp;
        return static_cast<int>(ErrorCode::Usage);
    }
    return args.cslJson.empty() ? citeSavedArticles(call, args) : citeCslJson(call, args);
}

} // namespace warta
