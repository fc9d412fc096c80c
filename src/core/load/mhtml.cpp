#include "load/mhtml.h"

#include "load/mime.h"
#include "load/save_date.h"
#include "warta/text/text.h"

#include <cctype>

namespace warta {
namespace {

struct Part {
    MimeHeaders headers;
    std::string_view body; ///< still transfer-encoded
};

struct Split {
    std::vector<Part> parts;
    bool closed = false;
};

// Offset of the next delimiter line ("--boundary" at a line start) at or
// after `from`, or npos.
std::size_t findDelimiter(std::string_view body, const std::string &delimiter, std::size_t from)
{
    while (from <= body.size()) {
        const std::size_t at = body.find(delimiter, from);
        if (at == std::string_view::npos)
            return at;
        if (at == 0 || body[at - 1] == '\n')
            return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

// RFC 2046 5.1.1: parts lie between delimiter lines; the CRLF (or LF) before
// a delimiter belongs to the delimiter, not to the part.
Split splitParts(std::string_view body, const std::string &boundary)
{
    Split split;
    const std::string delimiter = "--" + boundary;
    std::size_t at = findDelimiter(body, delimiter, 0);
    while (at != std::string_view::npos) {
        std::size_t pos = at + delimiter.size();
        if (body.substr(pos, 2) == "--") {
            split.closed = true;
            break;
        }
        const std::size_t lineEnd = body.find('\n', pos);
        if (lineEnd == std::string_view::npos)
            break;
        pos = lineEnd + 1;
        const std::size_t next = findDelimiter(body, delimiter, pos);
        std::string_view content = body.substr(pos, next == std::string_view::npos ? next : next - pos);
        if (next != std::string_view::npos) {
            if (!content.empty() && content.back() == '\n')
                content.remove_suffix(1);
            if (!content.empty() && content.back() == '\r')
                content.remove_suffix(1);
        }
        std::size_t bodyOffset = 0;
        Part part{MimeHeaders::parse(content, bodyOffset), {}};
        part.body = content.substr(bodyOffset);
        split.parts.push_back(std::move(part));
        at = next;
    }
    return split;
}

std::string transferDecode(const Part &part)
{
    const std::string encoding(part.headers.value("Content-Transfer-Encoding").value_or(""));
    const std::string lower = asciiLower(encoding);
    if (lower == "quoted-printable")
        return decodeQuotedPrintable(part.body);
    if (lower == "base64")
        return decodeBase64(part.body);
    return std::string(part.body);
}

std::string mediaTypeOf(const Part &part)
{
    return ContentType::parse(part.headers.value("Content-Type").value_or("text/plain")).mediaType;
}

const Part *mainPart(const std::vector<Part> &parts, const std::optional<std::string_view> &snapshot)
{
    const Part *first = nullptr;
    for (const Part &part : parts) {
        if (mediaTypeOf(part) != "text/html")
            continue;
        if (snapshot && part.headers.value("Content-Location") == snapshot)
            return &part;
        if (!first)
            first = &part;
    }
    return first;
}

// The archive around its page: the page decoded, its charset, and where and
// when it was saved (from the message's headers, or the page part's own
// location).
MhtmlArchive archiveOf(const MimeHeaders &message, const Part &page)
{
    MhtmlArchive archive;
    archive.html = transferDecode(page);
    archive.charset =
            ContentType::parse(page.headers.value("Content-Type").value_or("")).parameter("charset");
    if (auto snapshot = message.value("Snapshot-Content-Location"); snapshot && !snapshot->empty())
        archive.savedFromUrl = std::string(*snapshot);
    else if (auto location = page.headers.value("Content-Location");
             location && location->rfind("cid:", 0) != 0)
        archive.savedFromUrl = std::string(*location);
    if (auto date = message.value("Date"))
        archive.savedAt = rfc5322DateToIso(*date);
    return archive;
}

} // namespace

bool looksLikeMhtml(std::string_view bytes)
{
    const std::string_view head = bytes.substr(0, 8192);
    // The first line must be a header field ("From: <Saved by Blink>"), which
    // no HTML page starts with.
    std::size_t nameEnd = 0;
    while (nameEnd < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[nameEnd])) != 0 || head[nameEnd] == '-'))
        ++nameEnd;
    if (nameEnd == 0 || nameEnd >= head.size() || head[nameEnd] != ':')
        return false;
    std::size_t bodyOffset = 0;
    const MimeHeaders headers = MimeHeaders::parse(head, bodyOffset);
    const auto type = headers.value("Content-Type");
    if (!type)
        return false;
    const std::string media = ContentType::parse(*type).mediaType;
    // A single-part archive is a text/html MIME message; MIME-Version tells
    // it from an HTTP response's headers saved in front of a page.
    return media.rfind("multipart/", 0) == 0 || (media == "text/html" && headers.value("MIME-Version"));
}

Expected<MhtmlArchive> parseMhtml(std::string_view bytes)
{
    std::size_t bodyOffset = 0;
    const MimeHeaders headers = MimeHeaders::parse(bytes, bodyOffset);
    const auto typeValue = headers.value("Content-Type");
    if (!typeValue)
        return fail(ErrorCode::BadContainer,
                    "The MHTML file has no Content-Type header, so its parts cannot be found.");
    const ContentType type = ContentType::parse(*typeValue);
    // Some savers (and mail programs) write a page without resources as one
    // text/html message: the message is its own page part.
    if (type.mediaType == "text/html")
        return archiveOf(headers, Part{headers, bytes.substr(bodyOffset)});
    const auto boundary = type.parameter("boundary");
    if (type.mediaType.rfind("multipart/", 0) != 0 || !boundary || boundary->empty())
        return fail(ErrorCode::BadContainer,
                    "The MHTML file declares no multipart boundary, so its parts cannot be found.");

    const Split split = splitParts(bytes.substr(bodyOffset), *boundary);
    if (split.parts.empty())
        return fail(ErrorCode::BadContainer, "The MHTML file contains no parts: its boundary never occurs.");
    const auto snapshot = headers.value("Snapshot-Content-Location");
    const Part *main = mainPart(split.parts, snapshot);
    if (!main)
        return fail(ErrorCode::BadContainer,
                    "The MHTML file contains no HTML page, only other kinds of parts.");

    MhtmlArchive archive = archiveOf(headers, *main);
    archive.truncated = !split.closed;
    for (const Part &part : split.parts) {
        const std::string media = mediaTypeOf(part);
        if (media.rfind("image/", 0) != 0)
            continue;
        archive.resources.push_back(
                EmbeddedResource{std::string(part.headers.value("Content-Location").value_or("")), media,
                                 transferDecode(part)});
    }
    return archive;
}

} // namespace warta
