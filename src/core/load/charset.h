#pragma once

#include "warta/common/diagnostic.h"
#include "warta/common/expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// The encoding named by a byte order mark, and the mark's length.
struct Bom {
    std::string encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE"
    std::size_t length = 0;
};
std::optional<Bom> sniffBom(std::string_view bytes);

/// Offset of the first byte that is not part of well-formed UTF-8, or of the
/// first NUL; `bytes.size()` when there is none. Eight bytes at a time over
/// ASCII, so checking a clean page costs about one memchr.
std::size_t firstUtf8Problem(std::string_view bytes);

/// Counts over the whole text, for deciding whether bytes that are not clean
/// UTF-8 are UTF-8 with a few errors or another charset altogether.
struct Utf8Stats {
    std::size_t multibyte = 0; ///< well-formed sequences of two to four bytes
    std::size_t invalid = 0;   ///< ill-formed sequences (maximal subparts)
    std::size_t nuls = 0;
};
Utf8Stats utf8Stats(std::string_view bytes);

/// True when the bytes read as UTF-8 with so many errors that they are more
/// likely another charset: at least one ill-formed sequence, and no more
/// well-formed multi-byte sequences than ill-formed ones.
bool looksLikeOtherCharset(const Utf8Stats &stats);

/// What sanitizeUtf8 repaired.
struct Utf8Repairs {
    std::size_t invalid = 0; ///< ill-formed sequences, each now one U+FFFD
    std::size_t nuls = 0;    ///< NUL bytes, each now U+FFFD
};

/// The text with every ill-formed sequence (each maximal subpart, as the
/// Encoding Standard's UTF-8 decoder does) and every NUL replaced by U+FFFD.
/// Returns the same buffer, untouched, when there is nothing to repair.
std::string sanitizeUtf8(std::string &&text, Utf8Repairs &repairs);

/// The bytes converted from `encoding` to UTF-8 with ICU. Bytes invalid in
/// the encoding become U+FFFD. BadEncoding when ICU cannot convert at all.
Expected<std::string> convertToUtf8(std::string_view bytes, const std::string &encoding);

/// ICU's guess (ucsdet, markup filtered out) as a canonical encoding name,
/// skipping UTF-8 when `excludeUtf8` (the bytes are known not to be UTF-8).
std::optional<std::string> detectEncoding(std::string_view bytes, bool excludeUtf8);

/// A page decoded to UTF-8 and what was decided on the way.
struct DecodedText {
    std::string text;
    std::string encoding;
    std::vector<Diagnostic> notes;
};

/// The charset decision and the conversion: BOM, then `declared` (a charset
/// the container gave, such as an MHTML part's Content-Type), then the meta
/// prescan, then (undeclared) UTF-8 if the bytes are valid UTF-8, else ICU's
/// detector, else windows-1252. A declared UTF-8 that the bytes contradict is
/// overruled by detection, and a declared legacy charset over bytes that are
/// valid, non-ASCII UTF-8 is overruled by UTF-8, each with a note. Takes the bytes by value so that
/// valid UTF-8 passes through without a copy.
Expected<DecodedText> decodeToUtf8(std::string &&bytes, const std::optional<std::string> &declared = {});

} // namespace warta
