#pragma once

#include "article_format.h"

#include <QString>

class QApplication;

namespace warta {

/// The UI language setting: "system", "en" or "id".
QString languageSetting();
void setLanguageSetting(const QString &setting);

/// The language the UI is in after installTranslations().
UiLanguage uiLanguage();

/// Loads the Indonesian catalogue when the setting (or, for "system", the
/// system locale) asks for Indonesian. Call once before creating windows.
void installTranslations(QApplication &app);

} // namespace warta
