#include "library_json.h"

namespace warta {
namespace {

template <typename T>
nlohmann::json orNull(const std::optional<T> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}

} // namespace

nlohmann::json libraryArticleJson(const LibraryArticle &article)
{
    return {{"id", article.id},
            {"title", article.title},
            {"site", article.site},
            {"url", orNull(article.url)},
            {"published",
             article.published ? nlohmann::json(article.published->toIso8601()) : nlohmann::json()},
            {"authors", article.authors},
            {"tags", article.tags},
            {"quote_count", article.quoteCount},
            {"paragraph_count", article.paragraphCount},
            {"version_count", article.versionCount},
            {"path", article.path}};
}

nlohmann::json libraryProblemJson(const LibraryProblem &problem)
{
    return {{"path", problem.path}, {"code", static_cast<int>(problem.code)}, {"reason", problem.reason}};
}

nlohmann::json libraryStatusJson(const LibraryStatus &status)
{
    nlohmann::json problems = nlohmann::json::array();
    for (const auto &problem : status.problems)
        problems.push_back(libraryProblemJson(problem));
    return {{"path", status.path},
            {"schema_version", status.schemaVersion},
            {"read_only", status.readOnly},
            {"folders", status.folders},
            {"files", status.files},
            {"articles", status.articles},
            {"versions", status.versions},
            {"quotes", status.quotes},
            {"speakers", status.speakers},
            {"database_bytes", status.databaseBytes},
            {"text_bytes", status.textBytes},
            {"last_indexed", orNull(status.lastIndexed)},
            {"problems", problems}};
}

std::string jsonText(const nlohmann::json &value)
{
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace warta
