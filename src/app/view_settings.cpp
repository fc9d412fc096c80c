#include "view_settings.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleHints>

#include <algorithm>

namespace warta {

ThemeColors themeColors(Theme theme)
{
    switch (theme) {
    case Theme::Sepia:
        return {QColor(0xf4, 0xec, 0xd8), QColor(0x3b, 0x2f, 0x22), QColor(0x7a, 0x68, 0x52),
                QColor(0x9c, 0x3d, 0x12), QColor(0xe9, 0xd7, 0xa6), QColor(0xf2, 0xb8, 0x5c),
                QColor(0xea, 0xdf, 0xc4), QColor(0xc7, 0xe0, 0x8f)};
    case Theme::Dark:
        return {QColor(0x1f, 0x21, 0x24), QColor(0xe3, 0xe3, 0xe0), QColor(0xa4, 0xa8, 0xad),
                QColor(0x7f, 0xb8, 0xff), QColor(0x3d, 0x3a, 0x22), QColor(0x7a, 0x5b, 0x10),
                QColor(0x2b, 0x2e, 0x33), QColor(0x2e, 0x5c, 0x35)};
    case Theme::Light:
        break;
    }
    return {QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x1d, 0x1f), QColor(0x5f, 0x63, 0x68),
            QColor(0xb3, 0x1b, 0x1b), QColor(0xff, 0xf3, 0xbf), QColor(0xff, 0xc9, 0x4d),
            QColor(0xe9, 0xef, 0xf8), QColor(0xb8, 0xe9, 0x94)};
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Sepia:
        return QStringLiteral("sepia");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Light:
        break;
    }
    return QStringLiteral("light");
}

Theme themeFromKey(const QString &key, Theme fallback)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("sepia"))
        return Theme::Sepia;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return fallback;
}

double ViewSettings::bodyPointSize() const
{
    // Steps of roughly 12%, like the site's three "A" sizes.
    static constexpr double kSizes[] = {10.0, 11.0, 12.5, 14.0, 16.0, 18.0, 21.0};
    const int index = std::clamp(textStep, kMinStep, kMaxStep) - kMinStep;
    return kSizes[index];
}

bool systemPrefersDark()
{
    // Qt 6.4 has no colorScheme() hint yet; a dark window colour is the signal.
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

ViewSettings ViewSettings::load()
{
    QSettings settings;
    ViewSettings view;
    const Theme system = systemPrefersDark() ? Theme::Dark : Theme::Light;
    view.theme = themeFromKey(settings.value(QStringLiteral("view/theme")).toString(), system);
    view.textStep =
            std::clamp(settings.value(QStringLiteral("view/textStep"), 0).toInt(), kMinStep, kMaxStep);
    view.limitLineWidth = settings.value(QStringLiteral("view/limitLineWidth"), true).toBool();
    return view;
}

void ViewSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("view/theme"), themeKey(theme));
    settings.setValue(QStringLiteral("view/textStep"), textStep);
    settings.setValue(QStringLiteral("view/limitLineWidth"), limitLineWidth);
}

QPalette darkPalette()
{
    const ThemeColors colors = themeColors(Theme::Dark);
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::WindowText, colors.text);
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Text, colors.text);
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, colors.text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, colors.text);
    p.setColor(QPalette::PlaceholderText, colors.muted);
    p.setColor(QPalette::Link, colors.accent);
    p.setColor(QPalette::Disabled, QPalette::Text, colors.muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, colors.muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, colors.muted);
    return p;
}

} // namespace warta
