#include "bibtex_reader.h"

#include <cctype>

namespace warta::test {
namespace {

class Reader {
public:
    explicit Reader(const std::string &text) : m_text(text) {}

    std::optional<BibEntry> entry(std::string &why)
    {
        BibEntry result;
        skipSpace();
        if (!take('@'))
            return fail(why, "no @ at the start");
        result.type = lowerWord();
        if (result.type.empty() || !take('{'))
            return fail(why, "no entry type and brace");
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}')
            result.key += m_text[m_pos++];
        if (!take(','))
            return fail(why, "no comma after the key");
        while (true) {
            skipSpace();
            if (take('}'))
                break;
            std::string name = lowerWord();
            skipSpace();
            if (name.empty() || !take('='))
                return fail(why, "a field without a name or '='");
            skipSpace();
            auto value = fieldValue();
            if (!value)
                return fail(why, "unbalanced value of " + name);
            if (!result.fields.emplace(name, *value).second)
                return fail(why, "field " + name + " twice");
            skipSpace();
            if (take(','))
                continue;
            if (take('}'))
                break;
            return fail(why, "text after the value of " + name);
        }
        skipSpace();
        if (m_pos != m_text.size())
            return fail(why, "text after the entry");
        return result;
    }

private:
    static std::optional<BibEntry> fail(std::string &why, const std::string &reason)
    {
        why = reason;
        return std::nullopt;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    bool take(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::string lowerWord()
    {
        std::string word;
        while (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) ||
                                         m_text[m_pos] == '_' || m_text[m_pos] == '-'))
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(m_text[m_pos++])));
        return word;
    }
    // {…} with every brace counted, "…" ending at a quote outside braces, or a bare word.
    std::optional<std::string> fieldValue()
    {
        if (take('{') || (m_pos < m_text.size() && m_text[m_pos] == '"' && ++m_pos)) {
            const char close = m_text[m_pos - 1] == '{' ? '}' : '"';
            std::string value;
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos++];
                if (depth == 0 && c == close)
                    return value;
                if (c == '{')
                    ++depth;
                else if (c == '}' && --depth < 0)
                    return std::nullopt;
                value += c;
            }
            return std::nullopt;
        }
        std::string word = lowerWord();
        return word.empty() ? std::nullopt : std::optional<std::string>(word);
    }

    const std::string &m_text;
    std::size_t m_pos = 0;
};

std::vector<std::string> splitOutsideBraces(const std::string &value, const std::string &separator)
{
    std::vector<std::string> parts(1);
    int depth = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        bool matches = depth == 0 && value.size() - i >= separator.size();
        for (std::size_t k = 0; matches && k < separator.size(); ++k)
            matches = std::tolower(static_cast<unsigned char>(value[i + k])) == separator[k];
        if (matches) {
            parts.emplace_back();
            i += separator.size() - 1;
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

} // namespace

std::optional<BibEntry> readBibtexEntry(const std::string &text, std::string *why)
{
    std::string reason;
    auto entry = Reader(text).entry(reason);
    if (why)
        *why = reason;
    return entry;
}

std::optional<std::string> bibtexValueText(const std::string &value)
{
    static const struct {
        const char *command;
        char text;
    } kCommands[] = {{"\\textbraceleft{}", '{'},
                     {"\\textbraceright{}", '}'},
                     {"\\textbackslash{}", '\\'},
                     {"\\textasciitilde{}", '~'},
                     {"\\textasciicircum{}", '^'}};
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const char c = value[i];
        if (c == '{' || c == '}') {
            ++i;
            continue;
        }
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        bool known = false;
        for (const auto &command : kCommands) {
            const std::string name = command.command;
            if (value.compare(i, name.size(), name) == 0) {
                out += command.text;
                i += name.size();
                known = true;
                break;
            }
        }
        if (!known && i + 1 < value.size() && std::string("&%$#_").find(value[i + 1]) != std::string::npos) {
            out += value[i + 1];
            i += 2;
            known = true;
        }
        if (!known)
            return std::nullopt;
    }
    return out;
}

std::vector<std::string> bibtexNames(const std::string &value)
{
    return splitOutsideBraces(value, " and ");
}

std::vector<std::string> bibtexNameParts(const std::string &name)
{
    return splitOutsideBraces(name, ",");
}

} // namespace warta::test
