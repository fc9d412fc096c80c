// The context menus of the article, the outline and the quote ledger: the
// copy commands of the Cite menu where the reader's pointer is.
#include "main_window.h"

#include "reading_pane.h"
#include "side_panel.h"

#include <QListView>
#include <QMenu>
#include <QTableView>

namespace warta {

void MainWindow::createContextMenus()
{
    m_pane->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pane, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // A right click outside the selection moves the caret there first, so
        // the paragraph copied is the one under the pointer.
        const int position = m_pane->cursorForPosition(at).position();
        const QTextCursor cursor = m_pane->textCursor();
        if (!cursor.hasSelection() || position < cursor.selectionStart() || position > cursor.selectionEnd())
            m_pane->setTextCursor(m_pane->cursorForPosition(at));
        showContextMenu(ContextArea::Article, m_pane->viewport()->mapToGlobal(at));
    });
    QListView *outline = m_side->outlineView();
    outline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(outline, &QWidget::customContextMenuRequested, this, [this, outline](const QPoint &at) {
        const QModelIndex row = outline->indexAt(at);
        if (row.isValid())
            goToParagraph(row.row());
        showContextMenu(ContextArea::Outline, outline->viewport()->mapToGlobal(at));
    });
    QTableView *ledger = m_side->ledgerView();
    ledger->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ledger, &QWidget::customContextMenuRequested, this, [this, ledger](const QPoint &at) {
        const QModelIndex row = ledger->indexAt(at);
        if (row.isValid())
            ledger->setCurrentIndex(row);
        showContextMenu(ContextArea::Ledger, ledger->viewport()->mapToGlobal(at));
    });
}

std::unique_ptr<QMenu> MainWindow::contextMenu(ContextArea area)
{
    auto menu = std::make_unique<QMenu>(this);
    menu->setAccessibleName(tr("Copy commands"));
    updateCitationActions();
    switch (area) {
    case ContextArea::Article:
        menu->addAction(m_copyAction);
        menu->addAction(m_copySelectionAction);
        menu->addAction(m_copyParagraphAction);
        break;
    case ContextArea::Outline:
        menu->addAction(m_copyParagraphAction);
        break;
    case ContextArea::Ledger:
        menu->addAction(m_copyQuoteAction);
        break;
    }
    menu->addSeparator();
    menu->addAction(m_copyInTextAction);
    menu->addAction(m_copyCitationAction);
    menu->addMenu(m_copyReferenceMenu);
    return menu;
}

void MainWindow::showContextMenu(ContextArea area, const QPoint &globalPosition)
{
    contextMenu(area)->exec(globalPosition);
}

} // namespace warta
