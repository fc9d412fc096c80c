#include "app_test_support.h"

#include "citation_source.h"
#include "main_window.h"
#include "reading_pane.h"
#include "side_panel.h"
#include "style_chooser.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>

using namespace warta;

namespace {

// Records what the window asks for and answers with a recognisable entry.
class RecordingSource final : public CitationSource {
public:
    mutable QString style;
    mutable QString locale;
    mutable std::optional<int> paragraph;

    QList<CitationStyle> styles() const override
    {
        return {{QStringLiteral("ieee"), QStringLiteral("IEEE"), {}}};
    }
    std::optional<CitationResult> cite(const Article &article, const QString &styleId, const QString &loc,
                                       const Pinpoint &pinpoint, QString *) const override
    {
        style = styleId;
        locale = loc;
        // The core's mapping, so a quote is recorded at its paragraph.
        const auto locator = pinpointLocator(article, pinpoint);
        paragraph = locator && *locator ? std::optional<int>(std::stoi((*locator)->value)) : std::nullopt;
        const std::optional<int> para = paragraph;
        const QString title = qs(article.title);
        const QString pin = para ? QStringLiteral(" p%1").arg(*para) : QString();
        return CitationResult{{QStringLiteral("<i>%1</i>").arg(title), title},
                              {QStringLiteral("(T%1)").arg(pin), QStringLiteral("(T%1)").arg(pin)}};
    }
    std::optional<QString> exportReference(const Article &, ReferenceFormat, QString *) const override
    {
        return QStringLiteral("@article{x}");
    }
};

} // namespace

TEST_CASE("Copy citation puts HTML and plain text on the clipboard", "[citations]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    auto source = std::make_unique<RecordingSource>();
    const RecordingSource *recorder = source.get();
    window.setCitationSource(std::move(source));
    window.setCitationStyle(QStringLiteral("ieee"));

    REQUIRE(window.copyCitation());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->text() == QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa"));
    CHECK(mime->html().contains(QStringLiteral("<i>Pemprov Sumsel Segera Wujudkan Internet Masuk Desa</i>")));
    CHECK(recorder->style == QStringLiteral("ieee"));
    CHECK_FALSE(recorder->paragraph.has_value());

    window.goToParagraph(2);
    REQUIRE(window.copyParagraphWithCitation());
    CHECK(recorder->paragraph == 3); // "para. 3": pinpoints count from one
    const QString text = QGuiApplication::clipboard()->mimeData()->text();
    CHECK(text == qs(window.article()->paragraphs[2].text) + QStringLiteral(" (T p3)\n\n") +
                          QStringLiteral("Pemprov Sumsel Segera Wujudkan Internet Masuk Desa"));
}

TEST_CASE("Copy quote with citation pins the quote's paragraph", "[citations]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    auto source = std::make_unique<RecordingSource>();
    const RecordingSource *recorder = source.get();
    window.setCitationSource(std::move(source));
    CHECK_FALSE(window.copyQuoteWithCitation()); // nothing chosen yet
    REQUIRE_FALSE(window.article()->quotes.empty());
    window.sidePanel()->ledgerView()->selectRow(0);
    window.sidePanel()->ledgerView()->setCurrentIndex(window.sidePanel()->ledgerView()->model()->index(0, 0));
    const int quoteIndex = window.sidePanel()->selectedQuote();
    REQUIRE(quoteIndex >= 0);
    REQUIRE(window.copyQuoteWithCitation());
    const Quote &quote = window.article()->quotes[static_cast<std::size_t>(quoteIndex)];
    CHECK(recorder->paragraph == quote.paragraph + 1);
    CHECK(QGuiApplication::clipboard()->mimeData()->text().startsWith(
            qs(quote.speaker) + QStringLiteral(": “") + qs(quote.text) + QStringLiteral("” (T p")));
}

TEST_CASE("The last citation style is remembered", "[citations][settings]")
{
    {
        MainWindow window;
        window.setCitationStyle(QStringLiteral("modern-language-association"));
    }
    MainWindow again;
    CHECK(again.citationStyle() == QStringLiteral("modern-language-association"));
}

TEST_CASE("The style chooser lists the five common styles first and searches", "[citations]")
{
    const QList<CitationStyle> styles = installedStyles();
    REQUIRE(styles.size() > 100);
    QStringList firstIds;
    for (int i = 0; i < 5; ++i)
        firstIds << styles.at(i).id;
    CHECK(firstIds == preferredStyleIds());
    CHECK(styles.first().title.contains(QStringLiteral("7th")));

    StyleChooser chooser(styles, QStringLiteral("ieee"), nullptr);
    CHECK(chooser.selectedStyle() == QStringLiteral("ieee"));
    chooser.searchField()->setText(QStringLiteral("vancouver"));
    const int shown = chooser.list()->model()->rowCount();
    CHECK(shown > 0);
    CHECK(shown < 50);
    for (int row = 0; row < shown; ++row)
        CHECK(chooser.list()->model()->index(row, 0).data().toString().contains(QStringLiteral("Vancouver"),
                                                                                Qt::CaseInsensitive));
}

TEST_CASE("Copy citation uses the CSL processor", "[citations][csl]")
{
    MainWindow window; // with the build's own citation source
    REQUIRE(window.openFile(test::sampleFixture()));
    window.setCitationStyle(QStringLiteral("apa"));
    window.setCitationLocale(QStringLiteral("en-US"));
    REQUIRE(window.copyCitation());
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    // APA 7 for an article without a personal author: title first, then the date.
    const QString expected = QStringLiteral(
            "Pemprov Sumsel Segera Wujudkan Internet Masuk Desa. (2019, June 27). SINDOnews.com. "
            "https://sumsel.sindonews.com/read/2476/1/"
            "pemprov-sumsel-segera-wujudkan-internet-masuk-desa-1561632896");
    CHECK(mime->text() == expected);
    CHECK(mime->html().contains(QStringLiteral("<i>SINDOnews.com</i>")));

    window.goToParagraph(4);
    REQUIRE(window.copyParagraphWithCitation());
    CHECK(QGuiApplication::clipboard()->mimeData()->text().contains(QStringLiteral("2019, para. 5)")));

    window.setCitationLocale(QStringLiteral("id-ID"));
    REQUIRE(window.copyCitation());
    // Indonesian month names from the id-ID locale, in APA's order.
    CHECK(QGuiApplication::clipboard()->mimeData()->text().contains(QStringLiteral("(2019, Juni 27)")));
    window.setCitationLocale(QString());
}

TEST_CASE("References export as BibTeX, RIS and CSL-JSON", "[citations][export]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    const std::pair<ReferenceFormat, QString> formats[] = {
            {ReferenceFormat::BibTeX, QStringLiteral("@article{")},
            {ReferenceFormat::Ris, QStringLiteral("TY  - NEWS")},
            {ReferenceFormat::CslJson, QStringLiteral("[")}}; // an array, as reference managers import it
    for (const auto &[format, start] : formats) {
        const QString path = dir.filePath(QStringLiteral("ref"));
        REQUIRE(window.exportReference(format, path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.startsWith(start));
        // BibTeX braces the capitals, so look for a lower-case stretch of the title.
        CHECK(text.contains(QStringLiteral("egera")));
        CHECK(text.contains(QStringLiteral("2019")));
        CHECK(text.contains(QStringLiteral("https://sumsel.sindonews.com/read/2476/1/")));
    }
}
