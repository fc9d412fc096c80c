#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// How far from the start the browsers' and SingleFile's comments are looked
/// for: they come before or right after the doctype and `<html>` tag.
constexpr std::size_t kMarkerWindow = 4096;

/// The URL in Chrome's and Internet Explorer's `<!-- saved from
/// url=(0089)https://… -->`. The number is the URL's length: it is trusted
/// when the URL it delimits ends where the comment's text does; otherwise
/// the URL runs to the first space or "-->".
std::optional<std::string> findSavedFromUrl(std::string_view html);

/// SingleFile's header comment: "Page saved with SingleFile", "url: …",
/// "saved date: …".
struct SingleFileHeader {
    std::optional<std::string> url;
    std::optional<std::string> savedDate; ///< as written ("Thu Jan 23 2025 16:02:11 GMT+0700 (…)")
};
std::optional<SingleFileHeader> findSingleFileHeader(std::string_view html);

} // namespace warta
