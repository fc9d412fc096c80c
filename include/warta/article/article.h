#pragma once

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
};

/// Indirect speech ("Menurut X, …", "X mengatakan bahwa …"): never a quote.
struct ReportedSpeech {
    std::optional<std::string> speaker;
    std::string verb;
    int paragraph = 0;
};

/// Something guessed, missing or odd, in words ("date-from-url": the page
/// printed no date, so the URL's timestamp was used).
struct Diagnostic {
    std::string code;
    std::string message;
};

enum class Container {
    Html,
    Mhtml,
    SingleFile
};

/// Where the article came from: the file as it is on disk.
struct SourceInfo {
    std::string path;
    std::size_t bytes = 0;
    std::string sha256;   ///< hex, lower case
    std::string encoding; ///< the charset the bytes were decoded from ("UTF-8", "windows-1252")
    Container container = Container::Html;
    std::optional<std::string> savedAt; ///< ISO 8601 when the saving tool recorded it
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

    void addDiagnostic(std::string code, std::string message)
    {
        diagnostics.push_back({std::move(code), std::move(message)});
    }
    bool hasDiagnostic(std::string_view code) const
    {
        for (const auto &d : diagnostics)
            if (d.code == code)
                return true;
        return false;
    }
};

std::string_view authorRoleName(AuthorRole role);
std::string_view containerName(Container container);

} // namespace warta
