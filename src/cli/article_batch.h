#pragma once

#include "commands.h"

#include "warta/article/article.h"
#include "warta/extract/extract.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace warta {

/// The files of a command line, or the exit code when the command must stop
/// (help printed, an unknown option, no file).
struct FileArguments {
    std::vector<std::string> files;
    std::optional<int> exitNow;
};

/// Reads `--help` and the files; every other "--option" goes to `takeOption`,
/// which returns false for options it does not know (a usage error).
FileArguments parseFileArguments(const Invocation &call, std::string_view command, std::string_view help,
                                 const std::function<bool(const std::string &)> &takeOption);

/// Extracts each file in turn and hands the article to `show` (with the
/// file's index); failures go to stderr as "warta-cli: FILE: reason" and the
/// batch goes on. Returns the error's code for one file, 1 when some files of
/// a batch failed, 0 otherwise.
int forEachArticle(
        const Invocation &call, const std::vector<std::string> &files, const ExtractOptions &options,
        const std::function<void(const std::string &file, const Article &article, std::size_t index)> &show);

} // namespace warta
