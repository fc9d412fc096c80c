#include "app_options.h"
#include "language.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Warta"));
    QApplication::setApplicationName(QStringLiteral("warta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Warta"));
    QApplication::setApplicationVersion(QStringLiteral(WARTA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("warta"));
    warta::installTranslations(app);
    warta::AppOptions options = warta::parseOptions(app);
    if (!options.file.isEmpty())
        options.nativeFile = warta::nativeArgument(argc, argv, options.file);
    return warta::runViewer(app, options);
}
