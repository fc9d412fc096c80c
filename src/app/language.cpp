#include "language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace warta {
namespace {
UiLanguage g_language = UiLanguage::English;
QTranslator *g_qtBase = nullptr;
QTranslator *g_own = nullptr;
const QString kKey = QStringLiteral("ui/language");
} // namespace

QString languageSetting()
{
    return QSettings().value(kKey, QStringLiteral("system")).toString();
}

void setLanguageSetting(const QString &setting)
{
    QSettings().setValue(kKey, setting);
}

UiLanguage uiLanguage()
{
    return g_language;
}

void installTranslations(QApplication &app)
{
    const QString setting = languageSetting();
    bool indonesian = setting == QLatin1String("id");
    if (setting == QLatin1String("system"))
        indonesian = QLocale::system().language() == QLocale::Indonesian;
    g_language = indonesian ? UiLanguage::Indonesian : UiLanguage::English;
    // Called again when the user switches: drop the previous catalogues first.
    for (QTranslator **translator : {&g_qtBase, &g_own}) {
        if (*translator) {
            QApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    if (!indonesian) {
        // English is the source language; its catalogue only adds plural forms.
        g_own = new QTranslator(&app);
        if (g_own->load(QStringLiteral(":/i18n/warta_en.qm")))
            QApplication::installTranslator(g_own);
        return;
    }

    // Qt's own strings (standard dialogs) come from the system's catalogue.
    g_qtBase = new QTranslator(&app);
    if (g_qtBase->load(QLocale(QLocale::Indonesian), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(g_qtBase);
    g_own = new QTranslator(&app);
    if (g_own->load(QStringLiteral(":/i18n/warta_id.qm")))
        QApplication::installTranslator(g_own);
}

} // namespace warta
