#include "article_loader.h"

#include "error_text.h"
#include "text_convert.h"

#include "warta/extract/loaded_page.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <new>

namespace warta {
namespace {

// The context lupdate gives this file's tr() calls (a free function in
// namespace warta), so that the .ts entries are found at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("warta", text);
}

const QString kLeadImageUrl = QStringLiteral("warta-image:lead");
const QString kSampleResource = QStringLiteral(":/sample/g2-legacy-pemprov-sumsel-internet-masuk-desa.html");

} // namespace

QString openErrorMessage(const QString &path, const Error &error)
{
    return tr("Warta could not open “%1”: %2.").arg(QDir::toNativeSeparators(path), errorReason(error));
}

namespace {

// The window's half of a loaded page: the article and its lead image, which
// the core found in the file itself (never the network).
LoadedArticle toLoadedArticle(LoadedPage page, const QString &path, const QByteArray &nativePath)
{
    LoadedArticle loaded;
    const auto image = leadImageBytes(page);
    loaded.article = std::move(page.article);
    loaded.path = path;
    loaded.nativePath = nativePath;
    if (image && !image->empty()) {
        loaded.images.insert(kLeadImageUrl, QByteArray::fromStdString(*image));
        loaded.leadImageUrl = kLeadImageUrl;
    }
    loaded.text = makeArticleText(loaded.article);
    return loaded;
}

LoadOutcome loadArticleOrThrow(const QByteArray &nativePath, const QString &absolute)
{
    // The same entry as warta-cli's, as with --join-pages: the other saved
    // pages of a multi-page article in the same folder are joined, and the
    // window says which (and which are missing); see docs/viewer.md.
    ExtractOptions options;
    options.joinPages = true;
    auto page = loadPage(nativePath.toStdString(), options);
    if (!page)
        return {std::nullopt, openErrorMessage(absolute, page.error())};
    return {toLoadedArticle(std::move(*page), absolute, nativePath), {}};
}

QByteArray absoluteNativePath(const QByteArray &nativePath)
{
    if (nativePath.startsWith('/'))
        return nativePath;
    return QFile::encodeName(QDir::currentPath()) + '/' + nativePath;
}

} // namespace

QByteArray nativeFilePath(const QByteArray &argument)
{
    if (!argument.startsWith("file:"))
        return argument;
    // file:///path, file://localhost/path and file:/path; another host is
    // not this machine's file and is left to fail as a path.
    QByteArray rest = argument.mid(5);
    if (rest.startsWith("//localhost/"))
        rest = rest.mid(11);
    else if (rest.startsWith("///"))
        rest = rest.mid(2);
    else if (rest.startsWith("//"))
        return argument;
    return QByteArray::fromPercentEncoding(rest);
}

LoadOutcome loadArticle(const QByteArray &nativePath)
{
    const QByteArray absolute = absoluteNativePath(nativePath);
    const QString display = QFile::decodeName(absolute);
    // The core reports failures as values; an exception is a bug or memory
    // running out, and the window must keep its article either way.
    try {
        return loadArticleOrThrow(absolute, display);
    } catch (const std::bad_alloc &) {
        return {std::nullopt, openErrorMessage(display, Error{ErrorCode::TooLarge, "out of memory"})};
    } catch (const std::exception &error) {
        return {std::nullopt, openErrorMessage(display, Error{ErrorCode::Internal, error.what()})};
    }
}

LoadOutcome loadArticle(const QString &path)
{
    return loadArticle(QFile::encodeName(QFileInfo(path).absoluteFilePath()));
}

LoadOutcome loadSampleArticle()
{
    // Read from the resource as bytes: no temporary file, no folder, so the
    // sample has nothing on the disk to watch or to list in recent files.
    QFile resource(kSampleResource);
    if (!resource.open(QIODevice::ReadOnly))
        return {std::nullopt, openErrorMessage(kSampleResource, Error{ErrorCode::NotFound, {}})};
    const QByteArray bytes = resource.readAll();
    auto page = loadPageBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                              "pemprov-sumsel-segera-wujudkan-internet-masuk-desa.html");
    if (!page)
        return {std::nullopt, openErrorMessage(kSampleResource, page.error())};
    return {toLoadedArticle(std::move(*page), QString(), QByteArray()), {}};
}

} // namespace warta
