#pragma once

#include "warta/article/article.h"

#include <string>

namespace warta {

/// The article as JSON, per the contract in docs/article-json.md. `indent` < 0
/// gives one line (for JSON Lines).
std::string articleToJson(const Article &article, int indent = 2);

/// Quotes as a JSON array of {text, speaker, role, verb, paragraph,
/// end_paragraph, begin, end}, the same objects as in the article's JSON.
std::string quotesToJson(const std::vector<Quote> &quotes, int indent = 2);

} // namespace warta
