#pragma once

#include "warta/library/library.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace warta {

/// Who said what across the library: the people quoted (most quoted
/// first, a name filter), and for the one chosen every quote of theirs,
/// newest article first, each ready to copy with its citation or to open
/// at its paragraph.
class SpeakersView : public QWidget {
    Q_OBJECT
public:
    enum QuoteColumn {
        QuoteTextColumn,
        ArticleColumn,
        DateColumn,
        ParagraphColumn,
        QuoteColumnCount
    };

    explicit SpeakersView(QWidget *parent = nullptr);

    void setLibrary(const Library *library);
    /// Lists the people again (after an update), keeping the one chosen.
    void refresh();
    /// Shows a person's quotes (as if chosen in the list).
    void showSpeaker(const QString &name);

    QString currentSpeaker() const { return m_current; }
    const std::vector<LibraryQuote> &quotes() const { return m_quotes; }
    /// The quote selected in the table, or null.
    const LibraryQuote *selectedQuote() const;

    QLineEdit *nameFilter() const { return m_filter; }
    QListWidget *speakerList() const { return m_people; }
    QTableWidget *quoteTable() const { return m_table; }
    QPushButton *copyButton() const { return m_copy; }

signals:
    void copyRequested(const warta::LibraryQuote &quote);
    void openRequested(const QString &path, int paragraph, const QString &words);
    void failed(const warta::Error &error);

private:
    void fillPeople();
    void showPeople(const std::vector<LibraryPerson> &people);
    void fillQuotes();

    const Library *m_library = nullptr;
    QLineEdit *m_filter;
    QListWidget *m_people;
    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_copy;
    QTimer *m_filterTimer;
    QString m_current;
    int m_peopleRequest = 0; ///< the list asked for last (older answers are dropped)
    std::vector<LibraryQuote> m_quotes;
};

} // namespace warta
