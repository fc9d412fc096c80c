#pragma once

// The speech verb and speaker phrase that attribute one quotation: after it
// ("…," ujar Budi / tandasnya / Budi menambahkan) or before it ("Budi
// mengatakan, "…"", a paragraph ending "Dia menambahkan:").

#include "quotes/people.h"
#include "quotes/token_stream.h"

#include <string>
#include <string_view>

namespace warta {

struct Attribution {
    bool found = false;
    bool after = false;       ///< the verb follows the quotation
    bool subjectless = false; ///< "lalu menambahkan, "…"": the speaker is the one just named
    std::string verb;         ///< as written, without -nya
    Phrase speaker;           ///< Pronoun for "-nya" and "kata dia"
    int paragraph = 0;        ///< where the verb is
    std::size_t position = 0; ///< byte offset of the verb in that paragraph
};

/// The attribution that follows the quotation token `at` in `tokens`.
Attribution attributionAfter(std::string_view text, const TokenStream &tokens, std::size_t at);

/// The attribution before the quotation token `at` (or before the end of the
/// stream when `at == tokens.size()`, for a paragraph that ends with "Dia
/// menambahkan:"), within the same sentence.
Attribution attributionBefore(std::string_view text, const TokenStream &tokens, std::size_t at);

/// True when the quotation token `at` is a name or a term, not speech:
/// after "program", "sebagai", "berjudul", …
bool introducesTerm(const TokenStream &tokens, std::size_t at);

} // namespace warta
