#include "app_test_support.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <string>

namespace warta::test {
namespace {
QtMessageHandler g_previous = nullptr;
int g_count = 0;
QString g_last;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "qt.modeltest") {
        ++g_count;
        g_last = message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

QStringList reconstructedFixtures()
{
    const QDir dir(QStringLiteral(WARTA_FIXTURE_DIR "/sindonews/reconstructed"));
    QStringList paths;
    const QStringList names =
            dir.entryList({QStringLiteral("*.html"), QStringLiteral("*.mhtml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(WARTA_FIXTURE_DIR "/") + name;
}

QString sampleFixture()
{
    return fixturePath(
            QStringLiteral("sindonews/reconstructed/g2-legacy-pemprov-sumsel-internet-masuk-desa.html"));
}

ModelTestMessages::ModelTestMessages()
{
    g_count = 0;
    g_last.clear();
    // The tester logs its findings as warnings in this category.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.modeltest.debug=false\nqt.modeltest.warning=true"));
    g_previous = qInstallMessageHandler(handler);
}

ModelTestMessages::~ModelTestMessages()
{
    qInstallMessageHandler(g_previous);
}

int ModelTestMessages::count() const
{
    return g_count;
}
QString ModelTestMessages::last() const
{
    return g_last;
}

Article syntheticArticle()
{
    Article article;
    article.title = "Uji “kutipan” — café";
    const std::string p1 = "Kata Budi: “Kopi café ☕ enak,” ujarnya.";
    const std::string p2 = "Lalu Siti menambahkan, \"Saya 😀 setuju.\"";
    const std::string p3 = "Paragraf ketiga tanpa kutipan.";
    article.paragraphs = {{"p1", p1, 0}, {"p2", p2, 0}, {"p3", p3, 0}};
    Quote a;
    a.text = "Kopi café ☕ enak,";
    a.speaker = "Budi";
    a.verb = "ujar";
    a.paragraph = a.endParagraph = 0;
    a.begin = p1.find("Kopi");
    a.end = p1.find("”");
    Quote b;
    b.text = "Saya 😀 setuju.";
    b.speaker = "Siti";
    b.verb = "menambahkan";
    b.paragraph = b.endParagraph = 1;
    b.begin = p2.find("Saya");
    b.end = p2.rfind('"');
    article.quotes = {a, b};
    return article;
}

} // namespace warta::test
