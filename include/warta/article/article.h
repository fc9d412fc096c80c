#pragma once

#include "warta/common/diagnostic.h"
#include "warta/common/source_info.h"
#include "warta/date/zoned_time.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace warta {

/// What a person did for the article, as the page says it.
enum class AuthorRole {
    Reporter,
    Writer,
    Editor,
    Photographer,
    Contributor
};

struct Author {
    std::string name;
    AuthorRole role = AuthorRole::Reporter;
    friend bool operator==(const Author &, const Author &) = default;
};

struct LeadImage {
    std::string url; ///< the original absolute URL, never a lazy-load placeholder
    std::optional<std::string> caption;
    std::optional<std::string> local; ///< the saved copy: a path relative to the file, or "data:"
    std::string dataUri;              ///< the embedded image itself when the file holds it as a data: URI
                                      ///< (SingleFile), for showing it offline; not part of the JSON
};

struct Paragraph {
    std::string id;               ///< stable within the article: "p1", "p2", …
    std::string text;             ///< visible text, whitespace collapsed, NFC
    std::size_t sourceOffset = 0; ///< byte offset in the decoded UTF-8 page where it starts
};

/// How sure the finder is of a quote's speaker: High when the attribution
/// names the person or the discourse leaves one candidate; Low otherwise
/// (the speaker may then be empty rather than a guess).
enum class SpeakerConfidence {
    Low,
    High
};

/// A direct quotation. Offsets are UTF-8 byte offsets into Paragraph::text,
/// covering the words inside the marks (the marks themselves excluded).
struct Quote {
    std::string text; ///< the words inside the marks; parts of a multi-paragraph quote joined by a space
    std::optional<std::string> speaker; ///< full name as the article establishes it; empty when unknown
    std::optional<std::string> role;    ///< "Gubernur Sumsel", when the article gives one
    std::string verb;                   ///< speech verb as written, without -nya ("tandas")
    int paragraph = 0;                  ///< 0-based index where the quote starts
    int endParagraph = 0;               ///< where it ends (== paragraph for one-paragraph quotes)
    std::size_t begin = 0;              ///< byte offset in paragraphs[paragraph].text
    std::size_t end = 0;                ///< byte offset in paragraphs[endParagraph].text
    /// The evidence for the speaker: "name-after", "name-before", "menurut",
    /// "role-phrase", "pronoun", "carried-over", "first-person", "unnamed"
    /// (docs/quotes.md); "reader" for a quote the reader corrected or marked.
    std::string attribution;
    SpeakerConfidence speakerConfidence = SpeakerConfidence::Low;
    bool corrected = false; ///< the reader set the speaker or marked the quote (warta/quotes/corrections.h)
};

/// Indirect speech ("Menurut X, …", "X mengatakan bahwa …"): never a quote.
struct ReportedSpeech {
    std::optional<std::string> speaker;
    std::string verb;
    int paragraph = 0;
};

/// One article as extracted from a saved page. A value type with owned
/// strings: nothing refers back into the parsed page.
struct Article {
    std::string site;                  ///< "SINDOnews", or og:site_name / host
    std::optional<std::string> layout; ///< template recognised: "g2-legacy", "g4", "generic"
    std::optional<std::string> url;    ///< canonical URL
    std::optional<std::string> savedFromUrl;
    std::string title;
    std::optional<std::string> subtitle;
    std::vector<std::string> section;
    std::optional<ZonedTime> published;
    std::optional<std::string> publishedText; ///< the date exactly as printed
    std::optional<ZonedTime> updated;
    std::vector<Author> authors;
    std::optional<std::string> editorInitials;
    std::optional<std::string> dateline;
    std::optional<LeadImage> leadImage;
    std::vector<std::string> tags;
    std::vector<Paragraph> paragraphs;
    std::vector<Quote> quotes;
    std::vector<ReportedSpeech> reportedSpeech;
    int page = 1;
    int pageCount = 1;
    std::string language = "id"; ///< BCP 47
    int wordCount = 0;
    std::vector<Diagnostic> diagnostics;
    SourceInfo source;

    void addDiagnostic(DiagnosticCode code, std::string message, std::string subject = {})
    {
        diagnostics.push_back({code, std::move(message), std::move(subject)});
    }
    bool hasDiagnostic(DiagnosticCode code) const
    {
        for (const auto &d : diagnostics)
            if (d.code == code)
                return true;
        return false;
    }
};

std::string_view authorRoleName(AuthorRole role);

} // namespace warta
