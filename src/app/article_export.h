#pragma once

#include "article_format.h"

#include "warta/article/article.h"

#include <QString>

namespace warta {

/// The article as Markdown, written by the core's articleToMarkdown with the
/// labels in the interface language.
QString articleMarkdown(const Article &article);

/// The provenance panel's text: file, size, SHA-256, URLs, template and the
/// extraction diagnostics in plain words, as HTML.
QString provenanceHtml(const Article &article, UiLanguage language);

/// A diagnostic as a sentence for a reader.
QString diagnosticText(const Diagnostic &diagnostic);

} // namespace warta
