#include "article_fields.h"
#include "export_text.h"

#include "warta/cite/article_item.h"

#include <cctype>

// Article → BibTeX or biblatex. Every value passes through one of three escapes, chosen by what
// the field holds, so that nothing an article says can close its field or add one:
//   - text (title, names, outlet): LaTeX's special characters as commands. Braces become
//     \textbraceleft{} and \textbraceright{} rather than \{ and \}, because BibTeX counts every
//     brace, escaped or not, and one lone brace would break the whole entry;
//   - the URL: percent-encoding of the bytes a URL may not hold raw (braces, backslash, spaces,
//     quotes), which leaves the URL meaning the same;
//   - the key and the language: only the characters such a value is made of; anything else is
//     dropped (key) or the field left out (language).
namespace warta {
namespace {

using namespace detail;

std::string texEscape(const std::string &raw)
{
    const std::string text = oneLine(raw);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += '\\';
            out += c;
            break;
        case '{':
            out += "\\textbraceleft{}";
            break;
        case '}':
            out += "\\textbraceright{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string urlEscape(const std::string &url)
{
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(url.size());
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F || c == '{' || c == '}' || c == '\\' || c == '"' || c == '<' ||
            c == '>' || c == '^' || c == '`' || c == '|') {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

// BibTeX keys end at a comma and may not hold braces, quotes, spaces and the like.
std::string keyEscape(const std::string &key)
{
    std::string out;
    for (char c : key)
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.' ||
            c == '/')
            out += c;
    return out.empty() ? std::string("article") : out;
}

bool isWordAnd(const std::string &text, std::size_t at)
{
    auto lower = [&](std::size_t k) { return std::tolower(static_cast<unsigned char>(text[k])); };
    auto space = [&](std::size_t k) { return std::isspace(static_cast<unsigned char>(text[k])) != 0; };
    return at + 3 <= text.size() && lower(at) == 'a' && lower(at + 1) == 'n' && lower(at + 2) == 'd' &&
           (at == 0 || space(at - 1)) && (at + 3 == text.size() || space(at + 3));
}

// BibTeX splits the author list at " and " and a name at its commas (outside braces): a name
// part holding either is wrapped in braces so that it stays one part of one name.
std::string namePart(const std::string &part)
{
    bool wrap = part.find(',') != std::string::npos;
    for (std::size_t i = 0; i < part.size() && !wrap; ++i)
        wrap = isWordAnd(part, i);
    const std::string escaped = texEscape(part);
    return wrap ? "{" + escaped + "}" : escaped;
}

std::string authorList(const Article &article)
{
    std::string authors;
    for (const auto &name : authorsOf(article)) {
        if (!authors.empty())
            authors += " and ";
        authors += name.literal.empty() ? namePart(name.family) + ", " + namePart(name.given)
                                        : "{" + texEscape(name.literal) + "}";
    }
    return authors;
}

// BibTeX styles lower-case titles; a word with a capital is kept as written. Punctuation
// around the word stays outside the braces: "{Agama},".
std::string protectCapitals(const std::string &title)
{
    std::string out, word;
    auto flush = [&] {
        bool capital = false;
        for (char c : word)
            capital = capital || std::isupper(static_cast<unsigned char>(c));
        std::size_t first = 0, last = word.size();
        while (first < last && std::ispunct(static_cast<unsigned char>(word[first])))
            ++first;
        while (last > first && std::ispunct(static_cast<unsigned char>(word[last - 1])))
            --last;
        if (capital && first < last)
            out += texEscape(word.substr(0, first)) + "{" + texEscape(word.substr(first, last - first)) +
                   "}" + texEscape(word.substr(last));
        else
            out += texEscape(word);
        word.clear();
    };
    for (char c : oneLine(title)) {
        if (c == ' ') {
            flush();
            out += ' ';
        } else {
            word += c;
        }
    }
    flush();
    return out;
}

// A BCP 47 tag's shape: a primary subtag of 2-8 letters, then subtags of 1-8 letters or digits
// after hyphens ("id", "en-GB", "es-419").
bool isLanguageTag(const std::string &tag)
{
    std::size_t run = 0;
    bool primary = true;
    for (char ch : tag) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '-') {
            if (run == 0 || (primary && run < 2))
                return false;
            run = 0;
            primary = false;
        } else if ((std::isalpha(c) || (!primary && std::isdigit(c))) && run < 8) {
            ++run;
        } else {
            return false;
        }
    }
    return run > 0 && (!primary || run >= 2);
}

// babel's name of the language, which biblatex's langid needs; empty when not known.
std::string babelName(const std::string &tag)
{
    static const struct {
        const char *prefix;
        const char *name;
    } kNames[] = {{"id", "indonesian"}, {"en", "english"}, {"ms", "malay"},   {"nl", "dutch"},
                  {"de", "german"},     {"fr", "french"},  {"es", "spanish"}, {"pt", "portuguese"}};
    const std::string primary = tag.substr(0, tag.find('-'));
    for (const auto &entry : kNames)
        if (primary == entry.prefix)
            return entry.name;
    return {};
}

const char *monthMacro(int month)
{
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    return month >= 1 && month <= 12 ? kMonths[month - 1] : nullptr;
}

} // namespace

std::string articleToBibtex(const Article &article, const ItemOptions &options)
{
    const bool biblatex = options.bibtexDialect == BibtexDialect::Biblatex;
    const bool dated = article.published.has_value();
    const char *type = dated ? "@article{" : (biblatex ? "@online{" : "@misc{");
    std::string out = type + keyEscape(idOf(article, options)) + ",\n";
    // Values arrive escaped; a bare value is a macro or a number, written without braces.
    auto field = [&](const char *name, const std::string &value, bool braced = true) {
        if (!value.empty())
            out += std::string("  ") + name + " = " + (braced ? "{" + value + "}" : value) + ",\n";
    };
    field("author", authorList(article));
    field("title", protectCapitals(article.title));
    const std::string outlet = "{" + texEscape(containerOf(article)) + "}";
    if (dated) {
        auto f = article.published->local();
        if (biblatex) {
            field("entrysubtype", "newspaper");
            field("journaltitle", outlet);
            field("date", isoDate(f.year, f.month, f.day));
        } else {
            field("journal", outlet);
            field("year", std::to_string(f.year));
            if (const char *month = monthMacro(f.month))
                field("month", month, false);
        }
    } else {
        field(biblatex ? "organization" : "howpublished", outlet);
    }
    if (auto url = urlOf(article))
        field("url", urlEscape(*url));
    auto accessed = accessedOf(article, options);
    field("urldate", isoDate(accessed[0], accessed[1], accessed[2]));
    if (isLanguageTag(article.language)) {
        const std::string babel = babelName(article.language);
        if (biblatex && !babel.empty())
            field("langid", babel);
        else
            field("language", babel.empty() ? article.language : babel);
    }
    out.erase(out.size() - 2, 1); // no comma after the last field
    return out + "}\n";
}

} // namespace warta
