// The Indonesian interface shows no English: every sentence, label, note and
// tip a reader sees comes from the translation catalogue. The check walks
// what is on screen (widgets, actions, menus, tips, the message bar, the
// reading pane and the provenance) and every sentence the viewer can word
// (each error code, file kind and extraction note), and fails on a word that
// is English and cannot be Indonesian.
#include "app_test_support.h"

#include "article_export.h"
#include "article_loader.h"
#include "citation_source.h"
#include "find_bar.h"
#include "language.h"
#include "main_window.h"
#include "message_bar.h"
#include "reading_pane.h"
#include "side_panel.h"
#include "style_chooser.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace warta;
using test::writeFile;

namespace {

// Words of the interface's English that are not Indonesian words, nor loans
// an Indonesian sentence would use ("web", "folder", "menu", "format",
// "data", "program", "media", "internet", "editor" and "reporter" are, so
// they are not here).
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
                "the a an and or of to in on at by for with from into is are was were be been it its "
                "this that there these not no could cannot can should may will would please has have "
                "file files page pages article articles paragraph paragraphs quote quotes "
                "citation citations style styles reference copy open opened save saved print export "
                "find next previous match matches close size kind encoding template site notes "
                "nothing missing found read reading could looks like image archive document binary "
                "plain text without markup empty damaged large deeply nested safely permission device "
                "disk error inside report stopped headline date dates time zone printed states names "
                "writer contributor photographer tags source words word min view theme light dark "
                "larger smaller default text help about quit language system recent clear list "
                "speaker speakers unknown all search preview chosen choose installed automatic "
                "english interface own else formats outline ledger provenance canonical "
                "recognised extraction moved deleted changed reloaded keeps showing version before "
                "comes back declares charset replaced invalid bytes sequence chosen other "
                "another day modification publication lies left out repaired valid content scoring "
                "longer than any were looked joined beside first last go message dismiss toolbar "
                "bar columns click sort cancel");
        const QStringList split = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

// Words joined by hyphens stay one token: the stable names of the extraction
// notes ("no-byline") and style ids are identifiers, not sentences.
// Paths and URLs are the reader's data, not the interface's words.
QStringList englishIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression pathOrUrl(QStringLiteral("\\S*[/\\\\]\\S*"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+(?:[-'’][\\p{L}]+)*"));
    QString words = text;
    words.replace(pathOrUrl, QStringLiteral(" "));
    for (auto it = word.globalMatch(words); it.hasNext();) {
        const QString token = it.next().captured().toLower();
        if (englishWords().contains(token))
            found << token;
    }
    return found;
}

QString plain(const QString &maybeHtml)
{
    return Qt::mightBeRichText(maybeHtml) ? QTextDocumentFragment::fromHtml(maybeHtml).toPlainText()
                                          : maybeHtml;
}

// Every text of the window a reader sees or hears: "where: text" lines.
class VisibleText {
public:
    void add(const QString &where, const QString &text)
    {
        QString clean = plain(text);
        clean.remove(QLatin1Char('&')); // accelerators
        if (!clean.trimmed().isEmpty())
            m_lines << where + QStringLiteral(": ") + clean;
    }

    void addAction(const QString &where, QAction *action)
    {
        // The Language menu names each language in itself.
        if (action->isSeparator() || action->text() == QStringLiteral("&English"))
            return;
        add(where + QStringLiteral(" action"), action->text());
        if (action->toolTip() != action->text().remove(QLatin1Char('&')))
            add(where + QStringLiteral(" tip"), action->toolTip());
        add(where + QStringLiteral(" status tip"), action->statusTip());
        if (QMenu *menu = action->menu())
            addMenu(where + QStringLiteral(" > ") + menu->title(), menu);
    }

    void addMenu(const QString &where, QMenu *menu)
    {
        add(where, menu->title());
        for (QAction *action : menu->actions())
            addAction(where, action);
    }

    void addModel(const QString &where, const QAbstractItemModel *model)
    {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            add(where + QStringLiteral(" header"), model->headerData(column, Qt::Horizontal).toString());
            add(where + QStringLiteral(" header tip"),
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                add(where + QStringLiteral(" cell"), index.data().toString());
                add(where + QStringLiteral(" cell tip"), index.data(Qt::ToolTipRole).toString());
            }
    }

    void addWidget(QWidget *widget)
    {
        const QString where = QString::fromLatin1(widget->metaObject()->className());
        add(where + QStringLiteral(" tip"), widget->toolTip());
        add(where + QStringLiteral(" accessible name"), widget->accessibleName());
        add(where + QStringLiteral(" title"), widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(where, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(where, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                add(where + QStringLiteral(" item"), combo->itemText(i));
        if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(where + QStringLiteral(" tab"), tabs->tabText(i));
        if (auto *text = qobject_cast<QTextEdit *>(widget))
            add(where + QStringLiteral(" text"), text->toPlainText());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && m_models)
            addModel(where, view->model());
        for (QAction *action : widget->actions())
            addAction(where, action);
    }

    void addWindow(MainWindow &window)
    {
        add(QStringLiteral("window title"), window.windowTitle());
        for (QAction *action : window.menuBar()->actions())
            addAction(QStringLiteral("menu"), action);
        add(QStringLiteral("status message"), window.statusBar()->currentMessage());
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets)
            if (!qobject_cast<QMenu *>(widget)) // walked from the menu bar
                addWidget(widget);
    }

    // The lines holding English words, each with the words found.
    QStringList english() const
    {
        QStringList bad;
        for (const QString &line : m_lines) {
            const QStringList words = englishIn(line.mid(line.indexOf(QStringLiteral(": ")) + 2));
            if (!words.isEmpty())
                bad << line + QStringLiteral("  [") + words.join(QLatin1Char(',')) + QLatin1Char(']');
        }
        bad.removeDuplicates();
        return bad;
    }

    int size() const { return static_cast<int>(m_lines.size()); }
    /// Whether the rows of lists and tables are read too (not for the style
    /// chooser, whose rows are the styles' own English titles).
    void readModels(bool on) { m_models = on; }

private:
    QStringList m_lines;
    bool m_models = true;
};

// The interface in Indonesian for as long as it lives.
struct IndonesianInterface {
    IndonesianInterface()
    {
        setLanguageSetting(QStringLiteral("id"));
        installTranslations(*qApp);
    }
    ~IndonesianInterface()
    {
        setLanguageSetting(QStringLiteral("en"));
        installTranslations(*qApp);
    }
    IndonesianInterface(const IndonesianInterface &) = delete;
    IndonesianInterface &operator=(const IndonesianInterface &) = delete;
};

} // namespace

TEST_CASE("The English-word check finds English and passes Indonesian", "[language]")
{
    CHECK(englishIn(QStringLiteral("Warta could not open “/tmp/a.png”: it looks like gambar PNG.")).size() >=
          4);
    CHECK(englishIn(QStringLiteral("Warta tidak dapat membuka “/tmp/a.png”: berkas itu bukan halaman web "
                                   "(tampaknya gambar PNG). (no-byline, date-from-url)"))
                  .isEmpty());
}

TEST_CASE("The Indonesian window shows no English, with an article and after errors", "[window][language]")
{
    const IndonesianInterface indonesian;
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.show();
    window.findBar()->activate();
    window.sidePanel()->setCurrentIndex(SidePanel::QuotesTab);
    window.activateQuote(0);
    REQUIRE(window.copyCitation());

    VisibleText text;
    text.addWindow(window);
    // Each failure leaves its sentence in the message bar.
    const QString failures[] = {
            dir.filePath(QStringLiteral("hilang.html")),
            writeFile(dir, QStringLiteral("kosong.html"), {}),
            writeFile(dir, QStringLiteral("foto.html"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
            writeFile(dir, QStringLiteral("makalah.pdf"), QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")),
            writeFile(dir, QStringLiteral("beranda.html"),
                      "<html><head><title>Beranda</title></head><body><nav><a href=\"/a\">A</a> "
                      "<a href=\"/b\">B</a></nav></body></html>"),
            dir.path(),
    };
    for (const QString &path : failures) {
        CHECK_FALSE(window.openFile(path));
        text.add(QStringLiteral("message bar"), window.lastError());
        text.addWindow(window);
    }
    // A style that is not installed.
    window.setCitationStyle(QStringLiteral("gaya-yang-tidak-ada"));
    CHECK_FALSE(window.copyCitation());
    CHECK(window.lastError().contains(QStringLiteral("gaya-yang-tidak-ada")));
    text.add(QStringLiteral("citation error"), window.lastError());
    text.addWindow(window);
    // The style chooser, with its preview of the open article.
    window.setCitationStyle(QStringLiteral("apa"));
    StyleChooser chooser(installedStyles(), QStringLiteral("apa"), &window, [&](const QString &id) {
        QString error;
        const auto citation =
                makeCitationSource()->cite(*window.article(), id, window.citationLocale(), {}, &error);
        return citation ? citation->reference.html : error;
    });
    chooser.updatePreview();
    text.readModels(false);
    for (QWidget *widget : chooser.findChildren<QWidget *>())
        text.addWidget(widget);
    text.add(QStringLiteral("chooser title"), chooser.windowTitle());

    const QStringList english = text.english();
    INFO(english.join(QLatin1Char('\n')).toStdString());
    CHECK(text.size() > 150);
    CHECK(english.isEmpty());
}

TEST_CASE("Every error, file kind and extraction note is worded in Indonesian", "[language]")
{
    const IndonesianInterface indonesian;
    VisibleText text;
    const ErrorCode codes[] = {ErrorCode::Usage,         ErrorCode::NotFound,
                               ErrorCode::NotAFile,      ErrorCode::PermissionDenied,
                               ErrorCode::ReadFailed,    ErrorCode::EmptyFile,
                               ErrorCode::NotHtml,       ErrorCode::TooLarge,
                               ErrorCode::BadEncoding,   ErrorCode::BadContainer,
                               ErrorCode::NotAnArticle,  ErrorCode::LimitExceeded,
                               ErrorCode::StyleNotFound, ErrorCode::BadStyle,
                               ErrorCode::BadInput,      ErrorCode::Internal};
    // The core's own sentence is English; the viewer must not pass it on.
    // Only an internal error (an exception from the core, a bug) keeps its
    // what() text in brackets for the bug report: a library identifier.
    for (ErrorCode code : codes)
        text.add(QStringLiteral("error %1").arg(static_cast<int>(code)),
                 openErrorMessage(QStringLiteral("/tmp/berita.html"),
                                  Error{code,
                                        code == ErrorCode::Internal ? "vector::_M_range_check"
                                                                    : "the core's English sentence",
                                        DataKind::Unknown}));
    for (int kind = static_cast<int>(DataKind::Unknown); kind <= static_cast<int>(DataKind::PlainText);
         ++kind)
        text.add(QStringLiteral("file kind %1").arg(kind),
                 openErrorMessage(QStringLiteral("/tmp/berita.html"),
                                  Error{ErrorCode::NotHtml, "the core's English sentence",
                                        static_cast<DataKind>(kind)}));
    for (DiagnosticCode code : allDiagnosticCodes()) {
        const Diagnostic note{code, "the core's English sentence", "12"};
        text.add(QStringLiteral("note ") + QString::fromUtf8(diagnosticName(code)), diagnosticText(note));
    }
    Article article = test::syntheticArticle();
    article.pageCount = 2;
    article.page = 1;
    text.add(QStringLiteral("provenance"), provenanceHtml(article, UiLanguage::Indonesian));
    const QStringList english = text.english();
    INFO(english.join(QLatin1Char('\n')).toStdString());
    CHECK(english.isEmpty());
}
