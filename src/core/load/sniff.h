#pragma once

#include "warta/common/data_kind.h"

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// True for zero bytes or only ASCII whitespace (and a lone BOM).
bool isBlank(std::string_view bytes);

/// "UTF-16LE" or "UTF-16BE" when the start looks like UTF-16 text without a
/// BOM: most code units of ASCII markup have one zero byte, always on the
/// same side.
std::optional<std::string> utf16WithoutBom(std::string_view bytes);

/// When the bytes are not text, what they are, for the NotHtml error: a PNG
/// image, a PDF document, binary data. Known signatures first, then the
/// share of control bytes in the first few KB (HTML has almost none; a stray
/// NUL is repaired later, not refused). UTF-16 text is text.
std::optional<DataKind> describeBinary(std::string_view bytes);

} // namespace warta
