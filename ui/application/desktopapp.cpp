#include "desktopapp.h"

#include "languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace dcsdesk {

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DCS Desk"));
    QApplication::setApplicationName(QStringLiteral("DCS Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DCSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Destinations, segment mappings and DCS calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (en, es, de, fr)."),
        QStringLiteral("code"));
    QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QCoreApplication::translate("main", "Workspace file to open."),
        QStringLiteral("file"));
    parser.addOption(langOption);
    parser.addOption(workspaceOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file to open."));
    parser.process(app);

    LanguageManager::instance()->loadSaved(parser.value(langOption));

    WorkspaceDocument document;
    QString path = parser.value(workspaceOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    QString error;
    if (path.isEmpty())
        path = AppPaths::ensureSampleWorkspace(&error);
    if (!path.isEmpty() && !document.load(path, &error))
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "DCS Desk"), error);

    MainWindow window(&document);
    window.show();
    return app.exec();
}

} // namespace dcsdesk
