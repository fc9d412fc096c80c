#pragma once

#include "warta/article/article.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace warta::test {

/// Every saved page under tests/fixtures/sindonews/reconstructed.
QStringList reconstructedFixtures();
QString fixturePath(const QString &name);
/// Writes `bytes` to `name` in `dir` and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
/// The bundled sample article, as it is in the fixtures.
QString sampleFixture();

/// Counts messages from QAbstractItemModelTester (category "qt.modeltest")
/// while it lives.
class ModelTestMessages {
public:
    ModelTestMessages();
    ~ModelTestMessages();
    int count() const;
    QString last() const;
};

/// A small article with multi-byte text and quotes whose offsets are bytes.
Article syntheticArticle();

} // namespace warta::test

namespace Catch {
/// Failed checks on QStrings print the text, not "{?}".
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
