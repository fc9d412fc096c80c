#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Every soft problem the core reports: something guessed, repaired or
/// missing. The stable name of each (diagnosticName) is what the JSON and the
/// CLI print and what docs/article-json.md lists; new codes go at the end of
/// their group and into the name table in diagnostic.cpp.
enum class DiagnosticCode {
    // Loading: the file and its bytes.
    CharsetDetected,      ///< "charset-detected": no charset declared, one was detected
    CharsetDeclaredWrong, ///< "charset-declared-wrong": the declared charset does not fit the bytes
    CharsetUnknown,       ///< "charset-unknown": the container names a charset nobody knows
    InvalidUtf8,          ///< "invalid-utf8": byte sequences replaced by U+FFFD
    NulBytes,             ///< "nul-bytes": NUL bytes replaced by U+FFFD
    MhtmlTruncated,       ///< "mhtml-truncated": no closing MIME boundary
    SavedDateUnreadable,  ///< "saved-date-unreadable": SingleFile's save date is not a date
    // Extraction: the fields of the article.
    DateFromMetadata,    ///< "date-from-metadata"
    DateFromUrl,         ///< "date-from-url"
    DateUrlMismatch,     ///< "date-url-mismatch"
    DateWeekdayMismatch, ///< "date-weekday-mismatch"
    DateZoneUnknown,     ///< "date-zone-unknown": a time without a zone, given without an offset
    DateChosen,          ///< "date-chosen": which date statement won, which agreed (subject)
    DateConflict,        ///< "date-conflict": statements naming another day (subject)
    DateAfterUpdate,     ///< "date-after-update": a modification before the publication, dropped (subject)
    NoDate,              ///< "no-date"
    NoByline,            ///< "no-byline"
    NoTitle,             ///< "no-title"
    NoBody,              ///< "no-body"
    JsonLdRepaired,      ///< "jsonld-repaired"
    JsonLdInvalid,       ///< "jsonld-invalid"
    UnknownTemplate,     ///< "unknown-template"
    QuotesSkipped,       ///< "quotes-skipped"
    // Joining the pages of a multi-page article.
    PagesJoined,  ///< "pages-joined"
    PagesMissing, ///< "pages-missing"
};

/// The stable kebab-case name of a code ("date-from-url").
std::string_view diagnosticName(DiagnosticCode code);

/// The code with that name, if there is one.
std::optional<DiagnosticCode> diagnosticFromName(std::string_view name);

/// Every code, in declaration order (for the documentation test and for
/// front ends that translate each one).
const std::vector<DiagnosticCode> &allDiagnosticCodes();

/// Something guessed, missing or odd ("date-from-url": the page printed no
/// date, so the URL's timestamp was used).
struct Diagnostic {
    DiagnosticCode code;
    std::string message; ///< a full English sentence, as the JSON and the CLI print it
    /// The one variable part of the message (a charset, the list of pages),
    /// for a front end that words the sentence itself; empty when the code
    /// says it all.
    std::string subject;
};

} // namespace warta
