#include "warta/common/data_kind.h"

namespace warta {

std::string_view dataKindPhrase(DataKind kind)
{
    switch (kind) {
    case DataKind::Unknown:
        return "an unknown kind of file";
    case DataKind::PngImage:
        return "a PNG image";
    case DataKind::PdfDocument:
        return "a PDF document";
    case DataKind::ZipArchive:
        return "a ZIP archive (or an Office document)";
    case DataKind::EmptyZipArchive:
        return "an empty ZIP archive";
    case DataKind::GifImage:
        return "a GIF image";
    case DataKind::JpegImage:
        return "a JPEG image";
    case DataKind::GzipFile:
        return "a gzip-compressed file";
    case DataKind::Bzip2File:
        return "a bzip2-compressed file";
    case DataKind::XzFile:
        return "an xz-compressed file";
    case DataKind::SevenZipArchive:
        return "a 7-Zip archive";
    case DataKind::Program:
        return "a program (ELF executable)";
    case DataKind::OldOfficeDocument:
        return "an old Microsoft Office document";
    case DataKind::RiffMedia:
        return "a RIFF media file (WebP, WAV or AVI)";
    case DataKind::BinaryData:
        return "binary data";
    case DataKind::PlainText:
        return "plain text without any HTML markup";
    }
    return "an unknown kind of file";
}

} // namespace warta
