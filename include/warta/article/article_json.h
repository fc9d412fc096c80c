#pragma once

#include "warta/article/article.h"

#include <string>

namespace warta {

/// The article as JSON, per the contract in docs/article-json.md. `indent` < 0
/// gives one line (for JSON Lines).
std::string articleToJson(const Article &article, int indent = 2);

} // namespace warta
