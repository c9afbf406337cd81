// DCS Desk as tst_crashrestart runs it: main() is app/dcsdesk's (runDesktopApp, the real start-up
// with its command line, recent files, recovery copies and MainWindow), plus a driver that does
// what a user would do through the window. The driver takes one JSON command per line on stdin and
// writes one JSON event per line on stdout; every question the window asks is answered here
// (UiPrompts) and reported with what the window showed at that moment.
#include "application/desktopapp.h"
#include "common/uiprompts.h"
#include "destinations/destinationsview.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/modelroles.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "workspace/recoverystore.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSocketNotifier>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QWindow>

#include <cstdio>
#include <unistd.h>

using namespace dcsdesk;

namespace {

// The command being run ("startup" until the first one) and the answer its question gets.
struct Phase
{
    QString command = QStringLiteral("startup");
    QString answer;
};

Phase &phase()
{
    static Phase current;
    return current;
}

void report(const QJsonObject &event)
{
    const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void reportError(const QString &message)
{
    report({{QStringLiteral("event"), QStringLiteral("error")},
            {QStringLiteral("command"), phase().command},
            {QStringLiteral("message"), message}});
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

MainWindow *mainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

QAbstractItemModel *destinationList(MainWindow *window)
{
    return window->destinationsView()->table()->model();
}

// What the window shows now: its title as the window system has it, the document behind it and
// the destination names both in the document and in the list the user sees.
QJsonObject shown()
{
    MainWindow *window = mainWindow();
    if (!window)
        return {{QStringLiteral("window"), false}};
    WorkspaceDocument *document = window->document();
    QJsonObject documentNames;
    for (const Destination &d : document->workspace().destinations)
        documentNames.insert(QString::number(d.id), d.name);
    QJsonObject listedNames;
    QAbstractItemModel *list = destinationList(window);
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex name = list->index(row, DestinationListModel::NameColumn);
        listedNames.insert(name.data(KeyRole).toString(), name.data().toString());
    }
    return {{QStringLiteral("window"), true},
            {QStringLiteral("visible"), window->isVisible()},
            {QStringLiteral("title"), window->windowTitle()},
            {QStringLiteral("shownTitle"),
             window->windowHandle() ? window->windowHandle()->title() : QString()},
            {QStringLiteral("windowModified"), window->isWindowModified()},
            {QStringLiteral("documentPath"), document->filePath()},
            {QStringLiteral("documentModified"), document->isModified()},
            {QStringLiteral("loading"), document->isLoading()},
            {QStringLiteral("documentNames"), documentNames},
            {QStringLiteral("listedNames"), listedNames},
            {QStringLiteral("recoveryFolder"), RecoveryStore::folder()}};
}

void reportDone()
{
    report({{QStringLiteral("event"), QStringLiteral("done")},
            {QStringLiteral("command"), phase().command},
            {QStringLiteral("shown"), shown()}});
}

// Answers each question with the button named by the running command (or CRASHRESTART_STARTUP
// at start-up), once; any other question gets its escape button, as if the user closed it.
void answerQuestionsHere()
{
    phase().answer = qEnvironmentVariable("CRASHRESTART_STARTUP");
    UiPrompts::setChooseHandler([](QWidget *, QMessageBox::Icon, const QString &title,
                                   const QString &text, const QStringList &buttons, int,
                                   int escape) {
        QStringList labels;
        for (const QString &button : buttons)
            labels.append(withoutMnemonic(button));
        int choice = escape;
        const int wanted = int(labels.indexOf(phase().answer));
        if (!phase().answer.isEmpty() && wanted >= 0) {
            choice = wanted;
            phase().answer.clear();
        }
        report({{QStringLiteral("event"), QStringLiteral("asked")},
                {QStringLiteral("command"), phase().command},
                {QStringLiteral("title"), title},
                {QStringLiteral("text"), text},
                {QStringLiteral("buttons"), QJsonArray::fromStringList(labels)},
                {QStringLiteral("answer"), choice >= 0 ? labels.at(choice) : QString()},
                {QStringLiteral("shown"), shown()}});
        return choice;
    });
    UiPrompts::setSaveFileHandler(
        [](QWidget *, const QString &title, const QString &, const QString &) {
            reportError(QStringLiteral("unexpected file chooser: %1").arg(title));
            return QString();
        });
}

QMenu *menuTitled(const QList<QAction *> &actions, const QString &title)
{
    for (QAction *action : actions) {
        if (action->menu() && withoutMnemonic(action->text()) == title)
            return action->menu();
    }
    return nullptr;
}

QAction *actionTitled(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (withoutMnemonic(action->text()) == text)
            return action;
    }
    return nullptr;
}

QMenu *fileMenu(MainWindow *window)
{
    return menuTitled(window->menuBar()->actions(), QStringLiteral("File"));
}

// File › <text> as the user picks it: only an item that is there and enabled runs.
bool clickFileMenuItem(MainWindow *window, const QString &text)
{
    QMenu *file = fileMenu(window);
    QAction *action = file ? actionTitled(file, text) : nullptr;
    if (!action || !action->isEnabled()) {
        reportError(QStringLiteral("File › %1 is missing or disabled").arg(text));
        return false;
    }
    action->trigger();
    return true;
}

void rename(MainWindow *window, const QJsonObject &names, bool keepInterval)
{
    RecoveryStore *store = window->workspaceController()->findChild<RecoveryStore *>();
    if (!store) {
        reportError(QStringLiteral("the window keeps no recovery copies"));
        return;
    }
    // The periodic writer, sooner than its minute, so the copy is written as in real use;
    // kept at its minute when the test ends the run before that.
    if (!keepInterval)
        store->setInterval(100);
    QObject::connect(
        store, &RecoveryStore::written, store,
        [](const QString &path) {
            report({{QStringLiteral("event"), QStringLiteral("copy-written")},
                    {QStringLiteral("path"), path}});
        },
        Qt::SingleShotConnection);
    QObject::connect(store, &RecoveryStore::failed, store,
                     [](const QString &message) { reportError(message); });
    QAbstractItemModel *list = destinationList(window);
    for (auto it = names.begin(); it != names.end(); ++it) {
        bool renamed = false;
        for (int row = 0; row < list->rowCount() && !renamed; ++row) {
            const QModelIndex name = list->index(row, DestinationListModel::NameColumn);
            if (name.data(KeyRole).toString() == it.key())
                renamed = list->setData(name, it.value().toString(), Qt::EditRole);
        }
        if (!renamed) {
            reportError(QStringLiteral("destination %1 could not be renamed").arg(it.key()));
            return;
        }
    }
    reportDone();
}

void openRecent(MainWindow *window, const QString &path)
{
    QMenu *file = fileMenu(window);
    QMenu *recent = file ? menuTitled(file->actions(), QStringLiteral("Open Recent")) : nullptr;
    if (!recent || !recent->menuAction()->isEnabled()) {
        reportError(QStringLiteral("File › Open Recent is missing or disabled"));
        return;
    }
    // The user opens File, then Open Recent: the list is built as it shows.
    file->popup(window->mapToGlobal(QPoint(0, 0)));
    recent->popup(window->mapToGlobal(QPoint(200, 40)));
    QAction *entry = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->statusTip() == QDir::toNativeSeparators(path))
            entry = action;
    }
    recent->hide();
    file->hide();
    if (!entry || !entry->isEnabled()) {
        reportError(QStringLiteral("%1 is not in File › Open Recent").arg(path));
        return;
    }
    entry->trigger();
    reportDone();
}

void openFromDialog(MainWindow *window, const QString &path)
{
    UiPrompts::setOpenFileHandler(
        [path](QWidget *, const QString &title, const QString &directory, const QString &) {
            report({{QStringLiteral("event"), QStringLiteral("file-chooser")},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("directory"), directory}});
            return path;
        });
    const bool clicked = clickFileMenuItem(window, QStringLiteral("Open…"));
    UiPrompts::setOpenFileHandler(nullptr);
    if (clicked)
        reportDone();
}

void drop(MainWindow *window, const QString &path)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    // Where Qt delivers a drop in the middle of the window: the widget under the point, or the
    // nearest of its parents that takes drops.
    const QPoint centre = window->rect().center();
    QWidget *target = window->childAt(centre);
    while (target && !target->acceptDrops())
        target = target->parentWidget();
    if (!target)
        target = window;
    const QPoint at = target->mapFrom(window, centre);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted()) {
        delete mime;
        reportError(QStringLiteral("%1 refused to take the dragged file")
                        .arg(QString::fromLatin1(target->metaObject()->className())));
        return;
    }
    QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    // The window opens a dropped file once the drag is over (a zero timer); report after it.
    QTimer::singleShot(0, window, [mime]() {
        delete mime;
        reportDone();
    });
}

void run(const QJsonObject &command)
{
    MainWindow *window = mainWindow();
    phase().command = command.value(QStringLiteral("command")).toString();
    phase().answer = command.value(QStringLiteral("answer")).toString();
    const QString path = command.value(QStringLiteral("path")).toString();
    if (!window)
        reportError(QStringLiteral("no main window"));
    else if (phase().command == QLatin1String("rename"))
        rename(window, command.value(QStringLiteral("names")).toObject(),
               command.value(QStringLiteral("keepInterval")).toBool());
    else if (phase().command == QLatin1String("open-recent"))
        openRecent(window, path);
    else if (phase().command == QLatin1String("open-dialog"))
        openFromDialog(window, path);
    else if (phase().command == QLatin1String("drop"))
        drop(window, path);
    else if (phase().command == QLatin1String("save")) {
        if (clickFileMenuItem(window, QStringLiteral("Save")))
            reportDone();
    } else
        reportError(QStringLiteral("unknown command"));
}

// Commands arrive on stdin; the end of stdin (the test went away) ends the program.
void readCommands()
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier]() {
        static QByteArray pending;
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            notifier->setEnabled(false);
            QCoreApplication::exit(0);
            return;
        }
        pending.append(buffer, int(got));
        int end;
        while ((end = int(pending.indexOf('\n'))) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            run(QJsonDocument::fromJson(line).object());
        }
    });
}

// Runs once the event loop starts, after runDesktopApp has built the window and begun to load
// the workspace: "started" comes once the start-up load (and its recovery question) is over.
void startDriving()
{
    readCommands();
    MainWindow *window = mainWindow();
    if (!window) {
        reportError(QStringLiteral("no main window"));
        return;
    }
    auto started = []() {
        report({{QStringLiteral("event"), QStringLiteral("started")},
                {QStringLiteral("shown"), shown()}});
    };
    if (!window->document()->isLoading()) {
        started();
        return;
    }
    QObject::connect(window->document(), &WorkspaceDocument::workspaceLoaded, window, started,
                     Qt::SingleShotConnection);
}

void driveOnceTheAppExists()
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &startDriving, Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    answerQuestionsHere();
    qAddPreRoutine(driveOnceTheAppExists);
    return runDesktopApp(argc, argv);
}
