// The test runner: an offscreen QApplication with settings in a throw-away
// folder, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Before QApplication: Catch2's test discovery runs this binary at build
    // time, where there is no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data of this run only: ctest runs each test case as a
    // process of its own, several at once (-j), and they must not share a
    // settings file (QStandardPaths' test mode would put every run's in one
    // ~/.qttest folder, so it is not used).
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WartaTests"));
    QApplication::setApplicationName(QStringLiteral("warta-tests"));
    return Catch::Session().run(argc, argv);
}
