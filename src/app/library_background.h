#pragma once

#include "warta/library/library.h"

#include <QFile>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace warta {

/// Runs a slow read of the library (facet counts, the people quoted, the
/// status with its problems: seconds on 100,000 articles) on a thread of
/// its own, with a connection of its own (one connection is one thread's),
/// and hands the result to `done` on `context`'s thread; nothing when the
/// database cannot be opened or `context` is gone by then. The window's own
/// connection stays free for the rows and the search, which must answer at once.
template <class Result>
void readInBackground(const std::string &databasePath, QObject *context,
                      std::function<std::optional<Result>(const Library &)> work,
                      std::function<void(Result)> done)
{
    auto result = std::make_shared<std::optional<Result>>();
    QThread *thread = QThread::create([databasePath, work = std::move(work), result] {
        auto library = Library::open(databasePath);
        if (library)
            *result = work(*library);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] {
        if (*result)
            done(std::move(**result));
    });
    thread->start();
}

} // namespace warta
