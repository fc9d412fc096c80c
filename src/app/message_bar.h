#pragma once

#include <QFrame>

class QLabel;

namespace warta {

/// A dismissible line above the article for errors and notes: unlike a dialog it does
/// not block, and the article under it stays readable.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    /// An error: red, until dismissed or replaced.
    void showMessage(const QString &text);
    /// A note that is no error (pages joined): in neutral colours.
    void showNote(const QString &text);
    bool isNote() const { return m_note; }
    QString text() const;

private:
    void show(const QString &text, bool note);

    QLabel *m_label;
    bool m_note = false;
};

} // namespace warta
