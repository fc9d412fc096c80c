#include "sites/json_positions.h"

#include <vector>

namespace warta::detail {
namespace {

// Rules files nest a few levels; deeper structures are wrong anyway and
// the schema check names them by their nearest indexed ancestor.
constexpr std::size_t kMaxDepth = 64;

std::string pointerToken(std::string_view key)
{
    std::string token;
    for (char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token.push_back(c);
    }
    return token;
}

class OffsetScanner {
public:
    explicit OffsetScanner(std::string_view text) : m_text(text) {}

    std::map<std::string, std::size_t> scan()
    {
        std::map<std::string, std::size_t> offsets;
        // Each open container: its pointer, whether it is an object, and
        // the index of its next element.
        struct Frame {
            std::string pointer;
            bool object;
            std::size_t next;
        };
        std::vector<Frame> stack;
        enum class Want {
            Value,
            Key,
            Separator
        } want = Want::Value;
        std::string pointer; // of the value wanted next
        while (true) {
            skipBlank();
            if (m_pos >= m_text.size())
                break;
            const char c = m_text[m_pos];
            if (want == Want::Separator || ((c == '}' || c == ']') && !stack.empty())) {
                if (stack.empty())
                    break;
                if (c == ',') {
                    ++m_pos;
                    if (stack.back().object) {
                        want = Want::Key;
                    } else {
                        pointer = stack.back().pointer + "/" + std::to_string(stack.back().next++);
                        want = Want::Value;
                    }
                } else if (c == '}' || c == ']') {
                    ++m_pos;
                    stack.pop_back();
                    want = Want::Separator;
                } else {
                    break;
                }
                continue;
            }
            if (want == Want::Key) {
                if (c != '"')
                    break;
                const std::size_t start = m_pos;
                pointer = stack.back().pointer + "/" + pointerToken(readString());
                offsets.emplace(pointer, start);
                skipBlank();
                if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                    break;
                ++m_pos;
                want = Want::Value;
                continue;
            }
            offsets.emplace(pointer, m_pos); // a member keeps its key's offset
            if (c == '{' || c == '[') {
                if (stack.size() >= kMaxDepth)
                    break;
                ++m_pos;
                stack.push_back({pointer, c == '{', 1});
                if (c == '{') {
                    want = Want::Key;
                } else {
                    pointer += "/0";
                    want = Want::Value;
                }
                continue;
            }
            if (c == '"')
                readString();
            else
                readLiteral();
            want = Want::Separator;
        }
        return offsets;
    }

private:
    void skipBlank()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (m_text.substr(m_pos, 2) == "//") {
                const std::size_t end = m_text.find('\n', m_pos);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 1;
            } else if (m_text.substr(m_pos, 2) == "/*") {
                const std::size_t end = m_text.find("*/", m_pos + 2);
                m_pos = end == std::string_view::npos ? m_text.size() : end + 2;
            } else {
                return;
            }
        }
    }

    // The string at m_pos (which is '"'), escapes kept but for \" and \\.
    std::string readString()
    {
        std::string value;
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                if (m_text[m_pos] != '"' && m_text[m_pos] != '\\' && m_text[m_pos] != '/')
                    value.push_back('\\');
            }
            value.push_back(m_text[m_pos++]);
        }
        ++m_pos;
        return value;
    }

    void readLiteral()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
                c == '/')
                return;
            ++m_pos;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::map<std::string, std::size_t> jsonValueOffsets(std::string_view text)
{
    return OffsetScanner(text).scan();
}

int lineOfPointer(std::string_view text, const std::string &pointer)
{
    const auto offsets = jsonValueOffsets(text);
    std::string at = pointer;
    while (!at.empty() && !offsets.contains(at))
        at.erase(at.rfind('/'));
    const auto found = offsets.find(at);
    return lineOfOffset(text, found == offsets.end() ? 0 : found->second);
}

int lineOfOffset(std::string_view text, std::size_t offset)
{
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        line += text[i] == '\n';
    return line;
}

} // namespace warta::detail
