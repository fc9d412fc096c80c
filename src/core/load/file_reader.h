#pragma once

#include "warta/common/expected.h"
#include "warta/load/file_bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace warta {

/// "80.0 MB", "64 MB", "512 bytes": sizes in the words of the error messages.
std::string describeSize(std::uintmax_t bytes);

/// The TooLarge error, naming the file's size and the limit.
Error tooLargeError(std::uintmax_t size, std::size_t limit, const FileKind &kind = {});

/// The error for a path that could not be opened, from the errno that
/// open/stat gave. Separate from the reading so that the PermissionDenied
/// path is testable while the tests run as root (who may read anything).
Error openFailure(int errnoValue);

} // namespace warta
