#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace dcsdesk {

// Light, dark or the desktop's colors (View > Color Scheme, --color-scheme). Light and Dark are
// the Fusion style with a palette of our own; System keeps the style and palette the platform
// gave at start, and turns dark when the desktop asks for dark (freedesktop / GNOME setting or
// GTK_THEME) but the platform theme of Qt 6.4 cannot say so. Widgets follow through
// QEvent::ApplicationPaletteChange and SemanticColors.
class ColorScheme : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };

    static ColorScheme *instance();

    // Applies the mode and, when save is true, keeps it for the next start (QSettings).
    void setMode(Mode mode, bool save = true);
    Mode mode() const { return m_mode; }
    // Reads the saved choice, or an override such as --color-scheme that is not saved.
    void loadSaved(const QString &overrideName = QString());

    static QString modeName(Mode mode); // "system", "light", "dark"
    static bool parseMode(const QString &name, Mode *mode);
    static QStringList modeNames();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // What the desktop prefers, asked without waiting more than a quarter second.
    static bool desktopPrefersDark();

Q_SIGNALS:
    void modeChanged(dcsdesk::ColorScheme::Mode mode);

private:
    explicit ColorScheme(QObject *parent = nullptr);
    void useStyle(const QString &name);
    void useOwnFusion(); // Fusion with visible indicator edges, for the palettes built here

    Mode m_mode = Mode::System;
    QString m_systemStyle;
    bool m_systemIsDark = false;
};

} // namespace dcsdesk
