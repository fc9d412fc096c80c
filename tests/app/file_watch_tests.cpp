// The viewer and the file behind it: changed, emptied, overwritten, deleted
// and restored while open, and a thousand pages opened one after another.
#include "app_test_support.h"

#include "file_watch.h"
#include "main_window.h"
#include "message_bar.h"
#include "outline_model.h"
#include "side_panel.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

#include <cstdio>

using namespace warta;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The article on screen, as a reader sees it: title, outline, paragraphs.
struct Shown {
    QString title;
    int outlineRows = 0;
    std::size_t paragraphs = 0;
    bool operator==(const Shown &) const = default;
};

Shown shown(const MainWindow &window)
{
    return {window.windowTitle(), window.sidePanel()->outlineModel()->rowCount(),
            window.article() ? window.article()->paragraphs.size() : 0};
}

// A window on a copy of the sample article that reacts quickly to changes.
struct WatchedSample {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("artikel.html"));
    QByteArray html = readAll(test::sampleFixture());
    MainWindow window;

    WatchedSample()
    {
        writeAll(path, html);
        window.fileWatch()->setSettleMilliseconds(50);
        REQUIRE(window.openFile(path));
    }
    bool waitForError(const QString &fragment)
    {
        return QTest::qWaitFor([&] { return window.lastError().contains(fragment); }, 5000);
    }
    bool waitForTitle(const QString &prefix)
    {
        return QTest::qWaitFor([&] { return window.windowTitle().startsWith(prefix); }, 5000);
    }
    // The article read before is still on screen, and can still be cited.
    void checkArticleKept(const Shown &before)
    {
        CHECK(shown(window) == before);
        CHECK(window.copyCitation());
    }
    // Writes the article back whole under a new headline: it is read again
    // and the message goes.
    void writeBackRetitled(const char *headlineStart)
    {
        html.replace("Pemprov Sumsel Segera", headlineStart);
        writeAll(path, html);
        REQUIRE(waitForTitle(QString::fromUtf8(headlineStart)));
        CHECK(window.lastError().isEmpty());
    }
};

// Bytes of heap the program is using now (glibc's count, steadier than RSS).
std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // small blocks + mmapped large ones
}

long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4 : -1;
}

} // namespace

TEST_CASE("A file emptied or overwritten while open keeps the article and says why", "[window][file-watch]")
{
    WatchedSample sample;
    const Shown before = shown(sample.window);

    SECTION("emptied")
    {
        writeAll(sample.path, QByteArray());
        REQUIRE(sample.waitForError(QStringLiteral("the file is empty")));
    }
    SECTION("overwritten with a PDF")
    {
        writeAll(sample.path, QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n"));
        REQUIRE(sample.waitForError(QStringLiteral("it looks like a PDF document")));
    }
    SECTION("overwritten with a page that is not an article")
    {
        writeAll(sample.path, QByteArray("<!doctype html><title>Beranda</title><p>Menu</p>"));
        REQUIRE(sample.waitForError(QStringLiteral("the page holds no article")));
    }
    CHECK(sample.window.lastError().startsWith(
            QStringLiteral("The file changed on disk. Warta could not open")));
    CHECK(sample.window.lastError().endsWith(
            QStringLiteral("Warta keeps showing the version it read before.")));
    sample.checkArticleKept(before);
    sample.writeBackRetitled("Pemprov Sumsel Kembali");
}

TEST_CASE("A file cut short while open shows what is left of it", "[window][file-watch]")
{
    WatchedSample sample;
    const std::size_t before = sample.window.article()->paragraphs.size();
    // Cut inside the body: gumbo closes the open elements, the extractor keeps
    // the paragraphs that arrived, and the window stays consistent.
    const qsizetype cut = sample.html.indexOf("Karena itu ia langsung");
    REQUIRE(cut > 0);
    writeAll(sample.path, sample.html.left(cut));
    REQUIRE(QTest::qWaitFor([&] { return sample.window.article()->paragraphs.size() < before; }, 5000));
    CHECK(sample.window.sidePanel()->outlineModel()->rowCount() ==
          static_cast<int>(sample.window.article()->paragraphs.size()));
    CHECK(sample.window.article()->title == "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa");
}

TEST_CASE("A file deleted while open stays readable and comes back when restored", "[window][file-watch]")
{
    WatchedSample sample;
    const Shown before = shown(sample.window);
    QSignalSpy removed(sample.window.fileWatch(), &FileWatch::removed);

    REQUIRE(QFile::remove(sample.path));
    REQUIRE(sample.waitForError(QStringLiteral("was moved or deleted")));
    CHECK(sample.window.lastError() ==
          QStringLiteral(
                  "“%1” was moved or deleted. Warta keeps showing the article it read, and reloads the file "
                  "if it comes back.")
                  .arg(QDir::toNativeSeparators(sample.path)));
    CHECK(removed.count() == 1);
    sample.checkArticleKept(before);
    sample.writeBackRetitled("Pemprov Sumsel Dipulihkan");
}

TEST_CASE("A file replaced by renaming a new one over it is reloaded, then still watched",
          "[window][file-watch]")
{
    // How browsers and most editors save: write a temporary file, rename it.
    WatchedSample sample;
    for (const char *title : {"Judul Pertama Setelah Diganti", "Judul Kedua Setelah Diganti"}) {
        QByteArray html = sample.html;
        html.replace("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa", title);
        const QString temporary = sample.dir.filePath(QStringLiteral("artikel.html.part"));
        writeAll(temporary, html);
        REQUIRE(::rename(QFile::encodeName(temporary).constData(),
                         QFile::encodeName(sample.path).constData()) == 0);
        INFO(title);
        REQUIRE(sample.waitForTitle(QString::fromUtf8(title)));
    }
}

TEST_CASE("Other files changing in the same folder do not reload the article", "[window][file-watch]")
{
    WatchedSample sample;
    QSignalSpy changed(sample.window.fileWatch(), &FileWatch::changed);
    writeAll(sample.dir.filePath(QStringLiteral("lain.html")), sample.html);
    QTest::qWait(300);
    CHECK(changed.isEmpty());
    CHECK(sample.window.lastError().isEmpty());
}

TEST_CASE("A thousand pages opened one after another: no crash, no growth in memory", "[window][soak]")
{
    // The reconstructed fixtures, copied round-robin into one folder, with
    // every tenth file unreadable in a different way.
    const QStringList fixtures = test::reconstructedFixtures();
    REQUIRE(fixtures.size() >= 20);
    QTemporaryDir dir;
    QStringList paths;
    constexpr int kPages = 1000;
    for (int i = 0; i < kPages; ++i) {
        const QString path = dir.filePath(QStringLiteral("halaman-%1.html").arg(i, 4, 10, QLatin1Char('0')));
        const QByteArray page = readAll(fixtures[i % fixtures.size()]);
        switch (i % 30) {
        case 9:
            writeAll(path, QByteArray());
            break;
        case 19:
            writeAll(path, page.left(page.size() / 3));
            break;
        case 29:
            writeAll(path, QByteArray(4096, '\0'));
            break;
        default:
            writeAll(path, page);
        }
        paths << path;
    }

    MainWindow window;
    window.show();
    int opened = 0;
    int refused = 0;
    std::size_t heapAfterWarmUp = 0;
    long residentAfterWarmUp = 0;
    std::size_t peakHeap = 0;
    constexpr int kWarmUp = 200; // fonts, ICU data and Qt's caches fill up first
    for (int i = 0; i < kPages; ++i) {
        const bool ok = window.openFile(paths[i]);
        (ok ? opened : refused) += 1;
        // The empty and the binary files are refused; a page cut to its first
        // third may or may not still hold the article.
        if (i % 30 == 9 || i % 30 == 29)
            REQUIRE_FALSE(ok);
        else if (i % 30 != 19)
            REQUIRE(ok);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        REQUIRE(window.article());
        REQUIRE(window.sidePanel()->outlineModel()->rowCount() ==
                static_cast<int>(window.article()->paragraphs.size()));
        if (i >= kWarmUp)
            peakHeap = std::max(peakHeap, heapInUse());
        if (i == kWarmUp - 1) {
            heapAfterWarmUp = heapInUse();
            residentAfterWarmUp = residentKiB();
        }
    }
    const std::size_t heapAtEnd = heapInUse();
    const long residentAtEnd = residentKiB();
    std::printf("viewer soak: %d pages opened, %d refused; heap in use %zu KiB after %d, %zu KiB after %d "
                "(peak %zu KiB); resident %ld KiB, then %ld KiB\n",
                opened, refused, heapAfterWarmUp / 1024, kWarmUp, heapAtEnd / 1024, kPages, peakHeap / 1024,
                residentAfterWarmUp, residentAtEnd);
    // One article kept per page would add megabytes; allow 1 KiB a page for
    // allocator slack and the recent-files list.
    CHECK(heapAtEnd < heapAfterWarmUp + (kPages - kWarmUp) * 1024);
}
