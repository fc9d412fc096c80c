#pragma once

#include "warta/article/article.h"
#include "warta/cite/article_item.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

// What every export of one article says about it (authors, outlet, URL, dates, key), decided
// once here so that BibTeX, RIS, CSL-JSON and the share block never disagree. The values are
// raw text; each writer escapes them for its own format.
namespace warta::detail {

struct PersonName {
    std::string given;
    std::string family;
    std::string literal; ///< a one-word name, kept whole
};

/// Reporters, writers and contributors (not editors or photographers), split at the last space.
std::vector<PersonName> authorsOf(const Article &article);

/// The outlet as cited: the title the site's rules give ("SINDOnews.com"), else the site's name.
std::string containerOf(const Article &article);

/// The canonical URL, else the URL the page was saved from.
std::optional<std::string> urlOf(const Article &article);

/// {year, month, day} of the access date: the save time, else options.today, else today.
std::array<int, 3> accessedOf(const Article &article, const ItemOptions &options);

/// The citation key: options.id, else family name + year + first word of the title, ASCII
/// letters and digits only ("dani2019pemprov").
std::string idOf(const Article &article, const ItemOptions &options);

/// "07" for 7.
std::string twoDigits(int value);

/// "2019-06-27".
std::string isoDate(int year, int month, int day);

} // namespace warta::detail
