#pragma once

#include "warta/common/diagnostic.h"
#include "warta/common/expected.h"
#include "warta/common/source_info.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

/// Limits on what the loader accepts. The defaults keep a hostile or huge file
/// from exhausting memory: real SINDOnews pages are 50–600 KB, MHTML with
/// images a few MB.
struct LoadLimits {
    std::size_t maxFileBytes = 64u * 1024u * 1024u; ///< refused above this (TooLarge)
};

/// A file carried inside the saved page's container (an MHTML part), kept so
/// the viewer can show the lead image without touching the network.
struct EmbeddedResource {
    std::string location;    ///< the part's Content-Location (the original URL)
    std::string contentType; ///< "image/jpeg"
    std::string bytes;       ///< decoded content
};

/// A saved page unwrapped from its container and decoded to UTF-8.
struct SavedPage {
    std::string html;                        ///< the main document, UTF-8 (NUL bytes replaced)
    SourceInfo source;                       ///< path, size, SHA-256, charset, container, save time
    std::optional<std::string> savedFromUrl; ///< recorded by the browser or SingleFile
    std::string directory;                   ///< folder of the file, for "Web page, complete" assets
    std::vector<EmbeddedResource> resources; ///< MHTML image parts; empty for other containers
    /// What the loader had to guess or repair ("charset-declared-wrong",
    /// "invalid-utf8", "nul-bytes", "mhtml-truncated"…); the extractor copies
    /// them into Article::diagnostics.
    std::vector<Diagnostic> diagnostics;
};

/// Reads and unwraps a saved file: plain HTML in any charset, MHTML, SingleFile.
/// Errors: NotFound, NotAFile, PermissionDenied, ReadFailed, EmptyFile,
/// NotHtml (binary data), TooLarge, BadEncoding, BadContainer. A file over
/// `limits.maxFileBytes` is refused from its size alone, before it is read.
/// `directory` is the file's folder, so "Web page, complete" assets
/// (`Title_files/x.jpg`) resolve against it.
Expected<SavedPage> loadSavedFile(const std::string &path, const LoadLimits &limits = {});

/// The same for bytes already in memory; `path` is only recorded (and its
/// extension, .mhtml/.mht, is a hint for the container).
Expected<SavedPage> loadSavedBytes(std::string_view bytes, const std::string &path,
                                   const LoadLimits &limits = {});

} // namespace warta
