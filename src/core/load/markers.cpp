#include "load/markers.h"

#include "warta/text/text.h"

namespace warta {
namespace {

// The value of a "key: value" line inside the comment, or nullopt.
std::optional<std::string> fieldValue(std::string_view comment, std::string_view key)
{
    std::size_t pos = 0;
    while (pos < comment.size()) {
        std::size_t end = comment.find('\n', pos);
        if (end == std::string_view::npos)
            end = comment.size();
        const std::string_view line = trimAsciiSpace(comment.substr(pos, end - pos));
        if (line.substr(0, key.size()) == key) {
            const std::string_view value = trimAsciiSpace(line.substr(key.size()));
            if (!value.empty())
                return std::string(value);
        }
        pos = end + 1;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> findSavedFromUrl(std::string_view html)
{
    static constexpr std::string_view kMarker = "<!-- saved from url=(";
    const std::string_view head = html.substr(0, kMarkerWindow);
    const std::size_t at = head.find(kMarker);
    if (at == std::string_view::npos)
        return std::nullopt;
    const std::size_t digits = at + kMarker.size();
    const std::size_t close = html.find(')', digits);
    const std::size_t commentEnd = html.find("-->", digits);
    if (close == std::string_view::npos || commentEnd == std::string_view::npos || close > commentEnd)
        return std::nullopt;
    std::size_t length = 0;
    for (std::size_t i = digits; i < close; ++i) {
        if (html[i] < '0' || html[i] > '9')
            return std::nullopt;
        length = length * 10 + static_cast<std::size_t>(html[i] - '0');
    }
    const std::size_t start = close + 1;
    const std::string_view rest = html.substr(start, commentEnd - start);
    // Consistent: exactly `length` bytes, then only spaces to the comment's end.
    if (length > 0 && length <= rest.size() && trimAsciiSpace(rest.substr(length)).empty() &&
        rest.substr(0, length).find_first_of(" \t\r\n") == std::string_view::npos)
        return std::string(rest.substr(0, length));
    const std::size_t stop = rest.find_first_of(" \t\r\n");
    const std::string_view url = rest.substr(0, stop);
    if (url.empty())
        return std::nullopt;
    return std::string(url);
}

std::optional<SingleFileHeader> findSingleFileHeader(std::string_view html)
{
    const std::string_view head = html.substr(0, kMarkerWindow);
    const std::size_t mark = head.find("Page saved with SingleFile");
    if (mark == std::string_view::npos)
        return std::nullopt;
    // The marker must sit in a comment: "<!--" before it, "-->" after it.
    const std::size_t open = head.rfind("<!--", mark);
    if (open == std::string_view::npos || head.find("-->", open) < mark)
        return std::nullopt;
    const std::size_t close = html.find("-->", mark);
    if (close == std::string_view::npos)
        return std::nullopt;
    const std::string_view comment = html.substr(mark, close - mark);
    return SingleFileHeader{fieldValue(comment, "url:"), fieldValue(comment, "saved date:")};
}

} // namespace warta
