#include "library_json.h"

namespace warta {
namespace {

template <typename T>
nlohmann::ordered_json orNull(const std::optional<T> &value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

} // namespace

nlohmann::ordered_json libraryArticleJson(const LibraryArticle &article)
{
    return {{"id", article.id},
            {"title", article.title},
            {"site", article.site},
            {"url", orNull(article.url)},
            {"published", article.published ? nlohmann::ordered_json(article.published->toIso8601())
                                            : nlohmann::ordered_json()},
            {"authors", article.authors},
            {"tags", article.tags},
            {"quote_count", article.quoteCount},
            {"paragraph_count", article.paragraphCount},
            {"version_count", article.versionCount},
            {"path", article.path}};
}

nlohmann::ordered_json libraryProblemJson(const LibraryProblem &problem)
{
    return {{"path", problem.path}, {"code", static_cast<int>(problem.code)}, {"reason", problem.reason}};
}

nlohmann::ordered_json libraryStatusJson(const LibraryStatus &status)
{
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const auto &problem : status.problems)
        problems.push_back(libraryProblemJson(problem));
    return {{"path", status.path},
            {"schema_version", status.schemaVersion},
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

std::string jsonText(const nlohmann::ordered_json &value)
{
    return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace warta
