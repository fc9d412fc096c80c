#pragma once

// Shared by the sentence-pattern tests: run the finder over paragraphs
// given as plain strings.

#include "warta/quotes/quote_finder.h"

#include <string>
#include <vector>

namespace warta::test {

inline QuoteLedger findQuotesIn(const std::vector<std::string> &texts)
{
    std::vector<Paragraph> paragraphs;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        std::string id = "p"; // appended, not "p" + …: GCC 12 -O2 warns falsely (-Wrestrict) on that form
        id += std::to_string(i + 1);
        paragraphs.push_back({id, texts[i], 0});
    }
    return findQuotes(paragraphs);
}

inline std::string speakerOf(const Quote &quote)
{
    return quote.speaker.value_or("<null>");
}

} // namespace warta::test
