#pragma once

#include <string_view>

namespace warta {

/// What a file that is not a web page is, as its first bytes say: carried by
/// the NotHtml error so that each front end words it in its own language.
enum class DataKind {
    Unknown, ///< not a NotHtml error, or nothing recognised
    PngImage,
    PdfDocument,
    ZipArchive, ///< also .docx, .xlsx, .epub
    EmptyZipArchive,
    GifImage,
    JpegImage,
    GzipFile,
    Bzip2File,
    XzFile,
    SevenZipArchive,
    Program, ///< an ELF executable
    OldOfficeDocument,
    RiffMedia,  ///< WebP, WAV, AVI
    BinaryData, ///< no known signature, but control bytes throughout
    PlainText,  ///< text without any HTML markup
};

/// The English phrase for the core's messages: "a PNG image", "binary data".
std::string_view dataKindPhrase(DataKind kind);

} // namespace warta
