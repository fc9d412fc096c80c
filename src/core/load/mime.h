#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace warta {

/// A block of MIME header fields (RFC 5322 / 2045), unfolded.
class MimeHeaders {
public:
    /// Parses fields from the start of `text` up to the first empty line.
    /// CRLF and bare LF line ends are both accepted; a line starting with a
    /// space or tab continues the previous field (folding). `bodyOffset` is
    /// where the body starts: after the empty line, or the end of `text` if
    /// there is none.
    static MimeHeaders parse(std::string_view text, std::size_t &bodyOffset);

    /// The first field of that name (case-insensitive), trimmed.
    std::optional<std::string_view> value(std::string_view name) const;
    bool empty() const { return m_fields.empty(); }

private:
    std::vector<std::pair<std::string, std::string>> m_fields; ///< name lower-cased, value unfolded
};

/// A Content-Type value split up: "multipart/related; boundary="x"" gives
/// mediaType "multipart/related" and parameter("boundary") "x".
struct ContentType {
    std::string mediaType;                                       ///< lower-cased
    std::vector<std::pair<std::string, std::string>> parameters; ///< names lower-cased, values unquoted

    static ContentType parse(std::string_view value);
    std::optional<std::string> parameter(std::string_view name) const;
};

/// Quoted-printable (RFC 2045 6.7): "=XX" (either case) and soft line breaks
/// ("=" at a line's end, CRLF or LF, after optional trailing spaces). A
/// malformed "=" is kept as it is, as mail readers do.
std::string decodeQuotedPrintable(std::string_view text);

/// Base64 (RFC 2045 6.8): line breaks and other non-alphabet bytes are
/// skipped; decoding stops at the padding.
std::string decodeBase64(std::string_view text);

} // namespace warta
