#include "load/file_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

namespace warta::load {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMegabyte = 1024u * 1024u;

struct FileCloser {
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using FilePointer = std::unique_ptr<std::FILE, FileCloser>;

Expected<std::uintmax_t> checkRegularFile(const std::string &path, std::size_t maxBytes)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return fail(ErrorCode::NotFound, "There is no such file.");
    if (ec)
        return Unexpected{openFailure(ec.value())};
    if (status.type() == fs::file_type::directory)
        return fail(ErrorCode::NotAFile, "It is a folder, not a saved page.");
    if (status.type() != fs::file_type::regular)
        return fail(ErrorCode::NotAFile,
                    "It is not a regular file (a device, pipe or socket), so it cannot be opened as a page.");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        return Unexpected{openFailure(ec.value())};
    if (size > maxBytes)
        return Unexpected{tooLargeError(size, maxBytes)};
    return size;
}

} // namespace

std::string describeSize(std::uintmax_t bytes)
{
    if (bytes < kMegabyte)
        return bytes < 1024u ? std::to_string(bytes) + " bytes"
                             : std::to_string((bytes + 512u) / 1024u) + " KB";
    if (bytes % kMegabyte == 0)
        return std::to_string(bytes / kMegabyte) + " MB";
    // One decimal, rounded, without floating point formatting quirks.
    const std::uintmax_t tenths = (bytes * 10u + kMegabyte / 2u) / kMegabyte;
    return std::to_string(tenths / 10u) + "." + std::to_string(tenths % 10u) + " MB";
}

Error tooLargeError(std::uintmax_t size, std::size_t limit)
{
    return Error{ErrorCode::TooLarge, "The file is " + describeSize(size) + "; Warta opens pages up to " +
                                              describeSize(limit) + "."};
}

Error openFailure(int errnoValue)
{
    switch (errnoValue) {
    case ENOENT:
    case ENOTDIR:
        return {ErrorCode::NotFound, "There is no such file."};
    case EACCES:
    case EPERM:
        return {ErrorCode::PermissionDenied, "Warta is not allowed to read it (permission denied)."};
    case EISDIR:
        return {ErrorCode::NotAFile, "It is a folder, not a saved page."};
    default:
        return {ErrorCode::ReadFailed,
                "It could not be opened: " + std::generic_category().message(errnoValue) + "."};
    }
}

Expected<std::string> readFileBytes(const std::string &path, std::size_t maxBytes)
{
    auto size = checkRegularFile(path, maxBytes);
    if (!size)
        return Unexpected{size.error()};

    errno = 0;
    FilePointer file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return Unexpected{openFailure(errno)};

    // One allocation of the size stat reported, plus one spare byte to notice
    // a file that grew since.
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(*size) + 1u);
    std::size_t total = 0;
    while (true) {
        if (total == bytes.size()) {
            if (bytes.size() > maxBytes)
                return Unexpected{tooLargeError(bytes.size(), maxBytes)};
            bytes.resize(std::min(bytes.size() * 2u, maxBytes + 1u));
        }
        const std::size_t got = std::fread(bytes.data() + total, 1, bytes.size() - total, file.get());
        total += got;
        if (got == 0)
            break;
    }
    if (std::ferror(file.get()))
        return fail(ErrorCode::ReadFailed, "It could not be read: an input/output error occurred.");
    if (total > maxBytes)
        return Unexpected{tooLargeError(total, maxBytes)};
    bytes.resize(total);
    return bytes;
}

} // namespace warta::load
