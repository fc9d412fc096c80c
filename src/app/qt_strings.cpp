// Strings of Qt's own widgets that the window shows, listed so that lupdate
// puts them, in Qt's contexts, into Warta's catalogues: Qt's Indonesian
// catalogue (qtbase_id) is not installed on every system (Debian 12 ships
// none), and without it these would read English in the Indonesian
// interface. Qt looks them up through QCoreApplication::translate, which
// asks every installed translator, Warta's included.
#include <QtGlobal>

namespace warta::detail {

[[maybe_unused]] const char *const kQtStrings[] = {
        // The dock's title bar button and the tab bar's scroll buttons.
        QT_TRANSLATE_NOOP("QDockWidget", "Close"),
        QT_TRANSLATE_NOOP("QDockWidget", "Float"),
        QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"),
        QT_TRANSLATE_NOOP("QTabBar", "Scroll Right"),
        // warta --help.
        QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
        QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

} // namespace warta::detail
