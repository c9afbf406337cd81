#include "desktopapp.h"
#include <QCoreApplication>

#include "colorscheme.h"
#include "common/icons.h"
#include "common/uiprompts.h"
#include "console/consoleservices.h"
#include "help/guidescreenshots.h"
#include "languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshotter.h"
#include "mainwindow/workspacecontroller.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "system/unixsignalwatcher.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

namespace dcsdesk {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// The options of the desktop program, described once for both parsers below.
struct DesktopOptions
{
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (en, es, de, fr)."),
        QCoreApplication::translate("main", "code")};
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file to open."),
                                 QCoreApplication::translate("main", "file")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Write a PNG picture of every main view to the folder, then quit."),
        QCoreApplication::translate("main", "folder")};
    QCommandLineOption screen{
        QStringLiteral("screen"),
        QCoreApplication::translate("main",
                                    "With --screenshot: take the pictures at the window size "
                                    "a screen of this size gives, such as 1366x768 (without it, "
                                    "the window is 1280×800)."),
        QCoreApplication::translate("main", "WIDTHxHEIGHT")};
    QCommandLineOption colorScheme{
        QStringLiteral("color-scheme"),
        QCoreApplication::translate("main", "Color scheme: light, dark or system (as the "
                                            "desktop). For this start only; screenshots are "
                                            "light unless it is given."),
        QCoreApplication::translate("main", "scheme")};
    QCommandLineOption measure{
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the milliseconds from process start to the "
                                            "first painted main window and the resident memory "
                                            "then, as JSON, and quit.")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Destinations, segment mappings and DCS calls."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(lang);
        parser.addOption(workspace);
        parser.addOption(screenshot);
        parser.addOption(screen);
        parser.addOption(colorScheme);
        parser.addOption(measure);
        parser.addPositionalArgument(
            QCoreApplication::translate("main", "workspace"),
            QCoreApplication::translate("main", "Workspace file to open."));
    }
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DCS Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("DCS Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DCSDESK_VERSION));
    // The installed desktop entry (packaging/): docks and Wayland match the window to its menu
    // entry and icon by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dcsdesk.dcsdesk"));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// --help, --version, a wrong option and a missing display are answered on the terminal by a
// QCoreApplication, so they work where no display exists (QApplication aborts without one).
// Returns the exit code, or -1 when the window is needed.
int answerWithoutWindow(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe;
    const DesktopOptions probeOptions;
    probeOptions.describe(probe);
    const bool parsed = probe.parse(arguments);
    if (parsed && probe.isSet(probeOptions.screenshot) && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // pictures need no screen
    const bool answers = !parsed || probe.isSet(QStringLiteral("help")) ||
                         probe.isSet(QStringLiteral("help-all")) ||
                         probe.isSet(QStringLiteral("version"));
    if (answers || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        const QString lang = parsed ? probe.value(probeOptions.lang) : QString();
        LanguageManager::instance()->loadSaved(
            LanguageManager::availableLanguages().contains(lang) ? lang : QString());
        QCommandLineParser parser; // described again, now in the user's language
        const DesktopOptions options;
        options.describe(parser);
        parser.process(app); // prints help, version or the error, and exits
        printError(QCoreApplication::translate(
            "main", "DCS Desk needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY "
                    "are not set). Start it from a desktop session; to write screenshots "
                    "without a display, set QT_QPA_PLATFORM=offscreen."));
        return 1;
    }
    return -1;
}

} // namespace

int runDesktopApp(int argc, char *argv[])
{
    if (const int code = answerWithoutWindow(argc, argv); code >= 0)
        return code;

    QApplication app(argc, argv);
    setApplicationNames();

    QCommandLineParser parser;
    const DesktopOptions options;
    options.describe(parser);
    const QCommandLineOption &langOption = options.lang;
    const QCommandLineOption &workspaceOption = options.workspace;
    const QCommandLineOption &screenshotOption = options.screenshot;
    const QCommandLineOption &measureOption = options.measure;
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !LanguageManager::availableLanguages().contains(lang)) {
        printError(
            QCoreApplication::translate("main", "Unknown language \"%1\"; use one of: %2.")
                .arg(lang, LanguageManager::availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    LanguageManager::instance()->loadSaved(lang);
    Icons::installFallbackTheme();
    QApplication::setWindowIcon(Icons::application());

    const bool screenshots = parser.isSet(screenshotOption);
    QSize screen;
    if (parser.isSet(options.screen)) {
        const QStringList parts = parser.value(options.screen).split(QLatin1Char('x'));
        if (parts.size() == 2)
            screen = QSize(parts[0].toInt(), parts[1].toInt());
        if (!screenshots || screen.width() < 640 || screen.height() < 480) {
            printError(QCoreApplication::translate(
                           "main", "--screen \"%1\" is not used: give it with --screenshot, as "
                                   "WIDTHxHEIGHT of at least 640x480, such as 1366x768.")
                           .arg(parser.value(options.screen)));
            return 2;
        }
    }
    QString scheme = parser.value(options.colorScheme);
    ColorScheme::Mode mode;
    if (!scheme.isEmpty() && !ColorScheme::parseMode(scheme, &mode)) {
        printError(
            QCoreApplication::translate("main", "Unknown color scheme \"%1\"; use one of: %2.")
                .arg(scheme, ColorScheme::modeNames().join(QStringLiteral(", "))));
        return 2;
    }
    // The guide's and the store's pictures are light, whatever the user chose for the window.
    if (scheme.isEmpty() && screenshots)
        scheme = ColorScheme::modeName(ColorScheme::Mode::Light);
    ColorScheme::instance()->loadSaved(scheme);
    WorkspaceDocument document;
    QString path = parser.value(workspaceOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    // A DCS Desk already runs for this user: it opens the file (or just comes to the front),
    // so two windows never write the same files.
    const bool handOver = !screenshots && !parser.isSet(measureOption);
    const QString instanceKey = SingleInstance::defaultKey();
    if (handOver && SingleInstance::forward(
                        instanceKey, path.isEmpty() ? path : QFileInfo(path).absoluteFilePath())) {
        const QString said =
            path.isEmpty()
                ? QCoreApplication::translate("main",
                                              "DCS Desk is already running; its window is now in "
                                              "front.")
                : QCoreApplication::translate("main",
                                              "DCS Desk is already running; %1 opens in its "
                                              "window (it asks first about unsaved "
                                              "changes).")
                      .arg(QDir::toNativeSeparators(path));
        std::printf("%s\n", qPrintable(said));
        return 0;
    }
    QString error;
    // Starting without a file reopens the last workspace, as the user left it; the sample is
    // only for a first start (screenshots and measurements always use the sample).
    if (path.isEmpty() && !screenshots && !parser.isSet(measureOption))
        path = WorkspaceController::lastWorkspace();
    // Pictures show the sample in their own language and leave the user's copy alone.
    const std::unique_ptr<QTemporaryDir> screenshotSample(
        path.isEmpty() && screenshots ? new QTemporaryDir : nullptr);
    if (screenshotSample) {
        path = screenshotSample->filePath(QStringLiteral("sample-workspace.json"));
        if (!AppPaths::writeLocalizedSample(path, &error))
            path = AppPaths::bundledSamplePath();
    }
    if (path.isEmpty())
        path = AppPaths::ensureSampleWorkspace(&error);
    // Screenshots need the workspace in the first frame; everything else paints the window
    // first and reads the workspace on a worker thread meanwhile.
    if (screenshots && !path.isEmpty() && !document.load(path, &error)) {
        printError(error);
        return 1;
    }

    // Screenshots show and add no call of the user's own history.
    const std::unique_ptr<QTemporaryDir> screenshotHistory(screenshots ? new QTemporaryDir
                                                                       : nullptr);
    ConsoleServices console(&document, screenshotHistory ? screenshotHistory->path() : QString());
    MainWindow window(&document); // the console services outlive it: its views use them
    console.install(&window);
    if (screenshots) {
        GuideScreenshots::install(&window, &console);
        window.setSettingsEnabled(false);
        const Screenshotter::Result result =
            Screenshotter::run(&window, parser.value(screenshotOption), screen);
        if (!result.ok) {
            printError(result.error);
            return 1;
        }
        for (const QString &file : result.files)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        return 0;
    }
    const bool measure = parser.isSet(measureOption);
    bool askedBeforeLoading = false;
    QObject::connect(&document, &WorkspaceDocument::workspaceLoaded, &window,
                     [&window, &document, &askedBeforeLoading, path,
                      measure](bool ok, const QString &loadError) {
                         if (!ok && !loadError.isEmpty()) {
                             UiPrompts::inform(
                                 &window, QMessageBox::Warning,
                                 QCoreApplication::translate("main", "DCS Desk"),
                                 QCoreApplication::translate(
                                     "main", "%1 could not be opened; DCS Desk starts with an "
                                             "empty workspace.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), loadError));
                         }
                         if (!measure) {
                             // The file's own copy was offered before it was read; any other
                             // copy a crash left comes now.
                             WorkspaceController *files = window.workspaceController();
                             if (!askedBeforeLoading)
                                 files->offerRecovery();
                             if (ok)
                                 files->warnIfOpenElsewhere(path);
                         }
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
    SingleInstance instance(instanceKey);
    QString instanceError;
    if (instance.listen(&instanceError)) {
        QObject::connect(&instance, &SingleInstance::openRequested, &window,
                         [&window](const QString &file) { window.openFromAnotherStart(file); });
    } else {
        printError(QCoreApplication::translate("main", "Another start of DCS Desk cannot hand its "
                                                       "file to this window (%1); it opens its "
                                                       "own window instead.")
                       .arg(instanceError));
    }
    WorkspaceController *files = window.workspaceController();
    files->keepRecoveryCopies();
    // Logging out, `kill` or Ctrl+C in the terminal: no dialog can ask then, so unsaved edits go
    // to the recovery copy at once (not at the next minute) and are offered at the next start.
    UnixSignalWatcher endSignals;
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT})
        endSignals.watch(signalNumber);
    QObject::connect(&endSignals, &UnixSignalWatcher::received, &window, [files](int) {
        files->writeRecoveryNow();
        QCoreApplication::exit(0);
    });
    window.show();
    if (path.isEmpty()) {
        files->offerRecovery();
        return app.exec();
    }
    // Unsaved edits of the file that a crash left behind come before the file: when restored,
    // they open instead of it, so the older version on disk is never shown first.
    if (files->recoveryCopies(path) > 0) {
        askedBeforeLoading = true;
        if (files->offerRecovery(path)) {
            files->warnIfOpenElsewhere(path);
            return app.exec();
        }
    }
    document.loadInBackground(path);
    return app.exec();
}

} // namespace dcsdesk
