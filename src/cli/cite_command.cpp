#include "commands.h"

#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/extract/extract.h"
#include "warta/load/file_bytes.h"

#include <optional>
#include <ostream>
#include <string>

namespace warta::cli {
namespace {

constexpr const char *kHelp =
        "usage: warta-cli cite FILE [OPTIONS]\n"
        "       warta-cli cite --csl-json ITEMS.json [OPTIONS]\n"
        "\n"
        "Prints the bibliography entry of a saved article (or of CSL-JSON items, one line each).\n"
        "  --style ID|PATH   a CSL style id (apa, ieee, …) or a .csl file (default: apa)\n"
        "  --locale LOCALE   force a locale (id-ID, en-GB, …); default: the style's own\n"
        "  --format FORMAT   text (default), html, bibtex, biblatex, ris, csl-json\n"
        "                    or share\n"
        "  --in-text         the citation instead of the bibliography entry\n"
        "  --paragraph N     a pinpoint citation to paragraph N (implies --in-text)\n"
        "  --quote N         a pinpoint citation to the paragraph of quote N (1-based)\n"
        "bibtex, biblatex, ris, csl-json and share describe a saved article; for CSL-JSON input only\n"
        "text, html and csl-json apply. Errors exit with the error's code.\n";

struct CiteArgs {
    std::string file;
    std::string cslJson;
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
        } else if (arg == "--style" || arg == "--locale" || arg == "--format" || arg == "--csl-json" ||
                   arg == "--paragraph" || arg == "--quote") {
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
            else {
                auto n = positiveNumber(*v);
                if (!n)
                    return arg + " needs a positive number";
                (arg == "--paragraph" ? out.paragraph : out.quote) = n;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            return "unknown option " + arg;
        } else if (out.file.empty()) {
            out.file = arg;
        } else {
            return "one FILE at a time";
        }
    }
    if (out.file.empty() == out.cslJson.empty())
        return "give either FILE or --csl-json ITEMS.json";
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

cite::OutputFormat outputFormat(const CiteArgs &args)
{
    return args.format == "html" ? cite::OutputFormat::Html : cite::OutputFormat::Text;
}

// CSL-JSON files are libraries of references, far below this; the limit keeps /dev/zero or a
// huge file from filling memory before the parser sees it.
constexpr std::size_t kMaxCslJsonBytes = 16u * 1024u * 1024u;

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
    auto items = cite::CslItem::listFromJson(json);
    if (!items)
        return failWith(call, items.error().code, args.cslJson + ": " + items.error().message);
    auto citer = cite::Citer::create(args.style, args.locale);
    if (!citer)
        return failWith(call, citer.error().code, citer.error().message);
    std::optional<cite::Locator> locator;
    if (args.paragraph)
        locator = cite::Locator{"paragraph", std::to_string(*args.paragraph)};
    auto lines = citer->renderEach(*items, {outputFormat(args), args.inText, locator});
    if (!lines)
        return failWith(call, lines.error().code, lines.error().message);
    for (const auto &line : *lines)
        call.out << line << "\n";
    return 0;
}

int citeSavedArticle(const Invocation &call, const CiteArgs &args)
{
    auto article = extractFile(args.file);
    if (!article)
        return failWith(call, article.error().code, args.file + ": " + article.error().message);
    if (args.format == "bibtex" || args.format == "biblatex") {
        cite::ItemOptions options;
        if (args.format == "biblatex")
            options.bibtexDialect = cite::BibtexDialect::Biblatex;
        call.out << cite::articleToBibtex(article.value(), options);
    } else if (args.format == "ris")
        call.out << cite::articleToRis(article.value());
    else if (args.format == "csl-json")
        call.out << cite::articleToCslJson(article.value()) << "\n";
    else if (args.format == "share")
        call.out << cite::articleShareBlock(article.value());
    if (args.format != "text" && args.format != "html")
        return 0;
    cite::CiteOptions options;
    options.style = args.style;
    options.locale = args.locale;
    options.format = outputFormat(args);
    options.inText = args.inText;
    options.pinpoint = {args.paragraph, args.quote};
    auto text = cite::citeArticle(article.value(), options);
    if (!text)
        return failWith(call, text.error().code, text.error().message);
    call.out << *text << "\n";
    return 0;
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
    return args.cslJson.empty() ? citeSavedArticle(call, args) : citeCslJson(call, args);
}

} // namespace warta::cli
