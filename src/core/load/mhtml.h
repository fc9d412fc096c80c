#pragma once

#include "warta/common/expected.h"
#include "warta/load/saved_page.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// An MHTML archive taken apart: the main document still in its own charset.
struct MhtmlArchive {
    std::string html;                   ///< the main text/html part, transfer-decoded
    std::optional<std::string> charset; ///< its Content-Type charset parameter
    std::optional<std::string> savedFromUrl;
    std::optional<std::string> savedAt;      ///< ISO 8601, from the Date: header
    std::vector<EmbeddedResource> resources; ///< image parts
    bool truncated = false;                  ///< the closing boundary is missing
};

/// True when the bytes begin like a MIME message holding a page: a header
/// block (not markup) with a multipart Content-Type, or text/html with a
/// MIME-Version, as MHTML files that lost their extension still do.
bool looksLikeMhtml(std::string_view bytes);

/// Parses an MHTML file as Chrome/Blink writes it (RFC 2557
/// multipart/related), tolerating LF-only line ends, folded headers and a
/// missing closing boundary. The main part is the one whose Content-Location
/// is the Snapshot-Content-Location, else the first text/html part. A
/// single-part message whose Content-Type is text/html is the page itself.
/// BadContainer when there is no boundary, no part, or no text/html part.
Expected<MhtmlArchive> parseMhtml(std::string_view bytes);

} // namespace warta
