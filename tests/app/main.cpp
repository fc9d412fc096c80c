// The test runner: an offscreen QApplication with settings in a throw-away
// folder, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Before QApplication: Catch2's test discovery runs this binary at build
    // time, where there is no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WartaTests"));
    QApplication::setApplicationName(QStringLiteral("warta-tests"));
    return Catch::Session().run(argc, argv);
}
