#include "icons.h"

#include "validation/finding.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QtGlobal>

namespace dcsdesk {

namespace {

constexpr auto kFallbackTheme = "dcsdesk-fallback";

struct ActionName
{
    Icons::Action action;
    const char *name;
};

// document-edit, document-import and document-export are not in the Icon Naming Specification
// but every common theme (Adwaita aside, which the bundled icons then stand in for) has them.
constexpr ActionName kActionNames[] = {
    {Icons::Action::New, "document-new"},
    {Icons::Action::Open, "document-open"},
    {Icons::Action::OpenRecent, "document-open-recent"},
    {Icons::Action::Save, "document-save"},
    {Icons::Action::SaveAs, "document-save-as"},
    {Icons::Action::Quit, "application-exit"},
    {Icons::Action::Undo, "edit-undo"},
    {Icons::Action::Redo, "edit-redo"},
    {Icons::Action::Cut, "edit-cut"},
    {Icons::Action::Copy, "edit-copy"},
    {Icons::Action::Paste, "edit-paste"},
    {Icons::Action::Find, "edit-find"},
    {Icons::Action::Clear, "edit-clear"},
    {Icons::Action::Add, "list-add"},
    {Icons::Action::Remove, "list-remove"},
    {Icons::Action::Edit, "document-edit"},
    {Icons::Action::Delete, "edit-delete"},
    {Icons::Action::Import, "document-import"},
    {Icons::Action::Export, "document-export"},
    {Icons::Action::FullScreen, "view-fullscreen"},
    {Icons::Action::Refresh, "view-refresh"},
    {Icons::Action::Run, "media-playback-start"},
    {Icons::Action::Stop, "process-stop"},
    {Icons::Action::UserGuide, "help-contents"},
    {Icons::Action::About, "help-about"},
    {Icons::Action::Back, "go-previous"},
    {Icons::Action::Forward, "go-next"},
    {Icons::Action::Up, "go-up"},
    {Icons::Action::Down, "go-down"},
    {Icons::Action::Home, "go-home"},
    {Icons::Action::ZoomIn, "zoom-in"},
    {Icons::Action::ZoomOut, "zoom-out"},
};

// A name of the Icon Naming Specification from the theme, else from the bundled mini theme
// (which Qt searches itself as every theme's fallback; the explicit fallback covers a theme
// whose lookup ends elsewhere).
QIcon themed(const QString &name)
{
    Icons::installFallbackTheme();
    const QString context = name.startsWith(QLatin1String("dialog-")) ? QStringLiteral("status")
                                                                      : QStringLiteral("actions");
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1/scalable/%2/%3.svg")
                                            .arg(Icons::fallbackThemeName(), context, name)));
}

QIcon bundled(const char *name)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromLatin1(name);
    auto found = cache.find(key);
    if (found == cache.end()) {
        const QString file = QStringLiteral(":/icons/dcsdesk/%1.svg").arg(key);
        QIcon icon(file);
        // As drawn on a selected row too: the style's selection tint would wash the colors
        // into the highlight.
        icon.addFile(file, QSize(), QIcon::Selected);
        found = cache.insert(key, icon);
    }
    return found.value();
}

} // namespace

void Icons::installFallbackTheme()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QIcon::setFallbackThemeName(fallbackThemeName());
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
        !QImageReader::supportedImageFormats().contains("svg"))
        qWarning("DCS Desk: Qt's SVG support is missing, so icons stay blank; install the "
                 "package libqt6svg6 (Debian 12).");
}

QString Icons::fallbackThemeName()
{
    return QString::fromLatin1(kFallbackTheme);
}

QIcon Icons::action(Action action)
{
    return themed(themeName(action));
}

QString Icons::themeName(Action action)
{
    for (const ActionName &entry : kActionNames)
        if (entry.action == action)
            return QString::fromLatin1(entry.name);
    return {};
}

QList<Icons::Action> Icons::allActions()
{
    QList<Action> actions;
    for (const ActionName &entry : kActionNames)
        actions.append(entry.action);
    return actions;
}

QIcon Icons::destinationType(Destination::Type type)
{
    switch (type) {
    case Destination::Type::Url:
        return bundled("destination-url");
    case Destination::Type::Cookie:
        return bundled("destination-cookie");
    case Destination::Type::ServerToServer:
        return bundled("destination-server-to-server");
    }
    return {};
}

QIcon Icons::severity(int severity)
{
    switch (severity) {
    case int(Finding::Severity::Error):
        return themed(QStringLiteral("dialog-error"));
    case int(Finding::Severity::Warning):
        return themed(QStringLiteral("dialog-warning"));
    case int(Finding::Severity::Info):
        return themed(QStringLiteral("dialog-information"));
    default:
        return bundled("status-ok");
    }
}

QIcon Icons::destinations()
{
    return bundled("view-destinations");
}

QIcon Icons::segments()
{
    return bundled("view-segments");
}

QIcon Icons::console()
{
    return bundled("view-console");
}

QIcon Icons::history()
{
    return bundled("view-history");
}

QIcon Icons::batch()
{
    return bundled("view-batch");
}

QIcon Icons::captures()
{
    return bundled("view-captures");
}

QIcon Icons::application()
{
    static const QIcon icon =
        QIcon::fromTheme(QStringLiteral("io.github.dcsdesk.dcsdesk"),
                         QIcon(QStringLiteral(":/icons/io.github.dcsdesk.dcsdesk.svg")));
    return icon;
}

} // namespace dcsdesk
