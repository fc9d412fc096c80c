#include "find_bar.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace warta {

FindBar::FindBar(QWidget *parent) : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this))
{
    setAccessibleName(tr("Find bar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_field);
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(tr("Find in article"));

    auto button = [this](const QString &text, const QString &name, const char *icon) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        b->setToolTip(name);
        b->setAccessibleName(name);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("▲"), tr("Previous match"), "go-up");
    QToolButton *next = button(QStringLiteral("▼"), tr("Next match"), "go-down");
    QToolButton *close = button(QStringLiteral("✕"), tr("Close find bar"), "window-close");
    m_count->setAccessibleName(tr("Matches"));

    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Shift+Enter goes back, as in browsers.
        const bool back = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
        emit findRequested(m_field->text(), !back);
    });
    connect(next, &QToolButton::clicked, this, [this] { emit findRequested(m_field->text(), true); });
    connect(previous, &QToolButton::clicked, this, [this] { emit findRequested(m_field->text(), false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setResult(int current, int total, bool complete)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (!complete)
        m_count->setText(total == 0 ? tr("Searching…") : tr("%1 of %2 so far…").arg(current).arg(total));
    else if (total == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(current).arg(total));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace warta
