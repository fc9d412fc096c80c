#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace warta {

enum class Theme {
    Light,
    Sepia,
    Dark
};

/// The colours of one theme, shared by the reading pane and the HTML builder.
struct ThemeColors {
    QColor background;
    QColor text;
    QColor muted;       ///< date, byline, captions
    QColor accent;      ///< kicker, links
    QColor quote;       ///< background of quoted words
    QColor quoteActive; ///< the quote chosen in the ledger
    QColor current;     ///< the current paragraph's band
    QColor match;       ///< find matches
};
ThemeColors themeColors(Theme theme);

QString themeKey(Theme theme);
Theme themeFromKey(const QString &key, Theme fallback);

/// How the article is shown; remembered in QSettings between runs.
struct ViewSettings {
    Theme theme = Theme::Light;
    int textStep = 0;           ///< -2 … +4 around the default size, the site's "A A A"
    bool limitLineWidth = true; ///< about 70 characters a line, centred

    static constexpr int kMinStep = -2;
    static constexpr int kMaxStep = 4;

    /// Point size of body text for the current step.
    double bodyPointSize() const;

    /// Reads the settings; on first start the theme follows the system's
    /// colour scheme.
    static ViewSettings load();
    void save() const;
};

/// A palette for the window around the dark theme.
QPalette darkPalette();

/// True when the system (style hints or palette) asks for dark colours.
bool systemPrefersDark();

} // namespace warta
