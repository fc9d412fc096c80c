#include "article_batch.h"
#include "commands.h"

#include "warta/article/article_json.h"
#include "warta/article/article_text.h"
#include "warta/extract/extract.h"

#include <ostream>

namespace warta {
namespace {

enum class Format {
    Json,
    Markdown,
    Text
};

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
    const FileArguments arguments =
            parseFileArguments(call, "extract", kHelp, [&](const std::string &option) {
                if (option == "--json")
                    format = Format::Json;
                else if (option == "--markdown")
                    format = Format::Markdown;
                else if (option == "--text")
                    format = Format::Text;
                else if (option == "--join-pages")
                    options.joinPages = true;
                else if (option == "--no-quotes")
                    options.findQuotes = false;
                else
                    return false;
                return true;
            });
    if (arguments.exitNow)
        return *arguments.exitNow;
    const bool single = arguments.files.size() == 1;
    return forEachArticle(call, arguments.files, options,
                          [&](const std::string &, const Article &article, std::size_t index) {
                              if (format == Format::Json)
                                  call.out << articleToJson(article, single ? 2 : -1) << '\n';
                              else
                                  call.out << (index == 0 ? "" : "\n---\n\n")
                                           << (format == Format::Markdown ? articleToMarkdown(article)
                                                                          : articleToPlainText(article));
                          });
}

} // namespace warta
