#pragma once

#include "warta/article/article.h"

#include <vector>

namespace warta {

/// Who said what in one article.
struct QuoteLedger {
    std::vector<Quote> quotes;                  ///< direct quotations, in reading order
    std::vector<ReportedSpeech> reportedSpeech; ///< indirect speech, never in `quotes`
};

/// Finds the direct quotations in an article's paragraphs and attributes each
/// to a speech verb and a speaker, resolved to the full name the article
/// establishes (see docs/quotes.md for the rules).
QuoteLedger findQuotes(const std::vector<Paragraph> &paragraphs);

} // namespace warta
