#include "app_test_support.h"

#include "article_loader.h"
#include "outline_model.h"
#include "quote_ledger_model.h"
#include "text_convert.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFileInfo>

#include <map>

using namespace warta;

namespace {
constexpr auto kWarn = QAbstractItemModelTester::FailureReportingMode::Warning;
}

TEST_CASE("Models pass QAbstractItemModelTester across article changes", "[models]")
{
    test::ModelTestMessages messages;
    OutlineModel outline;
    QuoteLedgerModel ledger;
    QuoteLedgerProxy proxy;
    proxy.setSourceModel(&ledger);
    QAbstractItemModelTester outlineTester(&outline, kWarn);
    QAbstractItemModelTester ledgerTester(&ledger, kWarn);
    QAbstractItemModelTester proxyTester(&proxy, kWarn);

    const Article synthetic = test::syntheticArticle();
    outline.setArticle(synthetic, makeArticleText(synthetic));
    ledger.setArticle(synthetic, makeArticleText(synthetic));
    proxy.sort(QuoteLedgerModel::SpeakerColumn, Qt::DescendingOrder);
    proxy.setSpeaker(QStringLiteral("Siti"));
    proxy.clearSpeaker();
    const Article empty;
    outline.setArticle(empty, makeArticleText(empty));
    ledger.setArticle(empty, makeArticleText(empty));
    outline.setArticle(synthetic, makeArticleText(synthetic));
    ledger.setArticle(synthetic, makeArticleText(synthetic));
    INFO(messages.last().toStdString());
    CHECK(messages.count() == 0);
    CHECK(outline.rowCount() == 3);
    CHECK(ledger.rowCount() == 2);
    CHECK(ledger.columnCount() == QuoteLedgerModel::ColumnCount);
}

TEST_CASE("Outline rows carry number, first words and id", "[models]")
{
    OutlineModel outline;
    const Article article = test::syntheticArticle();
    outline.setArticle(article, makeArticleText(article));
    const QModelIndex second = outline.index(1, 0);
    CHECK(second.data(OutlineModel::NumberRole).toInt() == 2);
    CHECK(second.data(OutlineModel::IdRole).toString() == QStringLiteral("p2"));
    CHECK(second.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("2  Lalu Siti")));
    CHECK(outline.index(0, 0).data(OutlineModel::QuoteCountRole).toInt() == 1);
    CHECK(outline.index(2, 0).data(OutlineModel::QuoteCountRole).toInt() == 0);
}

TEST_CASE("Ledger offsets are converted from UTF-8 bytes", "[models]")
{
    const Article article = test::syntheticArticle();
    QuoteLedgerModel ledger;
    ledger.setArticle(article, makeArticleText(article));
    for (int row = 0; row < ledger.rowCount(); ++row) {
        const QModelIndex index = ledger.index(row, QuoteLedgerModel::QuoteColumn);
        const QString paragraph =
                qs(article.paragraphs[static_cast<std::size_t>(
                                              index.data(QuoteLedgerModel::ParagraphRole).toInt())]
                           .text);
        const int begin = index.data(QuoteLedgerModel::BeginRole).toInt();
        const int end = index.data(QuoteLedgerModel::EndRole).toInt();
        CHECK(paragraph.mid(begin, end - begin) == index.data().toString());
    }
}

TEST_CASE("The speaker filter and sorting", "[models]")
{
    QuoteLedgerModel ledger;
    QuoteLedgerProxy proxy;
    proxy.setSourceModel(&ledger);
    const Article article = test::syntheticArticle();
    ledger.setArticle(article, makeArticleText(article));
    CHECK(ledger.speakers() == QStringList{QStringLiteral("Budi"), QStringLiteral("Siti")});
    proxy.setSpeaker(QStringLiteral("Siti"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, QuoteLedgerModel::VerbColumn).data().toString() == QStringLiteral("menambahkan"));
    proxy.clearSpeaker();
    proxy.sort(QuoteLedgerModel::SpeakerColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, QuoteLedgerModel::SpeakerColumn).data().toString() == QStringLiteral("Siti"));
    proxy.sort(QuoteLedgerModel::ParagraphColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, QuoteLedgerModel::ParagraphColumn).data().toInt() == 1);
}

TEST_CASE("Every reconstructed fixture fills the outline and the ledger", "[models][fixtures]")
{
    const QStringList fixtures = test::reconstructedFixtures();
    REQUIRE(fixtures.size() >= 20);
    int withQuotes = 0;
    for (const QString &path : fixtures) {
        INFO(QFileInfo(path).fileName().toStdString());
        const LoadOutcome outcome = loadArticle(path);
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.loaded);
        const Article &article = outcome.loaded->article;
        test::ModelTestMessages messages;
        OutlineModel outline;
        QuoteLedgerModel ledger;
        QuoteLedgerProxy proxy;
        proxy.setSourceModel(&ledger);
        QAbstractItemModelTester t1(&outline, kWarn), t2(&ledger, kWarn), t3(&proxy, kWarn);
        outline.setArticle(article, makeArticleText(article));
        ledger.setArticle(article, makeArticleText(article));
        CHECK(messages.count() == 0);
        CHECK(!article.paragraphs.empty());
        CHECK(outline.rowCount() == static_cast<int>(article.paragraphs.size()));
        CHECK(ledger.rowCount() == static_cast<int>(article.quotes.size()));
        // Filtering by each speaker partitions the ledger.
        std::map<QString, int> bySpeaker;
        for (const Quote &quote : article.quotes)
            ++bySpeaker[qs(quote.speaker)];
        int total = 0;
        for (const auto &[speaker, count] : bySpeaker) {
            proxy.setSpeaker(speaker);
            CHECK(proxy.rowCount() == count);
            total += proxy.rowCount();
        }
        CHECK(total == ledger.rowCount());
        if (!article.quotes.empty())
            ++withQuotes;
    }
    CHECK(withQuotes > 0);
}
