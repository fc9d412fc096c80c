#pragma once

#include "warta/library/library.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Text of a saved page (a title, a snippet, a quote, a file name) made safe
/// to print: the page is not trusted, and a control character passed to a
/// terminal could move the cursor, retitle the window or hide text. C0
/// controls and DEL are shown as "\x1B", C1 controls as "\u009B", a byte
/// that is not UTF-8 as U+FFFD; line breaks and tabs become spaces (every
/// value is printed on one line).
std::string terminalSafe(std::string_view text);

/// A snippet with its highlighted byte ranges: between ANSI bold and reset
/// when `bold`, else plain. Made safe as terminalSafe; ranges out of order,
/// overlapping or past the end are ignored, and a range is widened to whole
/// characters.
std::string highlightedSnippet(std::string_view snippet, const std::vector<Highlight> &highlights, bool bold);

/// Whether highlights go to standard output in bold: it is a terminal and
/// NO_COLOR (no-color.org) is unset.
bool boldOnStdout();

/// Columns of UTF-8 text, one per code point (Latin text, no wide characters).
std::size_t textColumns(std::string_view text);

/// At most `width` columns, cut at a character with "…" when shortened.
std::string fitColumns(std::string_view text, std::size_t width);

} // namespace warta
