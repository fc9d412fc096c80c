#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace warta {

/// A month (1-12) or a weekday (0 = Sunday) named by a word.
struct DateName {
    enum class Kind {
        Month,
        Weekday
    };
    Kind kind = Kind::Month;
    int value = 0;
};

/// The text lower-cased the Unicode way (NFKC_Casefold: also full-width digits
/// to ASCII, no-break spaces to spaces, invisible characters dropped), with
/// every apostrophe-like character turned into "'" and every dash into "-".
/// Invalid UTF-8 becomes U+FFFD. Only the first `maxBytes` bytes are read.
std::string foldDateText(std::string_view text, std::size_t maxBytes);

/// The month or weekday a folded word names: ICU's names for the locales
/// "id" and "en" in every width, plus the old and informal spellings pages
/// use ("Agt", "Ags", "Sept", "Nop", "Pebruari", "Ahad"); then the wide and
/// abbreviated names of "de", "fr", "es", "pt", "nl" and "it", where they do
/// not clash with an Indonesian or English name. Apostrophes in `foldedWord`
/// are ignored ("jum'at" = "jumat"). Nothing for other words, and for names
/// that mean different things within the same rank of languages.
std::optional<DateName> lookupDateName(std::string_view foldedWord);

} // namespace warta
