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
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTableView>

using namespace warta;

namespace {

// Records what the window asks for and answers with a recognisable entry.
class RecordingSource final : public CitationSource {
public:
    mutable QString style;
    mutable QString locale;
    mutable std::optional<int> paragraph;

    bool isAvailable() const override { return true; }
    std::optional<FormattedCitation> cite(const Article &article, const QString &styleId, const QString &loc,
                                          std::optional<int> para, QString *) const override
    {
        style = styleId;
        locale = loc;
        paragraph = para;
        const QString title = qs(article.title);
        return FormattedCitation{QStringLiteral("<i>%1</i>").arg(title), title};
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
    CHECK(text.startsWith(qs(window.article()->paragraphs[2].text)));
}

TEST_CASE("Copy quote with citation pins the quote's paragraph", "[citations]")
{
    MainWindow window;
    REQUIRE(window.openFile(test::sampleFixture()));
    auto source = std::make_unique<RecordingSource>();
    const RecordingSource *recorder = source.get();
    window.setCitationSource(std::move(source));
    CHECK_FALSE(window.copyQuoteWithCitation()); // nothing chosen yet
    if (window.article()->quotes.empty()) return; // the sample has quotes once the finder runs
    window.sidePanel()->ledgerView()->selectRow(0);
    window.sidePanel()->ledgerView()->setCurrentIndex(window.sidePanel()->ledgerView()->model()->index(0, 0));
    const int quoteIndex = window.sidePanel()->selectedQuote();
    REQUIRE(quoteIndex >= 0);
    REQUIRE(window.copyQuoteWithCitation());
    const Quote &quote = window.article()->quotes[static_cast<std::size_t>(quoteIndex)];
    CHECK(recorder->paragraph == quote.paragraph + 1);
    CHECK(QGuiApplication::clipboard()->mimeData()->text().startsWith(QStringLiteral("“") + qs(quote.text)));
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
    for (int i = 0; i < 5; ++i) firstIds << styles.at(i).id;
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
