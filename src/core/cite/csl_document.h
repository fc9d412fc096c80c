#pragma once

#include "warta/cite/citation_processor.h"

#include "cite/csl_item.h"
#include "cite/csl_locale.h"
#include "cite/csl_render.h"
#include "cite/csl_style_data.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// The parts of a document that depend on more than one item: numbers,
// disambiguation, positions, cite clusters and the reference list.
namespace warta::detail {

/// What disambiguation decided for one item.
struct ItemState {
    int namesShown = 0;
    int givenLevel = 0;
    bool givenPrimaryOnly = false;
    bool disambiguate = false;
    std::string yearSuffix;
};

/// The items a document cites, in order of first citation, with what the
/// whole document decides for each.
struct DocumentState {
    const StyleData &style;
    const CslLocale &locale;
    std::vector<const ItemData *> items;
    std::vector<int> numbers;          ///< citation-number of each item
    std::vector<std::size_t> bibOrder; ///< the reference list: indexes into items
    std::vector<ItemState> states;
    /// The first rendering error (a macro loop); rendering goes on with empty output.
    mutable std::optional<Error> error;
};

/// One cite placed in its document.
struct PlacedCite {
    std::size_t item = 0; ///< index into DocumentState::items
    CiteRef ref;
    Position position = Position::First;
    bool nearNote = false;
    int firstNoteNumber = 0;
};

/// The request that renders `cite` (or, without a cite, the item's first citation).
RenderRequest citeRequest(const DocumentState &doc, std::size_t item, const PlacedCite *cite = nullptr);

/// The layout body of one cite (request.citation) or bibliography entry, without
/// the layout's affixes; a rendering error is kept in doc.error.
Out renderLayout(const DocumentState &doc, const RenderRequest &request, std::size_t item);

/// Sets names, given names, the disambiguate condition and year suffixes so
/// that no two items print the same first citation (CSL 1.0.2 disambiguation,
/// in citeproc-js's order of methods).
void disambiguate(DocumentState &doc);

/// One citation: cites sorted as the style sorts a citation, rendered, joined
/// by the layout delimiter with the style's collapsing, inside the layout's
/// affixes and formatting.
Out renderCluster(const DocumentState &doc, std::vector<PlacedCite> cites);

/// The text of the first cs:names output in a rendered tree ("" when none).
std::string namesText(const Out &tree, const QuoteMarks &marks);
/// Whether the first cs:names output is a title or term standing in for names.
bool namesSubstituted(const Out &tree);
/// The first cs:names output in a rendered tree, or nullptr.
Out *firstNames(Out &tree);

} // namespace warta::detail
