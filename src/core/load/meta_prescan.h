#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// A charset found by the prescan: the label as written and what it means.
struct MetaCharset {
    std::string label;    ///< lower-cased, as the page wrote it ("iso-8859-1")
    std::string encoding; ///< canonical, after the WHATWG overrides ("windows-1252")
};

/// How many bytes the prescan examines (the HTML standard's recommendation).
constexpr std::size_t kPrescanBytes = 1024;

/// The WHATWG "prescan a byte stream to determine its encoding" algorithm
/// (HTML Living Standard 13.2.3.2) over the first `kPrescanBytes` bytes:
/// `<meta charset>` and `<meta http-equiv="Content-Type" content="…;
/// charset=…">` in any attribute order, quoted or not; comments, other tags'
/// attributes and `<!…>`/`<?…>` constructs are skipped, so a charset inside a
/// comment or a script-ish attribute is not taken. Labels nobody can decode
/// are passed over, as the standard says.
std::optional<MetaCharset> prescanMetaCharset(std::string_view bytes);

/// The charset in a Content-Type value ("text/html; charset=UTF-8"), by the
/// standard's "extracting a character encoding from a meta element"
/// algorithm. Returns the raw label, or nullopt.
std::optional<std::string> charsetFromContentType(std::string_view content);

} // namespace warta
