#pragma once

#include "warta/library/library.h"

#include <nlohmann/json.hpp>

namespace warta {

// The JSON of the library commands (docs/library.md, "Commands"): snake_case
// keys as in the article contract, paragraphs 0-based, absent values null.

nlohmann::ordered_json libraryArticleJson(const LibraryArticle &article);
nlohmann::ordered_json libraryProblemJson(const LibraryProblem &problem);
nlohmann::ordered_json libraryStatusJson(const LibraryStatus &status);

/// The text of a value, indented by 2, with a byte that is not UTF-8
/// replaced (a page's text is not trusted to be valid, and must not abort).
std::string jsonText(const nlohmann::ordered_json &value);

} // namespace warta
