#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// An RFC 5322 date, as in an MHTML "Date:" header ("Thu, 23 Jan 2025
/// 10:02:00 -0000"), as ISO 8601 with its offset ("2025-01-23T10:02:00+00:00").
/// The weekday and the seconds are optional; "GMT"/"UT"/"Z" mean +00:00.
std::optional<std::string> rfc5322DateToIso(std::string_view text);

/// A JavaScript Date.toString() value, as SingleFile records it ("Thu Jan 23
/// 2025 16:02:11 GMT+0700 (Western Indonesia Time)"), as ISO 8601 with its
/// offset ("2025-01-23T16:02:11+07:00"). The zone name in brackets is ignored.
std::optional<std::string> jsDateToIso(std::string_view text);

} // namespace warta
