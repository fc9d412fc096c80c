#include "load/meta_prescan.h"

#include "load/encoding_label.h"
#include "warta/text/text.h"

#include <vector>

namespace warta {
namespace {

struct Attribute {
    std::string name;
    std::string value;
};

// "Get an attribute", steps 1–11. Ends (nullopt) on '>' or at the end of the
// window; `pos` is left where the standard leaves it.
class AttributeReader {
public:
    AttributeReader(std::string_view text, std::size_t &pos) : m_text(text), m_pos(pos) {}

    std::optional<Attribute> next()
    {
        while (more() && (isAsciiSpace(peek()) || peek() == '/'))
            ++m_pos;
        if (!more() || peek() == '>')
            return std::nullopt;
        Attribute attr;
        while (true) {
            if (!more())
                return std::nullopt;
            const char c = peek();
            if (c == '=' && !attr.name.empty()) {
                ++m_pos;
                return readValue(std::move(attr));
            }
            if (isAsciiSpace(c))
                break;
            if (c == '/' || c == '>')
                return attr;
            attr.name.push_back(asciiLower(c));
            ++m_pos;
        }
        while (more() && isAsciiSpace(peek()))
            ++m_pos;
        if (!more() || peek() != '=')
            return attr;
        ++m_pos;
        return readValue(std::move(attr));
    }

private:
    bool more() const { return m_pos < m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    std::optional<Attribute> readValue(Attribute attr)
    {
        while (more() && isAsciiSpace(peek()))
            ++m_pos;
        if (!more())
            return std::nullopt;
        const char first = peek();
        if (first == '"' || first == '\'') {
            ++m_pos;
            while (more() && peek() != first)
                attr.value.push_back(asciiLower(m_text[m_pos++]));
            if (!more())
                return std::nullopt;
            ++m_pos;
            return attr;
        }
        if (first == '>')
            return attr;
        while (more() && !isAsciiSpace(peek()) && peek() != '>')
            attr.value.push_back(asciiLower(m_text[m_pos++]));
        return more() ? std::optional<Attribute>(std::move(attr)) : std::nullopt;
    }

    std::string_view m_text;
    std::size_t &m_pos;
};

// Steps for a `<meta` tag: collect its attributes, then decide whether they
// declare a charset (the "need pragma" logic).
std::optional<MetaCharset> readMeta(std::string_view text, std::size_t &pos)
{
    AttributeReader reader(text, pos);
    std::vector<std::string> seen;
    bool gotPragma = false;
    std::optional<bool> needPragma;
    std::optional<std::string> charset;
    while (auto attr = reader.next()) {
        bool duplicate = false;
        for (const auto &name : seen)
            duplicate = duplicate || name == attr->name;
        if (duplicate)
            continue;
        seen.push_back(attr->name);
        if (attr->name == "http-equiv") {
            gotPragma = gotPragma || attr->value == "content-type";
        } else if (attr->name == "content") {
            auto found = charsetFromContentType(attr->value);
            if (found && !charset) {
                charset = std::move(found);
                needPragma = true;
            }
        } else if (attr->name == "charset") {
            charset = attr->value;
            needPragma = false;
        }
    }
    if (!needPragma || (*needPragma && !gotPragma) || !charset)
        return std::nullopt;
    auto encoding = encodingFromMeta(*charset);
    if (!encoding)
        return std::nullopt;
    return MetaCharset{*charset, *encoding};
}

void skipTag(std::string_view text, std::size_t &pos)
{
    while (pos < text.size() && !isAsciiSpace(text[pos]) && text[pos] != '>')
        ++pos;
    AttributeReader reader(text, pos);
    while (reader.next()) {
    }
}

} // namespace

std::optional<std::string> charsetFromContentType(std::string_view content)
{
    std::size_t pos = 0;
    while (true) {
        std::size_t at = std::string_view::npos;
        for (std::size_t i = pos; i + 7 <= content.size(); ++i) {
            if (startsWithIgnoringCase(content.substr(i), "charset")) {
                at = i;
                break;
            }
        }
        if (at == std::string_view::npos)
            return std::nullopt;
        pos = at + 7;
        while (pos < content.size() && isAsciiSpace(content[pos]))
            ++pos;
        if (pos < content.size() && content[pos] == '=')
            break;
    }
    ++pos;
    while (pos < content.size() && isAsciiSpace(content[pos]))
        ++pos;
    if (pos >= content.size())
        return std::nullopt;
    const char quote = content[pos];
    if (quote == '"' || quote == '\'') {
        const std::size_t close = content.find(quote, pos + 1);
        if (close == std::string_view::npos)
            return std::nullopt;
        return std::string(content.substr(pos + 1, close - pos - 1));
    }
    std::size_t end = pos;
    while (end < content.size() && !isAsciiSpace(content[end]) && content[end] != ';')
        ++end;
    if (end == pos)
        return std::nullopt;
    return std::string(content.substr(pos, end - pos));
}

std::optional<MetaCharset> prescanMetaCharset(std::string_view bytes)
{
    const std::string_view text = bytes.substr(0, kPrescanBytes);
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text.compare(pos, 4, "<!--") == 0) {
            // "-->" may share its dashes with the opening: "<!-->" is closed.
            const std::size_t close = text.find("-->", pos + 2);
            if (close == std::string_view::npos)
                return std::nullopt;
            pos = close + 3;
            continue;
        }
        if (startsWithIgnoringCase(text.substr(pos), "<meta") && pos + 5 < text.size() &&
            (isAsciiSpace(text[pos + 5]) || text[pos + 5] == '/')) {
            pos += 6;
            if (auto found = readMeta(text, pos))
                return found;
        } else if (text[pos] == '<' && pos + 1 < text.size() &&
                   (isAsciiLetter(text[pos + 1]) ||
                    (text[pos + 1] == '/' && pos + 2 < text.size() && isAsciiLetter(text[pos + 2])))) {
            skipTag(text, pos);
        } else if (text[pos] == '<' && pos + 1 < text.size() &&
                   (text[pos + 1] == '!' || text[pos + 1] == '/' || text[pos + 1] == '?')) {
            const std::size_t close = text.find('>', pos + 2);
            if (close == std::string_view::npos)
                return std::nullopt;
            pos = close;
        }
        ++pos;
    }
    return std::nullopt;
}

} // namespace warta
