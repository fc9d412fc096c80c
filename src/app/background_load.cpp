#include "background_load.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <memory>

namespace warta {
namespace {

// Shown this long after the reading starts: most pages are read before it
// and never flash a progress row.
constexpr int kShowAfterMs = 150;

// The status bar's row while a page is read: what, a busy bar, Cancel. (Its
// texts name their context: a bare tr() here would be QWidget's.)
class ProgressRow : public QWidget {
public:
    ProgressRow(const QString &message, QWidget *parent) : QWidget(parent)
    {
        setAccessibleName(QCoreApplication::translate("warta", "Reading progress"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(message, this);
        auto *busy = new QProgressBar(this);
        busy->setRange(0, 0); // the core does not report how far it is
        busy->setMaximumWidth(160);
        busy->setAccessibleName(QCoreApplication::translate("warta", "Reading the page"));
        cancel = new QPushButton(QCoreApplication::translate("warta", "Cancel"), this);
        cancel->setAccessibleName(QCoreApplication::translate("warta", "Cancel reading the page"));
        cancel->setShortcut(QKeySequence(Qt::Key_Escape));
        layout->addWidget(label);
        layout->addWidget(busy);
        layout->addWidget(cancel);
        layout->addStretch(1); // a button of its own size, not the bar's width
    }
    QPushButton *cancel = nullptr;
};

} // namespace

std::optional<LoadOutcome> loadWhileResponsive(const QByteArray &nativePath, QStatusBar &bar,
                                               const QString &message)
{
    auto result = std::make_shared<LoadOutcome>();
    QThread *thread = QThread::create([result, nativePath] { *result = loadArticle(nativePath); });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    bool cancelled = false;
    QPointer<ProgressRow> row = new ProgressRow(message, &bar);
    row->hide();
    QObject::connect(row->cancel, &QPushButton::clicked, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    QTimer::singleShot(kShowAfterMs, row, [&bar, row] {
        bar.addWidget(row, 1);
        row->show();
    });
    thread->start();
    loop.exec();
    delete row;
    if (cancelled && thread->isRunning()) {
        // Nothing stops the core midway; the thread ends by itself and goes.
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        return std::nullopt;
    }
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace warta
