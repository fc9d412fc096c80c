#pragma once

#include <QFrame>

class QLabel;

namespace warta {

/// A dismissible line above the article for errors: unlike a dialog it does
/// not block, and the article under it stays readable.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace warta
