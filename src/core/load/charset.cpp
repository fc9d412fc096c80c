#include "load/charset.h"

#include "load/encoding_label.h"
#include "load/meta_prescan.h"
#include "load/sniff.h"

#include <array>

#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace warta {
namespace {

// ucsdet reads its whole input; the first 64 KB of a page are plenty and keep
// detection cheap on a large file.
constexpr std::size_t kDetectionSample = 64 * 1024;

// How far below the top guess windows-1252 may rank and still be preferred
// to a cousin of the same Latin family.
constexpr int32_t kLatinMargin = 20;

bool isLatinCousin(const std::string &encoding)
{
    return encoding == "windows-1254" || encoding == "ISO-8859-15" || encoding == "ISO-8859-9";
}

bool canOpen(const std::string &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer probe(ucnv_open(encoding.c_str(), &status));
    return U_SUCCESS(status);
}

bool isUtf8WithNonAscii(std::string_view bytes)
{
    if (firstUtf8Problem(bytes) != bytes.size())
        return false;
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

Unexpected icuFailure(const std::string &what, const std::string &encoding, UErrorCode status)
{
    return fail(ErrorCode::BadEncoding, "The page could not be decoded as " + encoding + " (" + what + ": " +
                                                u_errorName(status) + ").");
}

void note(std::vector<Diagnostic> &notes, DiagnosticCode code, std::string message, std::string subject)
{
    notes.push_back({code, std::move(message), std::move(subject)});
}

// UTF-8 bytes: repair and record what was repaired.
DecodedText finishUtf8(std::string &&text, std::string encoding, std::vector<Diagnostic> notes)
{
    Utf8Repairs repairs;
    DecodedText out{sanitizeUtf8(std::move(text), repairs), std::move(encoding), std::move(notes)};
    if (repairs.invalid > 0)
        note(out.notes, DiagnosticCode::InvalidUtf8,
             std::to_string(repairs.invalid) +
                     " byte sequence(s) were not valid in the page's charset and were replaced by U+FFFD.",
             std::to_string(repairs.invalid));
    if (repairs.nuls > 0)
        note(out.notes, DiagnosticCode::NulBytes,
             std::to_string(repairs.nuls) + " NUL byte(s) in the page were replaced by U+FFFD.",
             std::to_string(repairs.nuls));
    return out;
}

// What the page or its container says, before looking at the bytes.
struct Declaration {
    std::string encoding;
    std::string origin;   ///< "a byte order mark", "the MHTML part header", "a <meta> tag"
    std::size_t skip = 0; ///< bytes to drop first (the BOM)
};

std::optional<Declaration> findDeclaration(std::string_view bytes, const std::optional<std::string> &declared,
                                           std::vector<Diagnostic> &notes)
{
    if (auto bom = sniffBom(bytes))
        return Declaration{bom->encoding, "a byte order mark", bom->length};
    if (declared) {
        if (auto name = canonicalEncoding(*declared))
            return Declaration{*name, "the container's Content-Type header", 0};
        note(notes, DiagnosticCode::CharsetUnknown,
             "The container declares the unknown charset \"" + *declared + "\".", *declared);
    }
    if (auto meta = prescanMetaCharset(bytes))
        return Declaration{meta->encoding, "a <meta> tag", 0};
    // Not a declaration, but unmistakable, and a pattern no detector of
    // 8-bit charsets would read correctly.
    if (auto utf16 = utf16WithoutBom(bytes))
        return Declaration{*utf16, "its byte pattern", 0};
    return std::nullopt;
}

} // namespace

std::optional<Bom> sniffBom(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xef\xbb\xbf")
        return Bom{"UTF-8", 3};
    // UTF-32's marks before UTF-16's: FF FE 00 00 also begins with UTF-16LE's FF FE, and read as
    // UTF-16 the page would become markup-less NULs. (A UTF-16LE page whose first character is
    // U+0000 would be misread, but no page begins with a NUL.)
    if (bytes.substr(0, 4) == std::string_view("\xff\xfe\0\0", 4))
        return Bom{"UTF-32LE", 4};
    if (bytes.substr(0, 4) == std::string_view("\0\0\xfe\xff", 4))
        return Bom{"UTF-32BE", 4};
    if (bytes.substr(0, 2) == "\xff\xfe")
        return Bom{"UTF-16LE", 2};
    if (bytes.substr(0, 2) == "\xfe\xff")
        return Bom{"UTF-16BE", 2};
    return std::nullopt;
}

Expected<std::string> convertToUtf8(std::string_view bytes, const std::string &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer source(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status))
        return icuFailure("no converter", encoding, status);
    icu::LocalUConverterPointer target(ucnv_open("UTF-8", &status));
    if (U_FAILURE(status))
        return icuFailure("no UTF-8 converter", encoding, status);

    // Streamed through a small pivot so that a large page needs no UTF-16
    // copy; the output grows only when a chunk overflows it.
    std::string out;
    out.resize(bytes.size() + bytes.size() / 4 + 64);
    std::array<UChar, 4096> pivot;
    UChar *pivotSource = pivot.data();
    UChar *pivotTarget = pivot.data();
    const char *src = bytes.data();
    char *dst = out.data();
    bool reset = true;
    while (true) {
        status = U_ZERO_ERROR;
        ucnv_convertEx(target.getAlias(), source.getAlias(), &dst, out.data() + out.size(), &src,
                       bytes.data() + bytes.size(), pivot.data(), &pivotSource, &pivotTarget,
                       pivot.data() + pivot.size(), reset, true, &status);
        reset = false;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        const auto written = static_cast<std::size_t>(dst - out.data());
        out.resize(out.size() * 2);
        dst = out.data() + written;
    }
    if (U_FAILURE(status))
        return icuFailure("conversion failed", encoding, status);
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return out;
}

std::optional<std::string> detectEncoding(std::string_view bytes, bool excludeUtf8)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return std::nullopt;
    const std::string_view sample = bytes.substr(0, kDetectionSample);
    ucsdet_enableInputFilter(detector.getAlias(), true);
    ucsdet_setText(detector.getAlias(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
    if (U_FAILURE(status) || matches == nullptr)
        return std::nullopt;
    std::optional<std::string> best;
    int32_t bestConfidence = 0;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || name == nullptr)
            continue;
        auto canonical = canonicalEncoding(name);
        if (!canonical || (excludeUtf8 && *canonical == "UTF-8") || !canOpen(*canonical))
            continue;
        if (!best) {
            best = std::move(canonical);
            bestConfidence = confidence;
        } else if (*canonical == "windows-1252" && confidence + kLatinMargin >= bestConfidence &&
                   isLatinCousin(*best)) {
            // ucsdet tells the Latin-1 family apart by letter statistics
            // tuned for European languages; for Indonesian text a Turkish or
            // Latin-9 guess is noise, and windows-1252 is the safe reading.
            return canonical;
        }
    }
    return best;
}

Expected<DecodedText> decodeToUtf8(std::string &&bytes, const std::optional<std::string> &declared)
{
    std::vector<Diagnostic> notes;
    std::optional<Declaration> decl = findDeclaration(bytes, declared, notes);
    if (decl && decl->skip > 0)
        bytes.erase(0, decl->skip);

    std::string encoding;
    if (!decl || decl->encoding == "UTF-8") {
        // One pass settles the common case: clean UTF-8 goes through untouched.
        if (firstUtf8Problem(bytes) == bytes.size() || !looksLikeOtherCharset(utf8Stats(bytes)))
            return finishUtf8(std::move(bytes), "UTF-8", std::move(notes));
        auto detected = detectEncoding(bytes, true);
        encoding = detected.value_or("windows-1252");
        if (decl)
            note(notes, DiagnosticCode::CharsetDeclaredWrong,
                 "The page declares UTF-8 in " + decl->origin +
                         ", but its bytes are not UTF-8; it was read as " + encoding + " instead.",
                 encoding);
        else
            note(notes, DiagnosticCode::CharsetDetected,
                 detected ? "The page declares no charset; " + encoding + " was detected from its bytes."
                          : "The page declares no charset and is not UTF-8; it was read as windows-1252.",
                 encoding);
    } else if (decl->skip == 0 && isUtf8WithNonAscii(bytes)) {
        // The reverse mistake, common after a page was re-saved: a legacy
        // charset declared over bytes that are flawless UTF-8. Legacy text
        // almost never happens to form valid multi-byte sequences only.
        note(notes, DiagnosticCode::CharsetDeclaredWrong,
             "The page declares " + decl->encoding + " in " + decl->origin +
                     ", but its bytes are UTF-8; it was read as UTF-8 instead.",
             "UTF-8");
        return finishUtf8(std::move(bytes), "UTF-8", std::move(notes));
    } else {
        encoding = decl->encoding;
    }
    auto converted = convertToUtf8(bytes, encoding);
    if (!converted)
        return Unexpected{converted.error()};
    return finishUtf8(std::move(*converted), encoding, std::move(notes));
}

} // namespace warta
