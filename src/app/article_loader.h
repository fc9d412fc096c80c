#pragma once

#include "warta/article/article.h"
#include "warta/common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace warta {

/// An article ready for the window: the Article, the images the reading pane
/// may show (keyed by the URL the HTML uses), or an error sentence.
struct LoadedArticle {
    Article article;
    QHash<QString, QByteArray> images;
    QString leadImageUrl; ///< key into `images`, empty when no local copy exists
    QString path;         ///< absolute path of the file
};

struct LoadOutcome {
    std::optional<LoadedArticle> loaded;
    QString error; ///< a sentence for the reader when `loaded` is empty
};

/// Reads and extracts a saved page; never touches the network. The lead
/// image comes from the file's own folder ("Web page, complete") or an MHTML
/// part, and only from there.
LoadOutcome loadArticle(const QString &path);

/// "Warta could not open “/home/x/a.pdf”: the file is not a web page (it
/// looks like a PDF document)."
QString openErrorMessage(const QString &path, const Error &error);

/// What binary data looks like from its first bytes ("a PDF document"), or
/// an empty string when it is not recognised.
QString sniffFileKind(const QByteArray &head);

/// The bundled sample article written to a temporary file (the core reads
/// paths), created once per run.
QString sampleArticlePath();

} // namespace warta
