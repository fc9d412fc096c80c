#include "terminal_text.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace warta {
namespace {

bool isContinuation(unsigned char c)
{
    return (c & 0xC0U) == 0x80U;
}

// The length of the UTF-8 sequence starting at `at`, 0 when it is not one.
std::size_t sequenceLength(std::string_view text, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    if (lead < 0x80U)
        return 1;
    if (lead >= 0xC2U && lead <= 0xDFU)
        length = 2;
    else if (lead >= 0xE0U && lead <= 0xEFU)
        length = 3;
    else if (lead >= 0xF0U && lead <= 0xF4U)
        length = 4;
    else
        return 0;
    if (at + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i)
        if (!isContinuation(static_cast<unsigned char>(text[at + i])))
            return 0;
    return length;
}

void appendHex(std::string &out, const char *prefix, unsigned value, int digits)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%s%0*X", prefix, digits, value);
    out += buffer;
}

} // namespace

std::string terminalSafe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const auto c = static_cast<unsigned char>(text[at]);
        const std::size_t length = sequenceLength(text, at);
        if (length == 0) {
            out += "\uFFFD";
            ++at;
            continue;
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c < 0x20U || c == 0x7FU) {
            appendHex(out, "\\x", c, 2);
        } else if (c == 0xC2U && static_cast<unsigned char>(text[at + 1]) < 0xA0U) {
            // U+0080..U+009F: C1 controls, CSI (U+009B) among them.
            appendHex(out, "\\u", static_cast<unsigned char>(text[at + 1]), 4);
        } else {
            out.append(text.substr(at, length));
        }
        at += length;
    }
    return out;
}

std::string highlightedSnippet(std::string_view snippet, const std::vector<Highlight> &highlights, bool bold)
{
    std::string out;
    std::size_t at = 0;
    for (const Highlight &highlight : highlights) {
        std::size_t begin = highlight.begin;
        std::size_t end = std::min(highlight.end, snippet.size());
        if (begin < at || begin >= end)
            continue;
        while (begin > at && isContinuation(static_cast<unsigned char>(snippet[begin])))
            --begin;
        while (end < snippet.size() && isContinuation(static_cast<unsigned char>(snippet[end])))
            ++end;
        out += terminalSafe(snippet.substr(at, begin - at));
        if (bold)
            out += "\x1b[1m";
        out += terminalSafe(snippet.substr(begin, end - begin));
        if (bold)
            out += "\x1b[0m";
        at = end;
    }
    out += terminalSafe(snippet.substr(at));
    return out;
}

bool boldOnStdout()
{
    const char *noColor = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) == 1 && (noColor == nullptr || *noColor == '\0');
}

std::size_t textColumns(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(
            text.begin(), text.end(), [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

std::string fitColumns(std::string_view text, std::size_t width)
{
    if (textColumns(text) <= width)
        return std::string(text);
    std::size_t kept = 0;
    std::size_t at = 0;
    while (at < text.size() && kept + 1 < width) {
        ++at;
        while (at < text.size() && isContinuation(static_cast<unsigned char>(text[at])))
            ++at;
        ++kept;
    }
    return std::string(text.substr(0, at)) + "\u2026";
}

} // namespace warta
