#pragma once

#include "warta/common/expected.h"

#include <cstddef>
#include <string>

namespace warta {

/// What a file is expected to be, for the sentences of the errors: "a saved page" and "pages"
/// ("It is a folder, not a saved page.", "Warta opens pages up to 64 MB.").
struct FileKind {
    const char *singular = "a saved page";
    const char *plural = "pages";
};

/// The whole of a regular file of at most `maxBytes`, for every file Warta reads (saved pages,
/// CSL-JSON items, styles, locales). The file is opened first (without blocking, so a FIFO
/// cannot stall the open) and then the opened descriptor is checked: a folder, device, FIFO or
/// socket is refused before any read, and a file over the limit from its size alone, so there
/// is no window between the check and the read for another file to be swapped in. A file that
/// grows while read is cut off at the limit and refused too.
/// Errors: NotFound, NotAFile, PermissionDenied, ReadFailed, TooLarge; the messages are
/// sentences without the path ("It is a folder, not a saved page.").
Expected<std::string> readFileBytes(const std::string &path, std::size_t maxBytes, const FileKind &kind = {});

/// At most the first `maxBytes` of a regular file, with the same checks as readFileBytes but
/// no refusal of a longer file: for reading a title or a mark from the start of many files.
Expected<std::string> readFileHead(const std::string &path, std::size_t maxBytes, const FileKind &kind = {});

} // namespace warta
