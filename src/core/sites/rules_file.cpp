#include "sites/rules_file.h"

#include "sites/json_positions.h"
#include "sites/url_date_rules.h"
#include "warta/text/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

namespace warta::detail {
namespace {

using nlohmann::json;

// "/templates/0/fields/title" → "templates[0].fields.title", as a person
// reading the file names the place.
std::string fieldName(std::string_view pointer)
{
    std::string name;
    std::size_t at = 0;
    while (at < pointer.size()) {
        const std::size_t next = pointer.find('/', at + 1);
        std::string token(pointer.substr(at + 1, next == std::string_view::npos ? std::string_view::npos
                                                                                : next - at - 1));
        const bool index = !token.empty() && std::all_of(token.begin(), token.end(),
                                                         [](char c) { return c >= '0' && c <= '9'; });
        if (index)
            name += "[" + token + "]";
        else
            name += (name.empty() ? "" : ".") + token;
        at = next == std::string_view::npos ? pointer.size() : next;
    }
    return name.empty() ? std::string("(the file)") : name;
}

std::string typeName(const json &value)
{
    if (value.is_string())
        return "a string";
    if (value.is_array())
        return "a list";
    if (value.is_object())
        return "an object";
    if (value.is_boolean())
        return "true or false";
    if (value.is_number())
        return "a number";
    return "null";
}

std::string joinNames(std::initializer_list<std::string_view> names)
{
    std::string joined;
    for (auto name : names)
        joined.append(joined.empty() ? "" : ", ").append(name);
    return joined;
}

class RulesReader {
public:
    RulesReader(std::string_view text, std::string_view label, std::vector<std::string> &problems)
        : m_text(text)
        , m_label(label)
        , m_problems(problems)
    {}

    std::optional<SiteRules> read()
    {
        json root;
        try {
            root = json::parse(m_text, nullptr, true, true);
        } catch (const json::parse_error &error) {
            // nlohmann counts the byte after the error; the line is what a person needs.
            const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
            std::string what = error.what();
            if (const auto colon = what.rfind(": "); colon != std::string::npos)
                what = what.substr(colon + 2);
            report(lineOfOffset(m_text, offset), "(the file)", "is not valid JSON: " + what);
            return std::nullopt;
        }
        if (!root.is_object()) {
            problem("", "must be an object ({ … }), not " + typeName(root));
            return std::nullopt;
        }
        const std::size_t before = m_problems.size();
        SiteRules rules = readSite(root);
        if (m_problems.size() != before)
            return std::nullopt;
        return rules;
    }

private:
    void report(int line, const std::string &field, const std::string &message)
    {
        m_problems.push_back(std::string(m_label) + ", line " + std::to_string(line) + ", field \"" + field +
                             "\": " + message + ".");
    }

    void problem(const std::string &pointer, const std::string &message)
    {
        report(lineOfPointer(m_text, pointer), fieldName(pointer), message);
    }

    // Reports every key of `object` not in `known`.
    void onlyKnown(const json &object, const std::string &pointer,
                   std::initializer_list<std::string_view> known)
    {
        for (const auto &[key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                problem(pointer + "/" + key, "unknown field; the fields here are " + joinNames(known));
        }
    }

    const json *member(const json &object, const char *key, const std::string &pointer,
                       bool (json::*isType)() const, const char *wanted)
    {
        const auto it = object.find(key);
        if (it == object.end())
            return nullptr;
        if (!((*it).*isType)()) {
            problem(pointer + "/" + key, std::string("must be ") + wanted + ", not " + typeName(*it));
            return nullptr;
        }
        return &*it;
    }

    // A top-level object field, its own fields checked.
    const json *part(const json &root, const char *key, std::initializer_list<std::string_view> known)
    {
        const json *object = member(root, key, "", &json::is_object, "an object");
        if (object)
            onlyKnown(*object, std::string("/") + key, known);
        return object;
    }

    std::string text(const json &object, const char *key, const std::string &pointer)
    {
        const json *value = member(object, key, pointer, &json::is_string, "a string");
        return value ? value->get<std::string>() : std::string();
    }

    std::vector<std::string> texts(const json &object, const char *key, const std::string &pointer)
    {
        std::vector<std::string> list;
        const json *value = member(object, key, pointer, &json::is_array, "a list of strings");
        if (!value)
            return list;
        for (std::size_t i = 0; i < value->size(); ++i) {
            const json &item = (*value)[i];
            if (!item.is_string() || item.get<std::string>().empty())
                problem(pointer + "/" + key + "/" + std::to_string(i),
                        "must be a non-empty string, not " +
                                (item.is_string() ? "an empty one" : typeName(item)));
            else
                list.push_back(item.get<std::string>());
        }
        return list;
    }

    std::optional<Selector> selector(const std::string &source, const std::string &pointer)
    {
        std::string whyNot;
        auto compiled = Selector::parse(source, &whyNot);
        if (!compiled)
            problem(pointer, "the selector \"" + source + "\" does not parse: " + whyNot);
        return compiled;
    }

    std::vector<Selector> selectors(const json &object, const char *key, const std::string &pointer)
    {
        std::vector<Selector> list;
        const auto sources = texts(object, key, pointer);
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (auto compiled = selector(sources[i], pointer + "/" + key + "/" + std::to_string(i)))
                list.push_back(std::move(*compiled));
        }
        return list;
    }

    // All selectors of a list as one, which is what a noise test asks.
    std::optional<Selector> selectorUnion(const json &object, const char *key, const std::string &pointer)
    {
        auto list = selectors(object, key, pointer);
        if (list.empty())
            return std::nullopt;
        return Selector::anyOf(std::move(list));
    }

    FieldCandidates candidates(const json &list, const std::string &pointer, bool takesAttribute)
    {
        FieldCandidates result;
        if (!list.is_array()) {
            problem(pointer, "must be a list of candidates, not " + typeName(list));
            return result;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = pointer + "/" + std::to_string(i);
            const json &item = list[i];
            FieldCandidate candidate;
            if (item.is_string()) {
                candidate.selectorText = item.get<std::string>();
            } else if (item.is_object()) {
                onlyKnown(item, at, {"selector", "attribute", "clean"});
                candidate.selectorText = text(item, "selector", at);
                if (!item.contains("selector"))
                    problem(at, "a candidate needs a \"selector\"");
                candidate.attribute = asciiLower(text(item, "attribute", at));
                if (!candidate.attribute.empty() && !takesAttribute)
                    problem(at + "/attribute", "this field is read from elements, not from an attribute");
                candidate.clean = selectorUnion(item, "clean", at);
            } else {
                problem(at,
                        "must be a selector string or an object with \"selector\", not " + typeName(item));
                continue;
            }
            auto compiled = selector(candidate.selectorText, item.is_object() ? at + "/selector" : at);
            if (!compiled)
                continue;
            candidate.selector = std::move(*compiled);
            result.push_back(std::move(candidate));
        }
        return result;
    }

    FieldRules fieldRules(const json &object, const std::string &pointer)
    {
        FieldRules rules;
        if (!object.is_object()) {
            problem(pointer, "must be an object of field lists, not " + typeName(object));
            return rules;
        }
        onlyKnown(object, pointer,
                  {"title", "subtitle", "byline", "date", "body", "image", "caption", "tags", "section",
                   "editor"});
        const std::pair<const char *, FieldCandidates *> lists[] = {
                {"title", &rules.title},     {"subtitle", &rules.subtitle}, {"byline", &rules.byline},
                {"date", &rules.date},       {"body", &rules.body},         {"image", &rules.image},
                {"caption", &rules.caption}, {"tags", &rules.tags},         {"section", &rules.section},
                {"editor", &rules.editor}};
        for (const auto &[key, list] : lists) {
            if (const auto it = object.find(key); it != object.end())
                *list = candidates(*it, pointer + "/" + key,
                                   std::string_view(key) != "body" && std::string_view(key) != "image");
        }
        return rules;
    }

    void readHosts(const json &object, const std::string &pointer, SiteRecognition &recognise)
    {
        recognise.hosts = texts(object, "hosts", pointer);
        for (std::size_t i = 0; i < recognise.hosts.size(); ++i) {
            const std::string &host = recognise.hosts[i];
            const bool plain =
                    host.find('.') != std::string::npos && std::all_of(host.begin(), host.end(), [](char c) {
                        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                    });
            if (!plain)
                problem(pointer + "/hosts/" + std::to_string(i),
                        "\"" + host +
                                "\" is not a host; write it as \"example.co.id\": lower case, without "
                                "scheme, \"www.\" or path");
            else if (host.starts_with("www."))
                problem(pointer + "/hosts/" + std::to_string(i),
                        "\"" + host +
                                "\" starts with \"www.\"; write the bare host, which covers every subdomain");
        }
    }

    SiteRecognition recognition(const json &root)
    {
        SiteRecognition recognise;
        const json *object = part(root, "recognise", {"hosts", "url_patterns", "site_names", "markers"});
        if (!object) {
            if (!root.contains("recognise"))
                problem("", "a rules file needs \"recognise\" (hosts, url_patterns, site_names or markers)");
            return recognise;
        }
        const std::string at = "/recognise";
        readHosts(*object, at, recognise);
        recognise.urlPatterns = texts(*object, "url_patterns", at);
        for (auto &name : texts(*object, "site_names", at))
            recognise.siteNames.push_back(asciiLower(name));
        recognise.markers = selectors(*object, "markers", at);
        if (recognise.hosts.empty() && recognise.urlPatterns.empty() && recognise.siteNames.empty() &&
            recognise.markers.empty())
            problem(at, "names no host, URL pattern, site name or marker, so no page would be recognised");
        return recognise;
    }

    PagingRules paging(const json &root)
    {
        PagingRules rules;
        const json *object = part(root, "paging", {"links", "active_class", "whole_article"});
        if (!object)
            return rules;
        if (const std::string links = text(*object, "links", "/paging"); !links.empty())
            rules.links = selector(links, "/paging/links");
        if (object->contains("active_class"))
            rules.activeClass = text(*object, "active_class", "/paging");
        rules.wholeArticle = texts(*object, "whole_article", "/paging");
        return rules;
    }

    SectionRules sections(const json &root)
    {
        SectionRules rules;
        const json *object = part(root, "sections", {"drop", "from_subdomain", "opinion"});
        if (!object)
            return rules;
        for (auto &word : texts(*object, "drop", "/sections"))
            rules.drop.push_back(asciiLower(word));
        for (auto &word : texts(*object, "opinion", "/sections"))
            rules.opinion.push_back(asciiLower(word));
        if (const json *map = member(*object, "from_subdomain", "/sections", &json::is_object, "an object")) {
            for (const auto &[key, value] : map->items()) {
                if (value.is_string())
                    rules.fromSubdomain.emplace_back(asciiLower(key), value.get<std::string>());
                else
                    problem("/sections/from_subdomain/" + key, "must be a string, not " + typeName(value));
            }
        }
        return rules;
    }

    std::vector<SiteTemplate> templates(const json &root)
    {
        std::vector<SiteTemplate> result;
        const json *list = member(root, "templates", "", &json::is_array, "a list of templates");
        if (!list) {
            // One page shape: the site's own fields, always.
            result.push_back({});
            return result;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = "/templates/" + std::to_string(i);
            const json &item = (*list)[i];
            if (!item.is_object()) {
                problem(at, "must be an object, not " + typeName(item));
                continue;
            }
            onlyKnown(item, at, {"name", "detect", "fields"});
            SiteTemplate shape;
            shape.name = text(item, "name", at);
            if (shape.name.empty())
                problem(at, "a template needs a \"name\" (the article's layout)");
            shape.detect = selectors(item, "detect", at);
            if (shape.detect.empty() && !item.contains("detect") && i + 1 < list->size())
                problem(at, "only the last template may go without \"detect\"");
            if (const auto it = item.find("fields"); it != item.end())
                shape.fields = fieldRules(*it, at + "/fields");
            result.push_back(std::move(shape));
        }
        if (list->empty())
            problem("/templates", "is empty; leave it out to use the site's \"fields\" on every page");
        return result;
    }

    SiteRules readSite(const json &root)
    {
        onlyKnown(root, "",
                  {"site", "container_title", "title_suffixes", "recognise", "fields", "templates",
                   "body_noise", "paging", "sections", "datelines", "url_date"});
        SiteRules rules;
        rules.name = text(root, "site", "");
        if (rules.name.empty() && !root.contains("site"))
            problem("", "a rules file needs \"site\", the name articles give as their site");
        rules.containerTitle = text(root, "container_title", "");
        if (rules.containerTitle.empty())
            rules.containerTitle = rules.name;
        rules.titleSuffixes = texts(root, "title_suffixes", "");
        rules.recognise = recognition(root);
        if (const auto it = root.find("fields"); it != root.end())
            rules.fields = fieldRules(*it, "/fields");
        rules.templates = templates(root);
        rules.bodyNoise = selectorUnion(root, "body_noise", "");
        rules.paging = paging(root);
        rules.sections = sections(root);
        rules.datelines = texts(root, "datelines", "");
        for (std::size_t i = 0; i < rules.datelines.size(); ++i) {
            if (rules.datelines[i].find('*') == std::string::npos)
                problem("/datelines/" + std::to_string(i),
                        "a dateline form needs '*' where the place goes (\"Metrotvnews.com, *:\")");
        }
        if (const std::string rule = text(root, "url_date", ""); !rule.empty()) {
            rules.urlDate = urlDateRuleNamed(rule);
            if (!rules.urlDate)
                problem("/url_date",
                        "\"" + rule + "\" is no URL date rule; the rules are " + urlDateRuleNames());
        }
        return rules;
    }

    std::string_view m_text;
    std::string_view m_label;
    std::vector<std::string> &m_problems;
};

} // namespace

std::optional<SiteRules> readSiteRules(std::string_view text, std::string_view label,
                                       std::vector<std::string> &problems)
{
    return RulesReader(text, label, problems).read();
}

} // namespace warta::detail
