#include "warta/date/date_parser.h"

#include <algorithm>

namespace warta {

namespace {

// SINDOnews stamps its article slugs with the publication time in Unix
// seconds. Outside this window a 10-digit number is an id, not a time.
constexpr std::int64_t kEarliestEpoch = 1262304000; // 2010-01-01T00:00:00Z
constexpr std::int64_t kLatestEpoch = 2208988800;   // 2040-01-01T00:00:00Z
constexpr std::size_t kEpochDigits = 10;
constexpr std::size_t kMaxPageSuffixDigits = 3;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

std::string_view withoutTrailingSlashes(std::string_view path)
{
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    return path;
}

std::string_view lastSegment(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

} // namespace

std::optional<std::int64_t> epochFromArticleUrl(std::string_view url)
{
    url = url.substr(0, std::min(url.size(), kMaxDateTextBytes));
    std::string_view path = url.substr(0, url.find_first_of("?#"));
    path = withoutTrailingSlashes(path);
    std::string_view segment = lastSegment(path);
    // ".../slug-1561632896/5": a page number after the slug.
    if (segment.size() <= kMaxPageSuffixDigits && allDigits(segment)) {
        path = withoutTrailingSlashes(path.substr(0, path.size() - segment.size()));
        segment = lastSegment(path);
    }
    const std::size_t dash = segment.rfind('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const std::string_view digits = segment.substr(dash + 1);
    if (digits.size() != kEpochDigits || !allDigits(digits))
        return std::nullopt;
    std::int64_t epoch = 0;
    for (char c : digits)
        epoch = epoch * 10 + (c - '0');
    if (epoch < kEarliestEpoch || epoch > kLatestEpoch)
        return std::nullopt;
    return epoch;
}

} // namespace warta
