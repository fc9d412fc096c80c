#pragma once

#include <string>

namespace warta::detail {

/// The text as one line: every control character (line breaks and tabs included), DEL, and the
/// Unicode line and paragraph separators (U+0085, U+2028, U+2029) become a space; runs of
/// spaces shrink to one; the ends are trimmed. Line-based formats (RIS, the share block) and
/// BibTeX values go through it so that no value can start a line of its own.
std::string oneLine(const std::string &text);

} // namespace warta::detail
