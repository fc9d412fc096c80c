#pragma once

// The reader's corrections to an article's quote ledger: a quote's speaker
// set by hand, and quotes the finder missed marked from a selection. They
// are kept per saved file, keyed by the file's SHA-256, in the user's data
// folder, never in the saved file (docs/quotes.md gives the format).

#include "warta/article/article.h"
#include "warta/common/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

struct QuoteCorrection {
    enum class Kind {
        Speaker, ///< the speaker of a quote the finder listed
        Added    ///< a quote the finder missed, marked by the reader
    };
    Kind kind = Kind::Speaker;
    int paragraph = 0; ///< where the quote is, as in Quote
    int endParagraph = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;                   ///< the quoted words, to tell the quote is still the same
    std::optional<std::string> speaker; ///< empty: the reader says the article names no one
};

struct QuoteCorrections {
    std::string fileSha256; ///< the saved file they belong to
    std::vector<QuoteCorrection> items;
};

/// `$XDG_DATA_HOME/warta/quote-corrections`, or `~/.local/share/…` when
/// XDG_DATA_HOME is unset or not absolute; empty when neither is known.
std::string quoteCorrectionsFolder();

/// The file that holds the corrections of the saved file with this SHA-256.
std::string quoteCorrectionsPath(const std::string &fileSha256);

/// Reads corrections from their JSON; a file that is not a corrections file,
/// of a later version, or of another saved file is an error with a sentence.
Expected<QuoteCorrections> parseQuoteCorrections(std::string_view json, const std::string &fileSha256);
std::string quoteCorrectionsToJson(const QuoteCorrections &corrections);

/// The corrections kept for a saved file; none (no error) when there is no file.
Expected<QuoteCorrections> loadQuoteCorrections(const std::string &fileSha256);
/// Writes them beside the others (the folder is created); replaces the file
/// atomically. Returns the path written.
Expected<std::string> saveQuoteCorrections(const QuoteCorrections &corrections);

/// Sets the speaker of `quote` (replacing an earlier correction of it).
void correctSpeaker(QuoteCorrections &corrections, const Quote &quote, std::optional<std::string> speaker);
/// Marks the words [begin, end) of one paragraph as a quote the finder
/// missed; an error when the range is not inside the paragraph's text or
/// cuts a character.
Expected<QuoteCorrection> markQuote(QuoteCorrections &corrections, const std::vector<Paragraph> &paragraphs,
                                    int paragraph, std::size_t begin, std::size_t end,
                                    std::optional<std::string> speaker);

/// Applies corrections to the ledger: a corrected quote gets the reader's
/// speaker, attribution "reader", confidence high and `corrected`; a marked
/// quote is inserted in reading order. Corrections whose quote is no longer
/// there (the text changed) are left out; returns how many were applied.
std::size_t applyQuoteCorrections(const QuoteCorrections &corrections,
                                  const std::vector<Paragraph> &paragraphs, std::vector<Quote> &quotes);

} // namespace warta
