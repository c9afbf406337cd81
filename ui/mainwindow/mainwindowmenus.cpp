#include "mainwindow.h"

#include "account/accountactions.h"
#include "application/colorscheme.h"
#include "application/languagemanager.h"
#include "batch/batchview.h"
#include "common/icons.h"
#include "common/uiprompts.h"
#include "console/collectionimportdialog.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "editcommands.h"
#include "findingsdialog.h"
#include "help/userguide.h"
#include "help/userguidewindow.h"
#include "mappings/mappingeditor.h"
#include "segments/segmentcatalogview.h"
#include "shortcutsdialog.h"
#include "validation/validationscheduler.h"
#include "viewregistry.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

// The window's actions and menus and their texts in the current language; the window itself
// (mainwindow.cpp) lays out the views and routes the commands.
namespace dcsdesk {

namespace {

// A File > Import or Export entry for a view's action, under a name that says what it reads or
// writes (the view's own button can be short: "Import CSV…" next to the segment list is clear,
// in the File menu it is not). Enabled while the view's action is.
QAction *menuEntryFor(QAction *source, QObject *parent, const std::function<void()> &run)
{
    auto *entry = new QAction(parent);
    entry->setEnabled(source->isEnabled());
    QObject::connect(source, &QAction::changed, entry,
                     [entry, source]() { entry->setEnabled(source->isEnabled()); });
    QObject::connect(entry, &QAction::triggered, parent, run);
    return entry;
}

// F1 in one of the window's dialogs (which the window's own F1 does not reach): the guide at
// the dialog's topic, or at the current view's.
class DialogHelpKey : public QObject
{
public:
    explicit DialogHelpKey(MainWindow *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress ||
            static_cast<QKeyEvent *>(event)->key() != Qt::Key_F1 ||
            static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *dialog = widget ? qobject_cast<QDialog *>(widget->window()) : nullptr;
        QObject *owner = dialog ? dialog->parent() : nullptr;
        while (owner && owner != m_window)
            owner = owner->parent();
        if (!owner)
            return false;
        m_window->showUserGuide(
            UserGuide::topicForDialog(QString::fromLatin1(dialog->metaObject()->className())));
        return true;
    }

private:
    MainWindow *m_window;
};

// The menus show tooltips, so the help is read whole there. It is not put in the status bar too:
// a line of two sentences is cut there in every language, which says half of it.
void setHelp(QAction *action, const QString &help)
{
    action->setToolTip(help);
}

} // namespace

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, m_files, &WorkspaceController::chooseAndOpen);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [this]() {
        m_files->clearRecentFiles();
        rebuildRecentMenu();
    });

    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_document, &WorkspaceDocument::undo);
    m_redo = new QAction(this);
    // Ctrl+Shift+Z and Ctrl+Y first on every platform, as the README and the shortcut list say
    // (an offscreen or Windows-like theme listed Ctrl+Y and Alt+Shift+Backspace first), then the
    // platform's others; listed twice, a key is ambiguous and does nothing.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                 QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, m_document, &WorkspaceDocument::redo);
    m_cut = new QAction(this);
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_editCommands = new EditCommands(m_cut, m_copy, m_paste, this);
    connect(m_editCommands, &EditCommands::statusMessage, this,
            [this](const StatusText &text) { showStatusMessage(text); });
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this]() {
        if (MainView *v = m_views->currentMainView())
            v->activateSearch();
    });

    m_showNavigation = new QAction(this);
    m_showNavigation->setCheckable(true);
    m_showNavigation->setChecked(true);
    connect(m_showNavigation, &QAction::toggled, m_nav, &QWidget::setVisible);
    m_fullScreen = new QAction(this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : QStringList{QString()} + LanguageManager::availableLanguages()) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(LanguageManager::instance()->language() == code);
        connect(action, &QAction::triggered, this,
                [code]() { LanguageManager::instance()->setLanguage(code); });
    }

    m_colorSchemeGroup = new QActionGroup(this);
    m_colorSchemeGroup->setExclusive(true);
    for (ColorScheme::Mode mode :
         {ColorScheme::Mode::Light, ColorScheme::Mode::Dark, ColorScheme::Mode::System}) {
        auto *action = new QAction(m_colorSchemeGroup);
        action->setCheckable(true);
        action->setData(int(mode));
        action->setObjectName(QStringLiteral("colorScheme-%1").arg(ColorScheme::modeName(mode)));
        action->setChecked(ColorScheme::instance()->mode() == mode);
        connect(action, &QAction::triggered, this,
                [mode]() { ColorScheme::instance()->setMode(mode); });
    }
    connect(ColorScheme::instance(), &ColorScheme::modeChanged, this,
            [this](ColorScheme::Mode mode) {
                for (QAction *a : m_colorSchemeGroup->actions())
                    a->setChecked(a->data().toInt() == int(mode));
            });

    qApp->installEventFilter(new DialogHelpKey(this));
    m_userGuide = new QAction(this);
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuide, &QAction::triggered, this, [this]() { showUserGuide(); });
    m_shortcuts = new QAction(this);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(m_shortcuts, &QAction::triggered, this, [this]() {
        ShortcutsDialog *dialog = createShortcutsDialog();
        dialog->exec();
        delete dialog;
    });
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About DCS Desk"),
            tr("<h3>DCS Desk %1</h3><p>Destinations, segment mappings and DCS calls for Audience "
               "Manager style data activation, with a local DCS sandbox that works offline.</p>"
               "<p>Your workspaces are plain JSON files; nothing leaves this computer unless you "
               "send a call.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    using Icon = Icons::Action;
    const std::pair<QAction *, Icon> icons[] = {{m_new, Icon::New},
                                                {m_open, Icon::Open},
                                                {m_save, Icon::Save},
                                                {m_saveAs, Icon::SaveAs},
                                                {m_quit, Icon::Quit},
                                                {m_clearRecent, Icon::Clear},
                                                {m_undo, Icon::Undo},
                                                {m_redo, Icon::Redo},
                                                {m_cut, Icon::Cut},
                                                {m_copy, Icon::Copy},
                                                {m_paste, Icon::Paste},
                                                {m_find, Icon::Find},
                                                {m_fullScreen, Icon::FullScreen},
                                                {m_userGuide, Icon::UserGuide},
                                                {m_about, Icon::About}};
    for (const auto &[action, icon] : icons)
        action->setIcon(Icons::action(icon));
}

ShortcutsDialog *MainWindow::createShortcutsDialog()
{
    const auto plain = [](QString title) { return title.remove(QLatin1Char('&')); };
    QList<ShortcutsDialog::Place> places;
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu}) {
        const QString title = plain(menu->title());
        //: Keyboard shortcuts, Where column: the menu an action is in (%1 is its title, "File")
        places.append({tr("%1 menu").arg(title),
                       //: Keyboard shortcuts, Where column: the menu after a comma ("Edit view,
                       //: File menu"), where a language may write it in lower case
                       tr("%1 menu", "after a comma").arg(title), menu->actions()});
    }
    for (const QString &id : m_views->ids()) {
        if (!m_views->isAvailable(id))
            continue;
        const QString name = plain(m_views->action(id)->text());
        //: Keyboard shortcuts, Where column: the view an action works in (%1: "Segments")
        places.append({tr("%1 view").arg(name),
                       //: Keyboard shortcuts, Where column: the view after a comma ("Destinations
                       //: view, Segments view"), where a language may write it in lower case
                       tr("%1 view", "after a comma").arg(name),
                       m_views->view(id)->findChildren<QAction *>()});
    }
    return new ShortcutsDialog(places, this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setIcon(Icons::action(Icons::Action::OpenRecent));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->setIcon(Icons::action(Icons::Action::Import));
    m_importMenu->setToolTipsVisible(true);
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setIcon(Icons::action(Icons::Action::Export));
    m_exportMenu->setToolTipsVisible(true);
    m_account = new AccountActions(m_document, this);
    m_fileMenu->addAction(m_account->newFromAccountAction());
    m_fileMenu->addAction(m_account->compareAction());
    m_account->setAskToSave([this] { return m_files->maybeSave(); });
    connect(m_account, &AccountActions::workspacePulled, this,
            [this](const Workspace &ws) {
                m_files->adoptNewWorkspace(ws);
                // Not saved yet: closing asks, as for any unsaved work.
                m_document->markUnsaved();
            });
    connect(m_account, &AccountActions::statusMessage, this,
            [this](const QString &text) { showStatusMessage(text); });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    connect(m_editMenu, &QMenu::aboutToShow, m_editCommands, &EditCommands::update);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_cut);
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_paste);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewSeparator = m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showNavigation);
    m_viewMenu->addAction(m_fullScreen);
    m_colorSchemeMenu = m_viewMenu->addMenu(QString());
    m_colorSchemeMenu->setObjectName(QStringLiteral("colorSchemeMenu"));
    m_colorSchemeMenu->addActions(m_colorSchemeGroup->actions());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setToolTipsVisible(true);
    m_helpMenu->addAction(m_userGuide);
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    rebuildRecentMenu();
}

void MainWindow::createImportExportMenus()
{
    MappingEditor *mappings = m_destinations->mappingEditor();
    const auto inView = [this](const QString &id, const std::function<void()> &run) {
        return [this, id, run]() {
            showView(id); // the user sees what the import changed
            run();
        };
    };
    const auto inMappings = [this, mappings](void (MappingEditor::*run)()) {
        return [this, mappings, run]() {
            showView(QStringLiteral("destinations"));
            m_destinations->showMappings();
            (mappings->*run)();
        };
    };
    QAction *destinations = m_destinations->importAction();
    m_importMenu->addAction(menuEntryFor(
        destinations, this,
        inView(QStringLiteral("destinations"), [destinations]() { destinations->trigger(); })));
    m_importMappingsCsv =
        menuEntryFor(mappings->importAction(), this, inMappings(&MappingEditor::chooseImportFile));
    m_importMenu->addAction(m_importMappingsCsv);
    m_importMenu->addSeparator();
    m_importSegmentsCsv = menuEntryFor(
        m_segments->importCsvAction(), this,
        inView(QStringLiteral("segments"), [this]() { m_segments->chooseImportCsv(); }));
    m_importMenu->addAction(m_importSegmentsCsv);
    m_importSegmentsJson = menuEntryFor(
        m_segments->importJsonAction(), this,
        inView(QStringLiteral("segments"), [this]() { m_segments->chooseImportJson(); }));
    m_importMenu->addAction(m_importSegmentsJson);
    m_importMenu->addSeparator();
    const auto importCollection = [this](CollectionImportDialog::Source source) {
        return [this, source]() {
            if (CollectionImportDialog::chooseAndImport(this, m_document, source))
                showView(QStringLiteral("console")); // where the saved requests are
        };
    };
    m_importPostman = m_importMenu->addAction(QString());
    connect(m_importPostman, &QAction::triggered, this,
            importCollection(CollectionImportDialog::Source::Postman));
    m_importBruno = m_importMenu->addAction(QString());
    connect(m_importBruno, &QAction::triggered, this,
            importCollection(CollectionImportDialog::Source::Bruno));

    QAction *exportDestinations = m_destinations->exportAction();
    m_exportMenu->addAction(menuEntryFor(
        exportDestinations, this, [exportDestinations]() { exportDestinations->trigger(); }));
    m_exportMappingsCsv =
        menuEntryFor(mappings->exportAction(), this, inMappings(&MappingEditor::chooseExportFile));
    m_exportMenu->addAction(m_exportMappingsCsv);
    m_exportMenu->addSeparator();
    m_exportSegmentsCsv = menuEntryFor(
        m_segments->exportAction(), this,
        inView(QStringLiteral("segments"), [this]() { m_segments->chooseExportCsv(); }));
    m_exportMenu->addAction(m_exportSegmentsCsv);
}

void MainWindow::retranslateImportExportMenus()
{
    const QList<QAction *> imports = m_importMenu->actions();
    const QList<QAction *> exports = m_exportMenu->actions();
    if (imports.isEmpty() || exports.isEmpty())
        return;
    QAction *importDestinations = imports.constFirst();
    importDestinations->setText(tr("&Destinations from AAM REST JSON…"));
    setHelp(importDestinations,
            tr("Reads URL, cookie and server-to-server destinations, with their segment mappings "
               "when the file has them, from a JSON file in the format of Audience Manager's REST "
               "API (one destination or a list). You review every change before it is made."));
    m_importMappingsCsv->setText(tr("Segment &Mappings from CSV (Selected Destination)…"));
    setHelp(m_importMappingsCsv,
            tr("Reads segment mappings for the destination selected in Destinations from a CSV "
               "file with the columns Segment ID, Mapping Value, Start Date and End Date (and "
               "Second Value and Priority for cookies). You see the result of every row before "
               "anything changes."));
    m_importSegmentsCsv->setText(tr("&Segments from CSV…"));
    setHelp(m_importSegmentsCsv,
            tr("Reads segments into the catalog from a CSV file with the columns Segment ID, "
               "Name, Integration Code, Status, Rule and Description. Segments with a known ID are "
               "updated; you see the result of every row before anything changes."));
    m_importSegmentsJson->setText(tr("Segments from AAM REST &JSON…"));
    setHelp(m_importSegmentsJson,
            tr("Reads the segment list that Audience Manager's REST API returns (a JSON file "
               "saved from GET /v1/segments) into the catalog. You see the result of every "
               "segment before anything changes."));

    m_importPostman->setText(tr("Saved Requests from &Postman Collection…"));
    setHelp(m_importPostman,
            tr("Reads the DCS calls of a Postman Collection v2.1 export as saved requests, in "
               "folders. You see what is taken, changed or skipped before anything changes."));
    m_importBruno->setText(tr("Saved Requests from &Bruno Collection…"));
    setHelp(m_importBruno,
            tr("Reads the DCS calls of a Bruno collection (choose its bruno.json) as saved "
               "requests, in folders. You see what is taken, changed or skipped before anything "
               "changes."));

    QAction *exportDestinations = exports.constFirst();
    exportDestinations->setText(tr("&Destinations as AAM REST JSON…"));
    setHelp(exportDestinations,
            tr("Writes the destinations you choose, with or without their mappings, as JSON in "
               "the format of Audience Manager's REST API."));
    m_exportMappingsCsv->setText(tr("Segment &Mappings as CSV (Selected Destination)…"));
    setHelp(m_exportMappingsCsv,
            tr("Writes the segment mappings of the destination selected in Destinations to a CSV "
               "file that a spreadsheet opens, and that Import reads back."));
    m_exportSegmentsCsv->setText(tr("&Segments as CSV…"));
    setHelp(m_exportSegmentsCsv,
            tr("Writes the whole segment catalog to a CSV file that a spreadsheet opens, and "
               "that Import reads back."));
}

UserGuideWindow *MainWindow::showUserGuide(const QString &topic)
{
    if (!m_guideWindow) {
        m_guideWindow = std::make_unique<UserGuideWindow>();
        m_guideWindow->setWindowIcon(windowIcon());
    }
    m_guideWindow->showTopic(topic.isEmpty() ? currentHelpTopic() : topic);
    return m_guideWindow.get();
}

QString MainWindow::currentHelpTopic() const
{
    const QString view = currentViewId();
    if (view != QLatin1String("destinations"))
        return UserGuide::topicForView(view);
    if (m_destinations->detailTabs()->currentWidget() == m_destinations->mappingEditor() &&
        m_destinations->currentId() != 0)
        return UserGuide::topicForView(QStringLiteral("mappings"));
    const Destination *d = m_document->workspace().destination(m_destinations->currentId());
    if (!d)
        return UserGuide::topicForView(view);
    switch (d->type) {
    case Destination::Type::Url:
        return QStringLiteral("destinations#url");
    case Destination::Type::Cookie:
        return QStringLiteral("destinations#cookie");
    case Destination::Type::ServerToServer:
        return QStringLiteral("destinations#s2s");
    }
    return UserGuide::topicForView(view);
}

void MainWindow::retranslateUi()
{
    if (!m_fileMenu)
        return;
    m_nav->setAccessibleName(tr("Views"));
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New Workspace"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_importMenu->setTitle(tr("&Import"));
    m_exportMenu->setTitle(tr("&Export"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("&Clear Recent Files"));
    m_editMenu->setTitle(tr("&Edit"));
    m_account->retranslateUi();
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_find->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    m_showNavigation->setText(tr("Show &Navigation"));
    m_fullScreen->setText(tr("F&ull Screen"));
    m_colorSchemeMenu->setTitle(tr("&Color Scheme"));
    for (QAction *a : m_colorSchemeGroup->actions()) {
        switch (ColorScheme::Mode(a->data().toInt())) {
        case ColorScheme::Mode::Light:
            a->setText(tr("&Light"));
            break;
        case ColorScheme::Mode::Dark:
            a->setText(tr("&Dark"));
            break;
        case ColorScheme::Mode::System:
            a->setText(tr("&System"));
            break;
        }
    }
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString code = a->data().toString();
        a->setText(code.isEmpty() ? tr("&System Language") : LanguageManager::nativeName(code));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuide->setText(tr("&User Guide"));
    setHelp(m_userGuide, tr("How to do each task, step by step, with pictures (%1)")
                             .arg(m_userGuide->shortcut().toString(QKeySequence::NativeText)));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    setHelp(m_shortcuts, tr("Every shortcut of the window in one list"));
    retranslateImportExportMenus();
    m_about->setText(tr("&About DCS Desk"));
    m_aboutQt->setText(tr("About &Qt"));
    m_bannerButton->setText(tr("Save &As…"));
    m_validationButton->setToolTip(tr("Validation of the whole workspace. Click for the list."));

    m_views->retranslate();
    if (m_document->isLoading())
        updateLoadingState();
    updateUndoTexts();
    updateTitle();
    updateBanner();
    updateValidationSummary();
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_document->undoStack()->undoText();
    const QString redo = m_document->undoStack()->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

} // namespace dcsdesk
