#pragma once

#include "article_loader.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QStatusBar;

namespace warta {

/// Reads a saved page (loadArticle) on a thread of its own while the
/// window's events go on, so that the window repaints and answers during the
/// seconds a page of tens of megabytes takes. After a moment the status bar
/// shows `message`, a busy bar and a Cancel button (Escape). Returns the
/// outcome, or nothing when the reader cancelled: the reading then finishes
/// on its thread and its result is dropped.
std::optional<LoadOutcome> loadWhileResponsive(const QByteArray &nativePath, QStatusBar &bar,
                                               const QString &message);

} // namespace warta
