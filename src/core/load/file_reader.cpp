#include "load/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace warta {
namespace {

constexpr std::uintmax_t kMegabyte = 1024u * 1024u;

} // namespace

// An open file descriptor, closed when it goes.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    explicit operator bool() const { return m_fd >= 0; }
    int get() const { return m_fd; }

private:
    int m_fd;
};

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

Error tooLargeError(std::uintmax_t size, std::size_t limit, const FileKind &kind)
{
    return Error{ErrorCode::TooLarge, "The file is " + describeSize(size) + "; Warta opens " + kind.plural +
                                              " up to " + describeSize(limit) + "."};
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

namespace {

// Opens `path` and checks the opened descriptor: a regular file, of at most `maxBytes` unless
// `refuseLonger` is false. The file is opened first and the descriptor asked what it is: a
// check of the path before the open would leave a window in which the file could be swapped
// for a FIFO or a device. O_NONBLOCK makes the open return at once even on a FIFO without a
// writer; fstat refuses it right after, before any read.
Expected<std::string> readRegularFile(const std::string &path, std::size_t maxBytes, const FileKind &kind,
                                      bool refuseLonger)
{
    errno = 0;
    Descriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (!file)
        return Unexpected{openFailure(errno)};
    struct stat status {};
    if (::fstat(file.get(), &status) != 0)
        return Unexpected{openFailure(errno)};
    if (S_ISDIR(status.st_mode))
        return fail(ErrorCode::NotAFile, std::string("It is a folder, not ") + kind.singular + ".");
    if (!S_ISREG(status.st_mode))
        return fail(ErrorCode::NotAFile,
                    std::string("It is not a regular file (a device, pipe or socket), so it "
                                "cannot be opened as ") +
                            kind.singular + ".");
    const auto size = static_cast<std::uintmax_t>(status.st_size);
    if (refuseLonger && size > maxBytes)
        return Unexpected{tooLargeError(size, maxBytes, kind)};

    // One allocation of the size fstat reported (up to the limit), plus one spare byte to
    // notice a file that grew since; it may grow up to the limit, not past it.
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(size, maxBytes)) + 1u);
    std::size_t total = 0;
    while (true) {
        if (total == bytes.size()) {
            if (bytes.size() > maxBytes)
                break;
            bytes.resize(std::min(bytes.size() * 2u, maxBytes + 1u));
        }
        const ssize_t got = ::read(file.get(), bytes.data() + total, bytes.size() - total);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(ErrorCode::ReadFailed, "It could not be read: an input/output error occurred.");
        if (got == 0)
            break;
        total += static_cast<std::size_t>(got);
    }
    if (total > maxBytes) {
        if (refuseLonger)
            return Unexpected{tooLargeError(total, maxBytes, kind)};
        total = maxBytes;
    }
    bytes.resize(total);
    return bytes;
}

} // namespace

Expected<std::string> readFileBytes(const std::string &path, std::size_t maxBytes, const FileKind &kind)
{
    return readRegularFile(path, maxBytes, kind, true);
}

Expected<std::string> readFileHead(const std::string &path, std::size_t maxBytes, const FileKind &kind)
{
    return readRegularFile(path, maxBytes, kind, false);
}

} // namespace warta
