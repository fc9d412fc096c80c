#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warta {

ShortcutsDialog::ShortcutsDialog(const QMenuBar &menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    resize(560, 620);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setAccessibleName(tr("Commands and their keys"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    addMenuActions(menus.actions());
    addRow(tr("Next match (in the find bar)"), tr("Enter, F3"));
    addRow(tr("Previous match (in the find bar)"), tr("Shift+Enter, Shift+F3"));
    addRow(tr("Close the find bar"), tr("Escape"));
    addRow(tr("From the search field into the list (in the style chooser)"), tr("Down"));
    addRow(tr("Move between the lists and the text"), tr("Tab, Shift+Tab"));
    m_table->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

void ShortcutsDialog::addRow(const QString &command, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(command));
    m_table->setItem(row, 1, new QTableWidgetItem(keys));
}

void ShortcutsDialog::addMenuActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu()) {
            addMenuActions(menu->actions());
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList spelled;
        for (const QKeySequence &key : keys)
            spelled << key.toString(QKeySequence::NativeText);
        QString command = action->text();
        command.remove(QLatin1Char('&'));
        if (command.endsWith(QStringLiteral("…")))
            command.chop(1);
        addRow(command, spelled.join(QStringLiteral(", ")));
    }
}

} // namespace warta
