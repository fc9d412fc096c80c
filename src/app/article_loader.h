#pragma once

#include "article_text.h"

#include "warta/article/article.h"
#include "warta/common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace warta {

/// An article ready for the window: the Article, the images the reading pane
/// may show (keyed by the URL the HTML uses), or an error sentence.
struct LoadedArticle {
    Article article;
    QHash<QString, QByteArray> images;
    QString leadImageUrl; ///< key into `images`, empty when no local copy exists
    QString path;         ///< absolute path of the file, for display and settings
    /// The same path as the file system spells it: a name that is not valid
    /// UTF-8 (an old Latin-1 download) survives here and only here.
    QByteArray nativePath;
    /// The body as the window shows it, made on the reading thread.
    std::shared_ptr<const ArticleText> text;
};

struct LoadOutcome {
    std::optional<LoadedArticle> loaded;
    QString error; ///< a sentence for the reader when `loaded` is empty
};

/// Reads and extracts a saved page through the core's loadPage, as warta-cli
/// does; never touches the network. The lead image is the core's
/// leadImageBytes: the file's own folder, a data: URI or an MHTML part.
/// `nativePath` is in the file system's bytes, so non-UTF-8 names open.
LoadOutcome loadArticle(const QByteArray &nativePath);
LoadOutcome loadArticle(const QString &path);

/// The path an argument names, in the file system's bytes: a `file://` URL
/// (percent-escapes decoded byte by byte, so non-UTF-8 names survive) or a
/// path as given.
QByteArray nativeFilePath(const QByteArray &argument);

/// "Warta could not open “/home/x/a.pdf”: the file is not a web page (it
/// looks like a PDF document)."
QString openErrorMessage(const QString &path, const Error &error);

/// The bundled sample article, read from the program's resources as bytes;
/// its path is empty (there is no file to watch or to remember).
LoadOutcome loadSampleArticle();

} // namespace warta
