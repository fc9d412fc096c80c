#include "error_text.h"

#include "text_convert.h"

#include <QCoreApplication>

namespace warta {
namespace {

// The context lupdate gives this file's tr() calls (a free function in
// namespace warta), so that the .ts entries are found at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

} // namespace

QString dataKindText(DataKind kind)
{
    switch (kind) {
    case DataKind::Unknown:
        return {};
    case DataKind::PngImage:
        return tr("a PNG image");
    case DataKind::PdfDocument:
        return tr("a PDF document");
    case DataKind::ZipArchive:
        return tr("a ZIP archive or office document");
    case DataKind::EmptyZipArchive:
        return tr("an empty ZIP archive");
    case DataKind::GifImage:
        return tr("a GIF image");
    case DataKind::JpegImage:
        return tr("a JPEG image");
    case DataKind::GzipFile:
        return tr("a gzip archive");
    case DataKind::Bzip2File:
        return tr("a bzip2 archive");
    case DataKind::XzFile:
        return tr("an xz archive");
    case DataKind::SevenZipArchive:
        return tr("a 7-Zip archive");
    case DataKind::Program:
        return tr("a program");
    case DataKind::OldOfficeDocument:
        return tr("an old Microsoft Office document");
    case DataKind::RiffMedia:
        return tr("a media file (WebP, WAV or AVI)");
    case DataKind::BinaryData:
        return tr("binary data");
    case DataKind::PlainText:
        return tr("plain text without any markup");
    }
    return {};
}

QString errorReason(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("there is no such file");
    case ErrorCode::NotAFile:
        return tr("it is a folder or a device, not a file");
    case ErrorCode::PermissionDenied:
        return tr("you do not have permission to read it");
    case ErrorCode::ReadFailed:
        return tr("the file could not be read from the disk");
    case ErrorCode::EmptyFile:
        return tr("the file is empty");
    case ErrorCode::NotHtml: {
        const QString kind = dataKindText(error.dataKind);
        if (kind.isEmpty())
            return tr("the file is not a web page");
        return tr("the file is not a web page (it looks like %1)").arg(kind);
    }
    case ErrorCode::TooLarge:
        return tr("the file is too large to be a saved article");
    case ErrorCode::BadEncoding:
        return tr("its text is in a character encoding Warta cannot read");
    case ErrorCode::BadContainer:
        return tr("the saved page archive is damaged");
    case ErrorCode::NotAnArticle:
        return tr("the page holds no article (it may be a home or index page)");
    case ErrorCode::LimitExceeded:
        return tr("the page is too deeply nested or too large to read safely");
    case ErrorCode::Usage:
        return tr("the command was not given the way Warta expects");
    case ErrorCode::StyleNotFound:
        return tr("the citation style or its language is not installed");
    case ErrorCode::BadStyle:
        return tr("the citation style or its language file is damaged and cannot be used");
    case ErrorCode::BadInput:
        return tr("the data given to Warta is malformed");
    case ErrorCode::LibraryDamaged:
        return tr("the library database is damaged; rebuild it from your saved files (nothing you saved is "
                  "lost)");
    case ErrorCode::LibraryBusy:
        return tr("another program is writing to the library; try again in a moment");
    case ErrorCode::LibraryReadOnly:
        return tr("the library cannot be written here; it is open for reading only");
    case ErrorCode::LibraryTooNew:
        return tr(
                "the library was made by a newer version of Warta; use that version, or rebuild the library");
    case ErrorCode::Internal:
        return tr("an error inside Warta stopped the reading (%1); please report it with the file")
                .arg(qs(error.message));
    }
    // A value outside the enumeration (a newer core): still a sentence.
    return tr("an unknown error (code %1) stopped the reading").arg(static_cast<int>(error.code));
}

} // namespace warta
