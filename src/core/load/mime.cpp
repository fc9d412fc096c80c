#include "load/mime.h"

#include "warta/text/text.h"

#include <array>

namespace warta {
namespace {

// One line without its line end, and where the next one starts.
std::string_view nextLine(std::string_view text, std::size_t &pos)
{
    const std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    return line;
}

} // namespace

MimeHeaders MimeHeaders::parse(std::string_view text, std::size_t &bodyOffset)
{
    MimeHeaders headers;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::string_view line = nextLine(text, pos);
        if (line.empty())
            break;
        if ((line.front() == ' ' || line.front() == '\t') && !headers.m_fields.empty()) {
            std::string &value = headers.m_fields.back().second;
            value.push_back(' ');
            value.append(trimAsciiSpace(line));
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            continue; // not a field: tolerated, as mail readers do
        headers.m_fields.emplace_back(asciiLower(trimAsciiSpace(line.substr(0, colon))),
                                      std::string(trimAsciiSpace(line.substr(colon + 1))));
    }
    bodyOffset = pos;
    return headers;
}

std::optional<std::string_view> MimeHeaders::value(std::string_view name) const
{
    const std::string key = asciiLower(name);
    for (const auto &[fieldName, fieldValue] : m_fields) {
        if (fieldName == key)
            return std::string_view(fieldValue);
    }
    return std::nullopt;
}

ContentType ContentType::parse(std::string_view value)
{
    ContentType type;
    std::size_t semi = value.find(';');
    type.mediaType = asciiLower(trimAsciiSpace(value.substr(0, semi)));
    while (semi != std::string_view::npos) {
        std::size_t pos = semi + 1;
        const std::size_t eq = value.find('=', pos);
        if (eq == std::string_view::npos)
            break;
        std::string name = asciiLower(trimAsciiSpace(value.substr(pos, eq - pos)));
        pos = eq + 1;
        while (pos < value.size() && isAsciiSpace(value[pos]))
            ++pos;
        std::string parameter;
        if (pos < value.size() && value[pos] == '"') {
            // A quoted string: backslash escapes one character (RFC 2045 5.1).
            for (++pos; pos < value.size() && value[pos] != '"'; ++pos) {
                if (value[pos] == '\\' && pos + 1 < value.size())
                    ++pos;
                parameter.push_back(value[pos]);
            }
            semi = value.find(';', pos);
        } else {
            semi = value.find(';', pos);
            parameter = std::string(
                    trimAsciiSpace(value.substr(pos, semi == std::string_view::npos ? semi : semi - pos)));
        }
        type.parameters.emplace_back(std::move(name), std::move(parameter));
    }
    return type;
}

std::optional<std::string> ContentType::parameter(std::string_view name) const
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

std::string decodeQuotedPrintable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eq = text.find('=', pos);
        if (eq == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, eq - pos));
        pos = eq + 1;
        const int high = pos < text.size() ? hexDigitValue(text[pos]) : -1;
        const int low = pos + 1 < text.size() ? hexDigitValue(text[pos + 1]) : -1;
        if (high >= 0 && low >= 0) {
            out.push_back(static_cast<char>(high * 16 + low));
            pos += 2;
            continue;
        }
        // A soft line break: "=", optional transport padding, then CRLF or LF.
        std::size_t after = pos;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
            ++after;
        if (after < text.size() && text[after] == '\r')
            ++after;
        if (after < text.size() && text[after] == '\n') {
            pos = after + 1;
            continue;
        }
        if (after == text.size()) {
            pos = after; // "=" at the very end: a soft break with nothing after it
            continue;
        }
        out.push_back('=');
    }
    return out;
}

std::string decodeBase64(std::string_view text)
{
    static const std::array<signed char, 256> kValues = [] {
        std::array<signed char, 256> table{};
        table.fill(-1);
        constexpr std::string_view kAlphabet =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (std::size_t i = 0; i < kAlphabet.size(); ++i)
            table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
        return table;
    }();
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned int buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=')
            break;
        const signed char v = kValues[static_cast<unsigned char>(c)];
        if (v < 0)
            continue;
        buffer = (buffer << 6) | static_cast<unsigned int>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xffu));
        }
    }
    return out;
}

} // namespace warta
