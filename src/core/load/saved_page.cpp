#include "warta/load/saved_page.h"

#include "load/charset.h"
#include "load/file_reader.h"
#include "load/markers.h"
#include "load/mhtml.h"
#include "load/save_date.h"
#include "load/sniff.h"
#include "warta/common/sha256.h"
#include "warta/text/text.h"

#include <cstring>
#include <filesystem>

namespace warta {
namespace {

namespace fs = std::filesystem;

bool hasMhtmlExtension(const std::string &path)
{
    const std::string ext = asciiLower(fs::path(path).extension().string());
    return ext == ".mhtml" || ext == ".mht";
}

bool startsWithMarkup(std::string_view bytes)
{
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\f");
    return first != std::string_view::npos &&
           (bytes[first] == '<' || bytes.substr(first, 3) == "\xef\xbb\xbf");
}

Expected<std::string> unwrapMhtml(std::string_view bytes, SavedPage &page,
                                  std::optional<std::string> &charset)
{
    auto archive = parseMhtml(bytes);
    if (!archive)
        return Unexpected{archive.error()};
    if (isBlank(archive->html))
        return fail(ErrorCode::BadContainer, "The MHTML file's HTML part is empty; the file may be cut off.");
    page.source.container = Container::Mhtml;
    page.savedFromUrl = std::move(archive->savedFromUrl);
    page.source.savedAt = std::move(archive->savedAt);
    page.resources = std::move(archive->resources);
    charset = std::move(archive->charset);
    if (archive->truncated)
        page.diagnostics.push_back({DiagnosticCode::MhtmlTruncated,
                                    "The MHTML file ends without its closing boundary; it may be cut off.",
                                    {}});
    return std::move(archive->html);
}

// "The file is a PDF document, not a saved web page.", with the kind kept for
// the front ends to word.
Unexpected notHtml(DataKind kind)
{
    Error error{ErrorCode::NotHtml,
                "The file is " + std::string(dataKindPhrase(kind)) + ", not a saved web page."};
    error.dataKind = kind;
    return Unexpected{std::move(error)};
}

// The saving tools' own marks in the decoded page.
void readMarkers(SavedPage &page)
{
    if (auto header = findSingleFileHeader(page.html)) {
        page.source.container = Container::SingleFile;
        if (header->url)
            page.savedFromUrl = header->url;
        if (header->savedDate) {
            page.source.savedAt = jsDateToIso(*header->savedDate);
            if (!page.source.savedAt)
                page.diagnostics.push_back(
                        {DiagnosticCode::SavedDateUnreadable,
                         "SingleFile's saved date \"" + *header->savedDate + "\" could not be read.",
                         *header->savedDate});
        }
        return;
    }
    if (auto url = findSavedFromUrl(page.html))
        page.savedFromUrl = std::move(url);
}

Expected<SavedPage> loadOwned(std::string &&bytes, const std::string &path, std::string directory)
{
    SavedPage page;
    page.source.path = path;
    page.source.bytes = bytes.size();
    page.source.sha256 = sha256Hex(bytes);
    page.directory = std::move(directory);

    if (bytes.empty())
        return fail(ErrorCode::EmptyFile, "The file is empty (0 bytes).");
    if (isBlank(bytes))
        return fail(ErrorCode::EmptyFile, "The file contains only whitespace, no page.");
    if (auto kind = describeBinary(bytes))
        return notHtml(*kind);

    std::optional<std::string> charset;
    const bool mhtml = looksLikeMhtml(bytes) || (hasMhtmlExtension(path) && !startsWithMarkup(bytes));
    if (mhtml) {
        auto html = unwrapMhtml(bytes, page, charset);
        if (!html)
            return Unexpected{html.error()};
        bytes = std::move(*html);
    }

    auto decoded = decodeToUtf8(std::move(bytes), charset);
    if (!decoded)
        return Unexpected{decoded.error()};
    page.html = std::move(decoded->text);
    page.source.encoding = std::move(decoded->encoding);
    for (auto &note : decoded->notes)
        page.diagnostics.push_back(std::move(note));
    if (isBlank(page.html))
        return fail(ErrorCode::EmptyFile, "The file contains only whitespace, no page.");
    if (page.html.find('<') == std::string::npos)
        return notHtml(DataKind::PlainText);
    if (!mhtml)
        readMarkers(page);
    return page;
}

} // namespace

Expected<SavedPage> loadSavedFile(const std::string &path, const LoadLimits &limits)
{
    auto bytes = readFileBytes(path, limits.maxFileBytes);
    if (!bytes)
        return Unexpected{bytes.error()};
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    std::string directory = (ec ? fs::path(path) : absolute).parent_path().string();
    return loadOwned(std::move(*bytes), path, std::move(directory));
}

Expected<SavedPage> loadSavedBytes(std::string_view bytes, const std::string &path, const LoadLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Unexpected{tooLargeError(bytes.size(), limits.maxFileBytes)};
    return loadOwned(std::string(bytes), path, fs::path(path).parent_path().string());
}

} // namespace warta
