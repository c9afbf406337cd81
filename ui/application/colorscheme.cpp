#include "colorscheme.h"

#include "application/outlinedindicatorstyle.h"

#include "common/semanticcolors.h"

#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace dcsdesk {

namespace {

const char *const kSettingsKey = "view/colorScheme";

void setAllGroups(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    palette.setColor(QPalette::Disabled, role, color);
}

} // namespace

ColorScheme::ColorScheme(QObject *parent) : QObject(parent)
{
    // Before any change: what the platform gave is what System goes back to.
    if (QApplication::style())
        m_systemStyle = QApplication::style()->name();
    m_systemIsDark = SemanticColors::isDark(QApplication::palette());
}

ColorScheme *ColorScheme::instance()
{
    static auto *scheme = new ColorScheme(QCoreApplication::instance());
    return scheme;
}

QStringList ColorScheme::modeNames()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString ColorScheme::modeName(Mode mode)
{
    return modeNames().value(int(mode));
}

bool ColorScheme::parseMode(const QString &name, Mode *mode)
{
    const int index = int(modeNames().indexOf(name.trimmed().toLower()));
    if (index < 0)
        return false;
    *mode = Mode(index);
    return true;
}

QPalette ColorScheme::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef)); // Fusion's light grey, derived roles included
    setAllGroups(p, QPalette::Base, Qt::white);
    setAllGroups(p, QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    setAllGroups(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    setAllGroups(p, QPalette::ToolTipText, Qt::black);
    setAllGroups(p, QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    // #2a6fb0 rather than Fusion's #308cc6: white selected text on it reaches 4.5:1.
    setAllGroups(p, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    setAllGroups(p, QPalette::HighlightedText, Qt::white);
    setAllGroups(p, QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    setAllGroups(p, QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x91, 0x91, 0x91));
    return p;
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p(text, QColor(0x35, 0x35, 0x35), QColor(0x4a, 0x4a, 0x4a), QColor(0x12, 0x12, 0x12),
               QColor(0x24, 0x24, 0x24), text, Qt::white, QColor(0x1e, 0x1e, 0x1e), window);
    setAllGroups(p, QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    setAllGroups(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    setAllGroups(p, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    setAllGroups(p, QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    setAllGroups(p, QPalette::ToolTipText, text);
    setAllGroups(p, QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    setAllGroups(p, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    setAllGroups(p, QPalette::HighlightedText, Qt::white);
    setAllGroups(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    setAllGroups(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    setAllGroups(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

bool ColorScheme::desktopPrefersDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                              QStringLiteral("color-scheme")});
    // An unanswered setting never holds up the window: light it is.
    if (!process.waitForFinished(250)) {
        process.kill();
        process.waitForFinished(100);
        return false;
    }
    return process.exitCode() == 0 &&
           process.readAllStandardOutput().contains(QByteArrayLiteral("prefer-dark"));
}

void ColorScheme::useStyle(const QString &name)
{
    QStyle *current = QApplication::style();
    if (current && !qobject_cast<OutlinedIndicatorStyle *>(current) &&
        current->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

void ColorScheme::useOwnFusion()
{
    if (!qobject_cast<OutlinedIndicatorStyle *>(QApplication::style()))
        QApplication::setStyle(
            new OutlinedIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
}

void ColorScheme::setMode(Mode mode, bool save)
{
    m_mode = mode;
    bool dark = mode == Mode::Dark;
    // Asked again at each choice of System, so a desktop switched meanwhile is seen.
    if (mode == Mode::System && !m_systemIsDark)
        dark = desktopPrefersDark();
    if (mode == Mode::System && !dark) {
        useStyle(m_systemStyle);
        // A palette that sets no role resolves to the platform's and keeps following it. (A
        // plain QPalette() shares the current application palette, and Qt ignores it.)
        QPalette platform;
        platform.setColor(QPalette::Window, platform.color(QPalette::Window));
        platform.setResolveMask(0);
        QApplication::setPalette(platform);
    } else {
        useOwnFusion();
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    }
    if (save)
        QSettings().setValue(QLatin1String(kSettingsKey), modeName(mode));
    Q_EMIT modeChanged(mode);
}

void ColorScheme::loadSaved(const QString &overrideName)
{
    Mode mode = Mode::System;
    if (!overrideName.isEmpty() && parseMode(overrideName, &mode)) {
        setMode(mode, false);
        return;
    }
    if (!parseMode(QSettings().value(QLatin1String(kSettingsKey)).toString(), &mode))
        mode = Mode::System;
    setMode(mode, false);
}

} // namespace dcsdesk
