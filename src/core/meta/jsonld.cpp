#include "meta/jsonld.h"

#include <string>

namespace warta {
namespace {

using nlohmann::json;

std::string_view trim(std::string_view text)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(start, end - start + 1);
}

// "<!-- {...} -->" and "/*<![CDATA[*/ … /*]]>*/" wrappers, seen around
// scripts that old CMSs emitted for ancient browsers.
std::string_view stripWrappers(std::string_view text)
{
    text = trim(text);
    for (std::string_view open : {"<!--", "/*<![CDATA[*/", "<![CDATA["}) {
        if (text.starts_with(open))
            text = trim(text.substr(open.size()));
    }
    for (std::string_view close : {"-->", "/*]]>*/", "]]>"}) {
        if (text.ends_with(close))
            text = trim(text.substr(0, text.size() - close.size()));
    }
    return text;
}

// One pass that (a) escapes raw control characters inside strings, (b) drops
// commas that stand right before '}' or ']', and (c) splits the text into
// top-level values wherever the nesting returns to zero. String-aware, so a
// brace or comma inside a headline is left alone.
std::vector<std::string> repairAndSplit(std::string_view text)
{
    std::vector<std::string> values;
    std::string current;
    int depth = 0;
    bool inString = false, escaped = false;
    std::size_t pendingComma = std::string::npos; // index in `current` of a comma not yet known good
    for (const char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                current += c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : " ";
                continue;
            }
            current.push_back(c);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (depth > 0)
                current.push_back(c);
            continue;
        }
        if ((c == '}' || c == ']') && pendingComma != std::string::npos)
            current.erase(pendingComma, 1);
        pendingComma = std::string::npos;
        if (depth == 0 && c != '{' && c != '[')
            continue; // stray text between objects (";", a lone comma)
        current.push_back(c);
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                values.push_back(std::move(current));
                current.clear();
            }
        } else if (c == ',') {
            pendingComma = current.size() - 1;
        }
    }
    return values;
}

// JSON-LD nests a few levels (an article's author's logo's URL). nlohmann's
// copy and destruction recurse once per level, so a block nested 100,000
// deep would overflow the stack: such blocks are not parsed at all.
constexpr int kMaxJsonLdDepth = 64;

bool nestsTooDeep(std::string_view text)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonLdDepth)
                return true;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return false;
}

void flatten(const json &value, std::vector<json> &out, int depth = 0)
{
    if (depth > 4)
        return;
    if (value.is_array()) {
        for (const auto &element : value)
            flatten(element, out, depth + 1);
    } else if (value.is_object()) {
        if (auto graph = value.find("@graph"); graph != value.end())
            flatten(*graph, out, depth + 1);
        else
            out.push_back(value);
    }
}

} // namespace

JsonLdBlock parseJsonLd(std::string_view text, std::size_t maxBytes)
{
    JsonLdBlock block;
    if (text.size() > maxBytes || nestsTooDeep(text)) {
        block.wasInvalid = true;
        return block;
    }
    text = stripWrappers(text);
    json parsed = json::parse(text.begin(), text.end(), nullptr, false);
    if (!parsed.is_discarded()) {
        flatten(parsed, block.objects);
        return block;
    }
    block.wasInvalid = true;
    for (const std::string &piece : repairAndSplit(text)) {
        json value = json::parse(piece, nullptr, false);
        if (!value.is_discarded())
            flatten(value, block.objects);
    }
    block.recovered = !block.objects.empty();
    return block;
}

} // namespace warta
