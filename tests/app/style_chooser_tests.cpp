// The style chooser, and the style and language named where citations are
// copied (the Cite menu, the status message).
#include "app_test_support.h"

#include "citation_source.h"
#include "main_window.h"
#include "style_chooser.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace warta;

namespace {

QString chosenAfterTyping(const QList<CitationStyle> &styles, const QString &current, const QString &search)
{
    StyleChooser chooser(styles, current, nullptr);
    QTest::keyClicks(chooser.searchField(), search);
    return chooser.selectedStyle();
}

QAction *menuAction(MainWindow &window, const QString &menuTitle, const QString &textStart)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != menuTitle || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text().startsWith(textStart) ||
                (action->menu() && action->menu()->title().startsWith(textStart)))
                return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A search highlights its best match, whatever was highlighted before", "[citations][chooser]")
{
    const QList<CitationStyle> styles = installedStyles();
    REQUIRE(styles.size() > 100);
    // From a style far down the list, typing a common style's words selects
    // the common style, not the row the old highlight was near (APA 5th,
    // the French Chicago).
    CHECK(chosenAfterTyping(styles, QStringLiteral("ieee"), QStringLiteral("American Psychological")) ==
          QStringLiteral("apa"));
    CHECK(chosenAfterTyping(styles, QStringLiteral("vancouver"), QStringLiteral("Chicago author")) ==
          QStringLiteral("chicago-author-date"));
    CHECK(chosenAfterTyping(styles, QStringLiteral("apa"), QStringLiteral("ieee")) == QStringLiteral("ieee"));
    // Words in any order, as the reader remembers them.
    CHECK(chosenAfterTyping(styles, QStringLiteral("apa"), QStringLiteral("harvard right")) ==
          QStringLiteral("harvard-cite-them-right"));
}

TEST_CASE("Ranking a match: the exact title, then the common five, then the start of the title",
          "[citations][chooser]")
{
    CHECK(styleMatches(QStringLiteral("Chicago Manual of Style 17th edition (author-date)"),
                       QStringLiteral("chicago-author-date"), QStringLiteral("chicago AUTHOR")));
    CHECK_FALSE(styleMatches(QStringLiteral("IEEE"), QStringLiteral("ieee"), QStringLiteral("ieee apa")));
    CHECK(styleMatchRank(QStringLiteral("Nature"), false, QStringLiteral("nature")) == 0);
    CHECK(styleMatchRank(QStringLiteral("American Psychological Association 7th edition"), true,
                         QStringLiteral("psych")) == 1);
    CHECK(styleMatchRank(QStringLiteral("Nature Genetics"), false, QStringLiteral("nature")) == 2);
    CHECK(styleMatchRank(QStringLiteral("Acta Nature"), false, QStringLiteral("nature")) == 3);
}

TEST_CASE("Down moves from the search field into the list, on the highlighted style", "[citations][chooser]")
{
    StyleChooser chooser(installedStyles(), QStringLiteral("apa"), nullptr);
    chooser.show();
    QApplication::setActiveWindow(&chooser);
    REQUIRE(QTest::qWaitForWindowActive(&chooser));
    chooser.searchField()->setFocus();
    QTest::keyClicks(chooser.searchField(), QStringLiteral("vancouver"));
    const QString best = chooser.selectedStyle();
    QTest::keyClick(chooser.searchField(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == static_cast<QWidget *>(chooser.list()));
    CHECK(chooser.selectedStyle() == best);
    QTest::keyClick(chooser.list(), Qt::Key_Down);
    CHECK(chooser.selectedStyle() != best);
}

TEST_CASE("The chooser previews the citation in the highlighted style", "[citations][chooser]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    QStringList asked;
    StyleChooser chooser(installedStyles(), QStringLiteral("apa"), nullptr, [&](const QString &id) {
        asked << id;
        return QStringLiteral("<p>preview of %1</p>").arg(id);
    });
    CHECK(chooser.previewPane()->toPlainText() == QStringLiteral("preview of apa"));
    QTest::keyClicks(chooser.searchField(), QStringLiteral("ieee"));
    chooser.updatePreview();
    CHECK(chooser.previewPane()->toPlainText() == QStringLiteral("preview of ieee"));
    // The highlight moving on its own fires the preview once it rests.
    QTest::keyClick(chooser.list(), Qt::Key_Down);
    const QString next = chooser.selectedStyle();
    CHECK(QTest::qWaitFor([&] { return chooser.previewPane()->toPlainText().endsWith(next); }, 2000));
}

TEST_CASE("The Cite menu and the status message name the style and the language", "[citations][csl]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.setCitationStyle(QStringLiteral("apa"));
    window.setCitationLocale(QStringLiteral("id-ID"));
    REQUIRE(window.copyCitation());
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Citation copied (American Psychological Association 7th edition, Indonesian)."));
    const QAction *style = menuAction(window, QStringLiteral("&Cite"), QStringLiteral("Citation &Style"));
    REQUIRE(style);
    CHECK(style->text() ==
          QStringLiteral("Citation &Style: American Psychological Association 7th edition…"));
    const QAction *language =
            menuAction(window, QStringLiteral("&Cite"), QStringLiteral("Citation &Language"));
    REQUIRE(language);
    CHECK(language->menu()->title() == QStringLiteral("Citation &Language: Indonesian"));
    window.setCitationLocale(QString());
}

TEST_CASE("A style with its own locale is written in it unless the reader chose one", "[citations][csl]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    window.setCitationLocale(QString());
    window.setCitationStyle(QStringLiteral("harvard-cite-them-right"));
    CHECK(window.citationLocale() == QStringLiteral("en-GB")); // as warta-cli cite writes it
    window.setCitationStyle(QStringLiteral("apa"));            // no locale of its own: the interface's
    CHECK(window.citationLocale() == QStringLiteral("en-US"));
    window.setCitationLocale(QStringLiteral("id-ID"));
    window.setCitationStyle(QStringLiteral("harvard-cite-them-right"));
    CHECK(window.citationLocale() == QStringLiteral("id-ID"));
    window.setCitationLocale(QString());

    CHECK(effectiveCitationLocale({}, QStringLiteral("en-GB"), QStringLiteral("id-ID")) ==
          QStringLiteral("en-GB"));
    CHECK(effectiveCitationLocale({}, {}, QStringLiteral("id-ID")) == QStringLiteral("id-ID"));
    CHECK(effectiveCitationLocale(QStringLiteral("en-US"), QStringLiteral("en-GB"),
                                  QStringLiteral("id-ID")) == QStringLiteral("en-US"));
}

TEST_CASE("Copy quote with citation is disabled on an article without quotes", "[citations]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const QAction *quote = menuAction(window, QStringLiteral("&Cite"), QStringLiteral("Copy &Quote"));
    REQUIRE(quote);
    REQUIRE_FALSE(window.article()->quotes.empty());
    CHECK(quote->isEnabled());

    // The sample with the quotation marks of its text (not of its tags)
    // taken out holds no quote.
    QFile sample(test::sampleFixture());
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QByteArray html;
    bool inTag = false;
    for (const char c : sample.readAll()) {
        inTag = c == '<' || (inTag && c != '>');
        if (inTag || c != '"')
            html += c;
    }
    const QString path = dir.filePath(QStringLiteral("tanpa-kutipan.html"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(html);
    out.close();
    REQUIRE(window.openFile(path));
    REQUIRE(window.article()->quotes.empty());
    CHECK_FALSE(quote->isEnabled());
}
