#include "warta/common/diagnostic.h"

#include <array>
#include <utility>

namespace warta {
namespace {

// The one table of names. They are a public contract (JSON, CLI output,
// docs/article-json.md): never rename one, only add.
constexpr std::array kNames{
        std::pair{DiagnosticCode::CharsetDetected, std::string_view{"charset-detected"}},
        std::pair{DiagnosticCode::CharsetDeclaredWrong, std::string_view{"charset-declared-wrong"}},
        std::pair{DiagnosticCode::CharsetUnknown, std::string_view{"charset-unknown"}},
        std::pair{DiagnosticCode::InvalidUtf8, std::string_view{"invalid-utf8"}},
        std::pair{DiagnosticCode::NulBytes, std::string_view{"nul-bytes"}},
        std::pair{DiagnosticCode::MhtmlTruncated, std::string_view{"mhtml-truncated"}},
        std::pair{DiagnosticCode::SavedDateUnreadable, std::string_view{"saved-date-unreadable"}},
        std::pair{DiagnosticCode::DateFromMetadata, std::string_view{"date-from-metadata"}},
        std::pair{DiagnosticCode::DateFromUrl, std::string_view{"date-from-url"}},
        std::pair{DiagnosticCode::DateUrlMismatch, std::string_view{"date-url-mismatch"}},
        std::pair{DiagnosticCode::DateWeekdayMismatch, std::string_view{"date-weekday-mismatch"}},
        std::pair{DiagnosticCode::DateZoneUnknown, std::string_view{"date-zone-unknown"}},
        std::pair{DiagnosticCode::DateChosen, std::string_view{"date-chosen"}},
        std::pair{DiagnosticCode::DateConflict, std::string_view{"date-conflict"}},
        std::pair{DiagnosticCode::DateAfterUpdate, std::string_view{"date-after-update"}},
        std::pair{DiagnosticCode::NoDate, std::string_view{"no-date"}},
        std::pair{DiagnosticCode::NoByline, std::string_view{"no-byline"}},
        std::pair{DiagnosticCode::NoTitle, std::string_view{"no-title"}},
        std::pair{DiagnosticCode::NoBody, std::string_view{"no-body"}},
        std::pair{DiagnosticCode::JsonLdRepaired, std::string_view{"jsonld-repaired"}},
        std::pair{DiagnosticCode::JsonLdInvalid, std::string_view{"jsonld-invalid"}},
        std::pair{DiagnosticCode::UnknownTemplate, std::string_view{"unknown-template"}},
        std::pair{DiagnosticCode::QuotesSkipped, std::string_view{"quotes-skipped"}},
        std::pair{DiagnosticCode::PagesJoined, std::string_view{"pages-joined"}},
        std::pair{DiagnosticCode::PagesMissing, std::string_view{"pages-missing"}},
};

} // namespace

std::string_view diagnosticName(DiagnosticCode code)
{
    for (const auto &[known, name] : kNames)
        if (known == code)
            return name;
    return "unknown";
}

std::optional<DiagnosticCode> diagnosticFromName(std::string_view name)
{
    for (const auto &[code, known] : kNames)
        if (known == name)
            return code;
    return std::nullopt;
}

const std::vector<DiagnosticCode> &allDiagnosticCodes()
{
    static const std::vector<DiagnosticCode> codes = [] {
        std::vector<DiagnosticCode> all;
        for (const auto &entry : kNames)
            all.push_back(entry.first);
        return all;
    }();
    return codes;
}

} // namespace warta
