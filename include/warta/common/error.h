#pragma once

#include "warta/common/data_kind.h"

#include <string>
#include <string_view>

namespace warta {

/// Why an operation failed. The numeric values are stable: warta-cli uses them
/// as exit codes, so scripts can tell a missing file from a page that is not
/// an article. 0 and 1 are left to success and "some files of a batch failed".
enum class ErrorCode : int {
    Usage = 2,            ///< the command line was wrong
    NotFound = 3,         ///< no file at that path
    NotAFile = 4,         ///< a directory, device or socket
    PermissionDenied = 5, ///< the file exists but cannot be read
    ReadFailed = 6,       ///< an I/O error while reading
    EmptyFile = 7,        ///< zero bytes, or only whitespace
    NotHtml = 8,          ///< binary data (PNG, PDF, ZIP, …) or another text format
    TooLarge = 9,         ///< over the input size limit
    BadEncoding = 10,     ///< the bytes cannot be decoded in any charset we tried
    BadContainer = 11,    ///< a broken MHTML or SingleFile container
    NotAnArticle = 12,    ///< a page without article content (a homepage, an index)
    LimitExceeded = 13,   ///< a structural limit (nesting, nodes, JSON-LD size) was hit
    StyleNotFound = 14,   ///< no CSL style or locale by that id or path
    BadStyle = 15,        ///< a CSL style or locale that cannot be used
    BadInput = 16,        ///< malformed data given to a command (CSL-JSON, options)
    LibraryDamaged = 17,  ///< the library database is not a database, or is corrupt
    LibraryBusy = 18,     ///< another program held the library locked past the wait
    LibraryReadOnly = 19, ///< the library cannot be written (read-only disk or open)
    LibraryTooNew = 20,   ///< the library was made by a newer Warta
    Internal = 70,        ///< a bug: something that should not happen did
};

/// A failure: its code and a sentence for a person ("the file is empty").
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    /// For NotHtml: what the file is instead, so a front end can say it in
    /// its own language; Unknown otherwise.
    DataKind dataKind = DataKind::Unknown;
};

} // namespace warta
