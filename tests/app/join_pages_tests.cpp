// Multi-page articles in the viewer: the saved pages of one article in the
// same folder are joined, as warta-cli --join-pages joins them, and a note
// says so, naming the files and the pages that are missing.
#include "app_test_support.h"

#include "main_window.h"
#include "message_bar.h"
#include "text_convert.h"

#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace warta;

namespace {

const QString kPage1 = QStringLiteral("g4-sedekah-dikehendaki-allah-p1-chrome-html-only.html");
const QString kPage2 = QStringLiteral("g4-sedekah-dikehendaki-allah-p2-chrome-html-only.html");

QString copyFixture(const QTemporaryDir &dir, const QString &name, const QString &as)
{
    const QString to = dir.filePath(as);
    REQUIRE(QFile::copy(test::fixturePath(QStringLiteral("sindonews/reconstructed/") + name), to));
    return to;
}

} // namespace

TEST_CASE("The pages of an article in one folder are joined, with a note", "[window][join]")
{
    QTemporaryDir dir;
    copyFixture(dir, kPage1, QStringLiteral("halaman-1.html"));
    const QString second = copyFixture(dir, kPage2, QStringLiteral("halaman-2.html"));
    MainWindow window;
    window.show();
    // Opened at its second page, the article reads from its first.
    REQUIRE(window.openFile(second));
    ExtractOptions join;
    join.joinPages = true;
    const auto cli = extractFile(QFile::encodeName(second).toStdString(), join);
    REQUIRE(cli);
    const Article &shown = *window.article();
    REQUIRE(shown.paragraphs.size() == cli->paragraphs.size());
    for (std::size_t i = 0; i < shown.paragraphs.size(); ++i)
        CHECK(shown.paragraphs[i].text == cli->paragraphs[i].text);
    CHECK(shown.pageCount == 1);
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->isNote());
    const QString note = window.messageBar()->text();
    CHECK(note.contains(QStringLiteral("halaman-1.html, halaman-2.html")));
    CHECK(window.lastError().isEmpty());
}

TEST_CASE("A page whose other pages are not beside it says which page it is", "[window][join]")
{
    QTemporaryDir dir;
    const QString alone = copyFixture(dir, kPage2, QStringLiteral("halaman-2.html"));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(alone));
    CHECK(window.article()->page == 2);
    CHECK(window.article()->pageCount == 2);
    CHECK(window.messageBar()->isNote());
    CHECK(window.messageBar()->text().contains(QStringLiteral("page 2 of 2")));
}

TEST_CASE("An article of one page gets no note", "[window][join]")
{
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(test::sampleFixture()));
    CHECK_FALSE(window.messageBar()->isVisible());
}
