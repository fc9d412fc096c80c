#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace warta {

/// The Ctrl+F bar under the article: a search field, next/previous and the
/// number of matches.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void activate();
    QString text() const;
    /// "3 of 12"; while a long article is still being searched, "3 of 12 so far…".
    void setResult(int current, int total, bool complete = true);
    QLineEdit *field() const { return m_field; }

signals:
    void findRequested(const QString &text, bool forward);
    /// The text changed: find it again from the current match.
    void searchChanged(const QString &text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
};

} // namespace warta
