#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace warta {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    show(text, false);
}

void MessageBar::showNote(const QString &text)
{
    show(text, true);
}

void MessageBar::show(const QString &text, bool note)
{
    m_note = note;
    setStyleSheet(note ? QStringLiteral("warta--MessageBar { background:#e8f0fd; border:1px solid #a0b4e0; }"
                                        "QLabel { color:#10245c; }")
                       : QStringLiteral("warta--MessageBar { background:#fde8e8; border:1px solid #e0a0a0; }"
                                        "QLabel { color:#5c1010; }"));
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    QFrame::show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace warta
