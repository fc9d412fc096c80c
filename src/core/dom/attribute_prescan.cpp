#include "dom/attribute_prescan.h"

#include "warta/text/text.h"

#include <algorithm>

namespace warta {
namespace {

// Elements whose content the tokenizer reads as text up to their end tag. Not <noscript>:
// without scripting its content is markup, and counting too few would let attributes through.
bool isRawText(std::string_view name)
{
    for (std::string_view raw :
         {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}) {
        if (equalsIgnoringCase(name, raw))
            return true;
    }
    return false;
}

class Scanner {
public:
    explicit Scanner(std::string_view html) : m_html(html) {}

    AttributeCounts run()
    {
        while ((m_at = m_html.find('<', m_at)) != std::string_view::npos) {
            if (m_html.compare(m_at, 4, "<!--") == 0) {
                const auto end = m_html.find("-->", m_at + 4);
                m_at = end == std::string_view::npos ? m_html.size() : end + 3;
                continue;
            }
            const bool closing = m_at + 1 < m_html.size() && m_html[m_at + 1] == '/';
            const std::size_t nameStart = m_at + (closing ? 2 : 1);
            if (nameStart >= m_html.size() || !isAsciiLetter(m_html[nameStart])) {
                ++m_at;
                continue;
            }
            m_at = nameStart;
            while (m_at < m_html.size() && !isAsciiSpace(m_html[m_at]) && m_html[m_at] != '/' &&
                   m_html[m_at] != '>')
                ++m_at;
            const std::string_view name = m_html.substr(nameStart, m_at - nameStart);
            const std::size_t attributes = readAttributes();
            m_counts.mostOnOneTag = std::max(m_counts.mostOnOneTag, attributes);
            m_counts.total += attributes;
            if (!closing && isRawText(name))
                skipRawText(name);
        }
        return m_counts;
    }

private:
    // From after the tag name to after its '>': the attributes, as the tokenizer's attribute
    // states read them.
    std::size_t readAttributes()
    {
        std::size_t count = 0;
        while (m_at < m_html.size()) {
            const char c = m_html[m_at];
            if (isAsciiSpace(c) || c == '/') {
                ++m_at;
                continue;
            }
            if (c == '>') {
                ++m_at;
                return count;
            }
            ++count;
            // The name: its first character may be '=' (a parse error, still a name).
            ++m_at;
            while (m_at < m_html.size() && !isAsciiSpace(m_html[m_at]) && m_html[m_at] != '/' &&
                   m_html[m_at] != '>' && m_html[m_at] != '=')
                ++m_at;
            std::size_t after = m_at;
            while (after < m_html.size() && isAsciiSpace(m_html[after]))
                ++after;
            if (after >= m_html.size() || m_html[after] != '=')
                continue;
            m_at = after + 1;
            while (m_at < m_html.size() && isAsciiSpace(m_html[m_at]))
                ++m_at;
            if (m_at < m_html.size() && (m_html[m_at] == '"' || m_html[m_at] == '\'')) {
                const auto end = m_html.find(m_html[m_at], m_at + 1);
                m_at = end == std::string_view::npos ? m_html.size() : end + 1;
            } else {
                while (m_at < m_html.size() && !isAsciiSpace(m_html[m_at]) && m_html[m_at] != '>')
                    ++m_at;
            }
        }
        return count;
    }

    void skipRawText(std::string_view name)
    {
        for (auto end = m_html.find("</", m_at); end != std::string_view::npos;
             end = m_html.find("</", end + 2)) {
            if (equalsIgnoringCase(m_html.substr(end + 2, name.size()), name)) {
                m_at = end;
                return;
            }
        }
        m_at = m_html.size();
    }

    std::string_view m_html;
    std::size_t m_at = 0;
    AttributeCounts m_counts;
};

} // namespace

AttributeCounts countAttributes(std::string_view html)
{
    return Scanner(html).run();
}

} // namespace warta
