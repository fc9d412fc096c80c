#pragma once

#include "citation_source.h"

#include "warta/library/library.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace warta {

/// What the library's copy commands cite with: the window's citation source
/// and the style and locale the reader chose.
struct CitationContext {
    const CitationSource *source = nullptr;
    QString styleId;
    QString styleTitle;
    QString locale;
};
using CitationContextProvider = std::function<CitationContext()>;

/// The reference list of the articles, in the chosen style; a failure sets
/// `error` to a sentence for the reader.
std::optional<FormattedCitation> libraryReferenceList(const Library &library,
                                                      const std::vector<std::int64_t> &articleIds,
                                                      const CitationContext &context, QString *error);

/// A quote of the library with its citation, pinned to its paragraph:
/// "Speaker: “words”" (Author, year, para. N), then the reference entry.
std::optional<CitationResult> libraryQuoteCitation(const Library &library, const LibraryQuote &quote,
                                                   const CitationContext &context, QString *error);
/// The text and HTML of a quote with its citation, as the clipboard takes it.
FormattedCitation quoteWithCitation(const LibraryQuote &quote, const CitationResult &citation);

/// The articles as BibTeX, RIS or CSL-JSON (an array). BibTeX and RIS come
/// from the saved files read again (the files are the source of truth, and
/// the same mapping as warta-cli's); a file that cannot be read is left out
/// and named in `problems` ("path: reason"). CSL-JSON is the library's.
QString libraryReferences(const Library &library, const std::vector<LibraryArticle> &articles,
                          ReferenceFormat format, QStringList *problems);

} // namespace warta
