#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTableWidget;

namespace warta {

/// Help ▸ Keyboard Shortcuts: every command of the menus that has keys, read
/// from the actions themselves (so the list cannot fall behind them), then
/// the keys of the find bar and the style chooser, which are no menu's.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar &menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &command, const QString &keys);
    void addMenuActions(const QList<QAction *> &actions);

    QTableWidget *m_table;
};

} // namespace warta
