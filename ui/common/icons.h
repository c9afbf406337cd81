#pragma once

#include "domain/destination.h"

#include <QIcon>
#include <QList>
#include <QString>

namespace dcsdesk {

// The app's icons, by purpose, so call sites never name a file. Standard actions come from the
// desktop's icon theme under their freedesktop names and fall back to a bundled mini theme
// (:/icons/dcsdesk-fallback) where the theme has no such icon, so a desktop without a theme
// still shows every icon. DCS Desk's own symbols (destination types, views, "no finding") are
// bundled SVGs. All bundled icons use mid-tone colors that read on light and dark palettes.
// Colours are shared with the status badges so a type or a severity looks the same everywhere.
class Icons
{
public:
    enum class Action {
        New,
        Open,
        OpenRecent,
        Save,
        SaveAs,
        Quit,
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        Find,
        Clear,
        Add,
        Remove,
        Edit,
        Delete,
        Import,
        Export,
        FullScreen,
        Refresh,
        Run,
        Stop,
        UserGuide,
        About,
        Back,
        Forward,
        Up,
        Down,
        Home,
        ZoomIn,
        ZoomOut,
    };

    // Makes the bundled mini theme the fallback of every icon theme; call before the first icon.
    static void installFallbackTheme();
    static QString fallbackThemeName();

    static QIcon action(Action action);
    // The freedesktop Icon Naming Specification name the theme is asked for.
    static QString themeName(Action action);
    static QList<Action> allActions();

    static QIcon destinationType(Destination::Type type);

    // -1 = no finding (a green check), else Finding::Severity as int. Error, warning and
    // information come from the theme (dialog-error, dialog-warning, dialog-information).
    static QIcon severity(int severity);

    static QIcon destinations();
    static QIcon segments();
    static QIcon console();
    static QIcon history();
    static QIcon batch();
    static QIcon captures();
    // The theme's io.github.dcsdesk.dcsdesk (installed under hicolor), else the bundled SVG.
    static QIcon application();
};

} // namespace dcsdesk
