#include "commands.h"

#include "warta/article/article_json.h"
#include "warta/article/article_text.h"
#include "warta/extract/extract.h"

#include <ostream>

namespace warta::cli {
namespace {

enum class Format { Json, Markdown, Text };

constexpr const char *kHelp =
    "usage: warta-cli extract [--json | --markdown | --text] [--join-pages] [--no-quotes] FILE...\n"
    "\n"
    "Extracts the article of each saved page (HTML in any charset, MHTML, SingleFile).\n"
    "  --json        JSON per the article contract (default); several files give JSON Lines\n"
    "  --markdown    Markdown for reading\n"
    "  --text        plain text\n"
    "  --join-pages  join the other pages of a multi-page article saved in the same folder\n"
    "  --no-quotes   skip the quote finder\n"
    "Errors go to stderr as 'warta-cli: FILE: reason'. The exit code is the error's code\n"
    "for one file (3 not found, 7 empty, 8 not a web page, 9 too large, 12 not an article, …),\n"
    "and 1 when some files of a batch failed.\n";

} // namespace

int runExtract(const Invocation &call)
{
    Format format = Format::Json;
    ExtractOptions options;
    std::vector<std::string> files;
    for (const auto &arg : call.args) {
        if (arg == "--json") format = Format::Json;
        else if (arg == "--markdown") format = Format::Markdown;
        else if (arg == "--text") format = Format::Text;
        else if (arg == "--join-pages") options.joinPages = true;
        else if (arg == "--no-quotes") options.findQuotes = false;
        else if (arg == "--help" || arg == "-h") {
            call.out << kHelp;
            return 0;
        } else if (arg.starts_with("--")) {
            call.err << "warta-cli: extract: unknown option '" << arg << "'\n" << kHelp;
            return static_cast<int>(ErrorCode::Usage);
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        call.err << kHelp;
        return static_cast<int>(ErrorCode::Usage);
    }
    int exitCode = 0;
    bool first = true;
    for (const auto &file : files) {
        const auto article = extractFile(file, options);
        if (!article) {
            call.err << "warta-cli: " << file << ": " << article.error().message << '\n';
            exitCode = files.size() == 1 ? static_cast<int>(article.error().code) : 1;
            continue;
        }
        if (format == Format::Json)
            call.out << articleToJson(*article, files.size() == 1 ? 2 : -1) << '\n';
        else
            call.out << (first ? "" : "\n---\n\n")
                     << (format == Format::Markdown ? articleToMarkdown(*article) : articleToPlainText(*article));
        first = false;
    }
    return exitCode;
}

} // namespace warta::cli
