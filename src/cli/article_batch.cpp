#include "article_batch.h"

#include "warta/extract/loaded_page.h"

#include <exception>
#include <new>
#include <ostream>

namespace warta {

FileArguments parseFileArguments(const Invocation &call, std::string_view command, std::string_view help,
                                 const std::function<bool(const std::string &)> &takeOption)
{
    FileArguments parsed;
    for (const auto &arg : call.args) {
        if (arg == "--help" || arg == "-h") {
            call.out << help;
            parsed.exitNow = 0;
            return parsed;
        }
        if (arg.starts_with("--") && !takeOption(arg)) {
            call.err << "warta-cli: " << command << ": unknown option '" << arg << "'\n" << help;
            parsed.exitNow = static_cast<int>(ErrorCode::Usage);
            return parsed;
        }
        if (!arg.starts_with("--"))
            parsed.files.push_back(arg);
    }
    if (parsed.files.empty()) {
        call.err << help;
        parsed.exitNow = static_cast<int>(ErrorCode::Usage);
    }
    return parsed;
}

namespace {

// One page's failure, even a bug, must not end a batch of thousands.
Expected<Article> extractGuarded(const std::string &file, const ExtractOptions &options)
{
    try {
        auto loaded = loadPage(file, options); // the viewer's entry too
        if (!loaded)
            return Unexpected{loaded.error()};
        return std::move(loaded->article);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::TooLarge, "There was not enough memory to read the page.");
    } catch (const std::exception &error) {
        return fail(ErrorCode::Internal,
                    std::string("Internal error (") + error.what() + "); please report it with the file.");
    }
}

} // namespace

int forEachArticle(const Invocation &call, const std::vector<std::string> &files,
                   const ExtractOptions &options,
                   const std::function<void(const std::string &, const Article &, std::size_t)> &show)
{
    int exitCode = 0;
    std::size_t shown = 0;
    for (const auto &file : files) {
        const auto article = extractGuarded(file, options);
        if (!article) {
            call.err << "warta-cli: " << file << ": " << article.error().message << '\n';
            exitCode = files.size() == 1 ? static_cast<int>(article.error().code) : 1;
            continue;
        }
        show(file, *article, shown++);
    }
    return exitCode;
}

} // namespace warta
