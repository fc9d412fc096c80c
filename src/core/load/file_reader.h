#pragma once

#include "warta/common/expected.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace warta::load {

/// "80.0 MB", "64 MB", "512 bytes": sizes in the words of the error messages.
std::string describeSize(std::uintmax_t bytes);

/// The TooLarge error, naming the file's size and the limit.
Error tooLargeError(std::uintmax_t size, std::size_t limit);

/// The error for a path that could not be opened, from the errno that
/// open/stat gave. Separate from the reading so that the PermissionDenied
/// path is testable while the tests run as root (who may read anything).
Error openFailure(int errnoValue);

/// The whole file, after checking that it is a regular file no larger than
/// `maxBytes`. The size is checked before anything is read, so a huge file
/// never reaches memory; a file that grows while read is cut off at the limit
/// and refused as well.
Expected<std::string> readFileBytes(const std::string &path, std::size_t maxBytes);

} // namespace warta::load
