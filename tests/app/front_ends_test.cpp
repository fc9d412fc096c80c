// The viewer and warta-cli give the same Markdown, date text and citation for
// the same saved page: every fixture page goes through what the viewer calls
// (loadArticle, articleMarkdown, longDate, its citation source) and what the
// CLI calls (extractFile, articleToMarkdown, the share block, citeArticle).
#include "app_test_support.h"

#include "article_export.h"
#include "article_format.h"
#include "article_loader.h"
#include "citation_source.h"
#include "language.h"
#include "text_convert.h"

#include "warta/article/article_text.h"
#include "warta/cite/article_item.h"
#include "warta/cite/cite_article.h"
#include "warta/date/date_format.h"
#include "warta/extract/extract.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDirIterator>

using namespace warta;

namespace {

QStringList fixturePages()
{
    QStringList pages;
    QDirIterator it(QStringLiteral(WARTA_FIXTURE_DIR), {QStringLiteral("*.html"), QStringLiteral("*.mhtml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages << it.next();
    pages.sort();
    return pages;
}

} // namespace

TEST_CASE("The viewer and the CLI give the same Markdown, date and citation on every fixture", "[front-ends]")
{
    setLanguageSetting(QStringLiteral("en"));
    installTranslations(*qApp);
    const auto source = makeCitationSource();
    const QStringList pages = fixturePages();
    REQUIRE(pages.size() > 20);
    int compared = 0;
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const LoadOutcome viewer = loadArticle(page);
        // The viewer joins the pages of a multi-page article, as --join-pages does.
        ExtractOptions joined;
        joined.joinPages = true;
        const auto cli = extractFile(page.toStdString(), joined);
        // Both refuse the same pages (a homepage, a broken file).
        REQUIRE(viewer.loaded.has_value() == cli.has_value());
        if (!cli)
            continue;
        const Article &seen = viewer.loaded->article;
        CHECK(articleMarkdown(seen).toStdString() == articleToMarkdown(*cli));
        if (cli->published) {
            const std::string date = formatLongDate(*cli->published, DateLanguage::English);
            CHECK(longDate(*seen.published, UiLanguage::English).toStdString() == date);
            const std::string share = articleShareBlock(*cli);
            CHECK(share.find(formatLongDate(*cli->published, dateLanguageOf(cli->language))) !=
                  std::string::npos);
        }
        QString error;
        const auto copied = source->cite(seen, QStringLiteral("apa"), QStringLiteral("en-US"), {}, &error);
        CiteOptions options;
        options.locale = "en-US";
        const auto printed = citeArticle(*cli, options);
        REQUIRE(copied.has_value() == printed.has_value());
        if (printed)
            CHECK(copied->reference.text.toStdString() == *printed);
        ++compared;
    }
    CHECK(compared > 20);
}
