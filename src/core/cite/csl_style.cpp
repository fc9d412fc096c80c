#include "warta/cite/csl_style.h"

#include "cite/csl_style_data.h"
#include "warta/load/file_bytes.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace warta {
namespace fs = std::filesystem;

// The largest CSL styles are a few hundred KB; this keeps a device or a huge file named .csl
// from filling memory.
constexpr std::size_t kMaxStyleBytes = 8u * 1024u * 1024u;
const FileKind kStyleFile{"a CSL style", "styles"};
using detail::StyleData;

namespace {

std::string cslDirOf(const StyleOptions &options)
{
    return options.cslDir.empty() ? std::string(WARTA_CSL_DIR) : options.cslDir;
}

std::string userDirOf(const StyleOptions &options)
{
    if (!options.userStyleDir.empty())
        return options.userStyleDir;
    const char *home = std::getenv("HOME");
    return home ? std::string(home) + "/.local/share/warta/styles" : std::string();
}

std::vector<std::string> styleFolders(const StyleOptions &options)
{
    std::vector<std::string> folders;
    if (std::string user = userDirOf(options); !user.empty())
        folders.push_back(user);
    folders.push_back(cslDirOf(options) + "/styles");
    folders.push_back(cslDirOf(options) + "/styles/dependent");
    return folders;
}

std::string findStyleFile(const std::string &id, const StyleOptions &options)
{
    for (const auto &folder : styleFolders(options)) {
        fs::path candidate = fs::path(folder) / (id + ".csl");
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec))
            return candidate.string();
    }
    return {};
}

std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string lastSegment(const std::string &href)
{
    std::size_t slash = href.find_last_of('/');
    return slash == std::string::npos ? href : href.substr(slash + 1);
}

Expected<std::shared_ptr<StyleData>> parseStyle(std::shared_ptr<pugi::xml_document> doc,
                                                const std::string &path)
{
    auto data = std::make_shared<StyleData>();
    data->doc = std::move(doc);
    data->root = data->doc->child("style");
    if (!data->root)
        return fail(ErrorCode::BadStyle, "not a CSL style (no <style> element): " + path);
    data->path = path;
    auto info = data->root.child("info");
    data->id = lastSegment(info.child_value("id"));
    data->title = info.child_value("title");
    data->styleClass = data->root.attribute("class").as_string("in-text");
    data->defaultLocale = data->root.attribute("default-locale").value();
    data->citation = data->root.child("citation");
    data->bibliography = data->root.child("bibliography");
    for (auto macro : data->root.children("macro"))
        data->macros[macro.attribute("name").value()] = macro;
    // A style that never prints year-suffix itself gets it after the first year (CSL 1.0.2).
    data->printsYearSuffix = static_cast<bool>(
            data->root.select_node("//*[contains(concat(' ', @variable, ' '), ' year-suffix ')]"));
    return data;
}

Expected<CslStyle> finishLoad(std::shared_ptr<pugi::xml_document> doc, const std::string &path,
                              const StyleOptions &options, int depth);

Expected<CslStyle> loadFile(const std::string &path, const StyleOptions &options, int depth)
{
    auto bytes = readFileBytes(path, kMaxStyleBytes, kStyleFile);
    if (!bytes)
        return fail(bytes.error().code == ErrorCode::NotFound ? ErrorCode::StyleNotFound
                                                              : ErrorCode::BadStyle,
                    path + ": " + bytes.error().message);
    auto doc = std::make_shared<pugi::xml_document>();
    pugi::xml_parse_result parsed = doc->load_buffer(bytes->data(), bytes->size());
    if (!parsed)
        return fail(ErrorCode::BadStyle, path + ": " + parsed.description());
    return finishLoad(std::move(doc), path, options, depth);
}

} // namespace

// CslStyle has private members only the loader sets; a friend-free way is a
// small factory struct in this file.
struct StyleFactory {
    static CslStyle make(std::shared_ptr<const StyleData> data, std::string localeDir)
    {
        CslStyle style = makeEmpty();
        style.m_data = std::move(data);
        style.m_localeDir = std::move(localeDir);
        return style;
    }
    static CslStyle makeEmpty();
};

namespace {

Expected<CslStyle> finishLoad(std::shared_ptr<pugi::xml_document> doc, const std::string &path,
                              const StyleOptions &options, int depth)
{
    auto parsed = parseStyle(std::move(doc), path);
    if (!parsed)
        return Unexpected{parsed.error()};
    std::shared_ptr<StyleData> data = parsed.value();
    const std::string localeDir = cslDirOf(options) + "/locales";
    if (!data->citation.child("layout")) {
        std::string parentHref;
        for (auto link : data->root.child("info").children("link"))
            if (std::string(link.attribute("rel").value()) == "independent-parent")
                parentHref = link.attribute("href").value();
        if (parentHref.empty())
            return fail(ErrorCode::BadStyle, path + ": the style has no citation layout");
        if (depth > 0)
            return fail(ErrorCode::BadStyle, path + ": a dependent style's parent is itself dependent");
        const std::string parentId = lastSegment(parentHref);
        const std::string parentPath = findStyleFile(parentId, options);
        if (parentPath.empty())
            return fail(ErrorCode::StyleNotFound,
                        "the parent style " + parentId + " of " + data->id + " is not installed");
        auto parent = loadFile(parentPath, options, depth + 1);
        if (!parent)
            return parent;
        auto merged = std::make_shared<StyleData>(parent->data());
        merged->id = data->id;
        merged->title = data->title;
        merged->parentId = parentId;
        if (!data->defaultLocale.empty())
            merged->defaultLocale = data->defaultLocale;
        return StyleFactory::make(std::move(merged), localeDir);
    }
    return StyleFactory::make(std::move(data), localeDir);
}

} // namespace

Expected<CslStyle> CslStyle::load(const std::string &idOrPath, const StyleOptions &options)
{
    std::error_code ec;
    const bool looksLikePath = idOrPath.find('/') != std::string::npos ||
                               (idOrPath.size() > 4 && idOrPath.compare(idOrPath.size() - 4, 4, ".csl") == 0);
    if (looksLikePath) {
        if (!fs::is_regular_file(idOrPath, ec))
            return fail(ErrorCode::StyleNotFound, "no style file at " + idOrPath);
        return loadFile(idOrPath, options, 0);
    }
    std::string path = findStyleFile(idOrPath, options);
    if (path.empty()) {
        std::string message = "no CSL style with the id \"" + idOrPath + "\"";
        auto nearest = nearestStyleIds(idOrPath, 3, options);
        if (!nearest.empty()) {
            message += "; did you mean ";
            for (std::size_t i = 0; i < nearest.size(); ++i)
                message += (i ? ", " : "") + nearest[i];
            message += "?";
        }
        return fail(ErrorCode::StyleNotFound, message);
    }
    return loadFile(path, options, 0);
}

Expected<CslStyle> CslStyle::fromXml(const std::string &xml, const StyleOptions &options)
{
    auto doc = std::make_shared<pugi::xml_document>();
    pugi::xml_parse_result parsed = doc->load_buffer(xml.data(), xml.size());
    if (!parsed)
        return fail(ErrorCode::BadStyle,
                    std::string("the style XML does not parse: ") + parsed.description());
    return finishLoad(std::move(doc), "<inline>", options, 0);
}

CslStyle StyleFactory::makeEmpty()
{
    return CslStyle();
}

const std::string &CslStyle::id() const
{
    return m_data->id;
}
const std::string &CslStyle::title() const
{
    return m_data->title;
}
const std::string &CslStyle::defaultLocale() const
{
    return m_data->defaultLocale;
}
const std::string &CslStyle::styleClass() const
{
    return m_data->styleClass;
}
const std::string &CslStyle::parentId() const
{
    return m_data->parentId;
}
bool CslStyle::hasBibliography() const
{
    return static_cast<bool>(m_data->bibliography.child("layout"));
}

namespace {

// The title without parsing the whole file: styles put <title> in the first few kB.
std::string quickTitle(const fs::path &path)
{
    auto read = readFileHead(path.string(), 6144, kStyleFile);
    if (!read)
        return {};
    const std::string &head = read.value();
    std::size_t open = head.find("<title>");
    if (open == std::string::npos)
        return {};
    std::size_t close = head.find("</title>", open);
    if (close == std::string::npos)
        return {};
    std::string title = head.substr(open + 7, close - open - 7);
    for (const auto &[entity, text] : std::map<std::string, std::string>{
                 {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}})
        for (std::size_t pos; (pos = title.find(entity)) != std::string::npos;)
            title.replace(pos, entity.size(), text);
    return title;
}

} // namespace

std::vector<StyleSummary> listStyles(const StyleOptions &options)
{
    std::map<std::string, StyleSummary> byId;
    for (const auto &folder : styleFolders(options)) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            continue;
        const bool dependent =
                folder.size() > 10 && folder.compare(folder.size() - 10, 10, "/dependent") == 0;
        for (const auto &entry : fs::directory_iterator(folder, ec)) {
            if (entry.path().extension() != ".csl")
                continue;
            std::string id = entry.path().stem().string();
            if (byId.count(id))
                continue;
            byId[id] = {id, quickTitle(entry.path()), entry.path().string(), dependent};
        }
    }
    std::vector<StyleSummary> list;
    for (auto &[id, summary] : byId)
        list.push_back(std::move(summary));
    return list;
}

std::vector<std::string> nearestStyleIds(const std::string &id, std::size_t count,
                                         const StyleOptions &options)
{
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto &folder : styleFolders(options)) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            continue;
        for (const auto &entry : fs::directory_iterator(folder, ec)) {
            if (entry.path().extension() != ".csl")
                continue;
            std::string candidate = entry.path().stem().string();
            scored.emplace_back(editDistance(id, candidate), candidate);
        }
    }
    std::sort(scored.begin(), scored.end());
    scored.erase(std::unique(scored.begin(), scored.end()), scored.end());
    std::vector<std::string> best;
    for (std::size_t i = 0; i < scored.size() && best.size() < count; ++i)
        best.push_back(scored[i].second);
    return best;
}

} // namespace warta
