#include "desktopapp.h"
#include <QCoreApplication>

#include "common/icons.h"
#include "common/uiprompts.h"
#include "console/consoleservices.h"
#include "languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshotter.h"
#include "recoveryprompt.h"
#include "startupprobe.h"
#include "workspace/apppaths.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace dcsdesk {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

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
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Write a PNG picture of every main view to the folder, then quit."),
        QStringLiteral("folder"));
    QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the milliseconds from process start to the "
                                            "first painted main window and the resident memory "
                                            "then, as JSON, and quit."));
    parser.addOption(langOption);
    parser.addOption(workspaceOption);
    parser.addOption(screenshotOption);
    parser.addOption(measureOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file to open."));
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !LanguageManager::availableLanguages().contains(lang)) {
        printError(
            QCoreApplication::translate("main", "Unknown language \"%1\"; use one of: %2.")
                .arg(lang, LanguageManager::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    LanguageManager::instance()->loadSaved(lang);
    QApplication::setWindowIcon(Icons::application());

    const bool screenshots = parser.isSet(screenshotOption);
    WorkspaceDocument document;
    QString path = parser.value(workspaceOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    QString error;
    if (path.isEmpty())
        path = AppPaths::ensureSampleWorkspace(&error);
    if (path.isEmpty() && screenshots)
        path = AppPaths::bundledSamplePath();
    // Screenshots need the workspace in the first frame; everything else paints the window
    // first and reads the workspace on a worker thread meanwhile.
    if (screenshots && !path.isEmpty() && !document.load(path, &error)) {
        printError(error);
        return 1;
    }

    ConsoleServices console(&document); // outlives the window, whose views use it
    MainWindow window(&document);
    console.install(&window);
    if (screenshots) {
        window.setSettingsEnabled(false);
        const Screenshotter::Result result =
            Screenshotter::run(&window, parser.value(screenshotOption));
        if (!result.ok) {
            printError(result.error);
            return 1;
        }
        for (const QString &file : result.files)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        return 0;
    }
    const bool measure = parser.isSet(measureOption);
    QObject::connect(&document, &WorkspaceDocument::workspaceLoaded, &window,
                     [&window, &document, path, measure](bool ok, const QString &loadError) {
                         if (!ok && !loadError.isEmpty()) {
                             UiPrompts::inform(
                                 &window, QMessageBox::Warning,
                                 QCoreApplication::translate("main", "DCS Desk"),
                                 QCoreApplication::translate(
                                     "main", "%1 could not be opened; DCS Desk starts with an "
                                             "empty workspace.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), loadError));
                         }
                         if (!measure)
                             RecoveryPrompt::offer(&document, &window);
                     });
    if (path.isEmpty() && !error.isEmpty()) {
        UiPrompts::inform(nullptr, QMessageBox::Warning,
                          QCoreApplication::translate("main", "DCS Desk"), error);
    }
    if (measure) {
        window.setSettingsEnabled(false);
        new StartupProbe(&window, &document);
        if (!path.isEmpty())
            document.loadInBackground(path);
        window.show();
        return app.exec();
    }
    // Unsaved edits survive a crash: a copy is written while the workspace is modified.
    RecoveryStore recovery(&document);
    QObject::connect(&window, &MainWindow::changesDiscarded, &recovery, &RecoveryStore::discard);
    if (!path.isEmpty())
        document.loadInBackground(path);
    window.show();
    if (path.isEmpty())
        RecoveryPrompt::offer(&document, &window);
    return app.exec();
}

} // namespace dcsdesk
