#include "mainwindow.h"

#include "application/languagemanager.h"
#include "batch/batchview.h"
#include "common/icons.h"
#include "common/uiprompts.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "editcommands.h"
#include "findingsdialog.h"
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
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

// The window's actions and menus and their texts in the current language; the window itself
// (mainwindow.cpp) lays out the views and routes the commands.
namespace dcsdesk {

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
    m_redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo) +
                         QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, m_document, &WorkspaceDocument::redo);
    m_cut = new QAction(this);
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_editCommands = new EditCommands(m_cut, m_copy, m_paste, this);
    connect(m_editCommands, &EditCommands::statusMessage, this,
            [this](const QString &text) { showStatusMessage(text); });
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

    m_shortcuts = new QAction(this);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
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
}

ShortcutsDialog *MainWindow::createShortcutsDialog()
{
    QList<QAction *> actions;
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu})
        actions += menu->actions();
    for (QWidget *view : m_views->views())
        actions += view->findChildren<QAction *>();
    return new ShortcutsDialog(actions, this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_exportMenu = m_fileMenu->addMenu(QString());
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

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
    rebuildRecentMenu();
}

void MainWindow::retranslateUi()
{
    if (!m_fileMenu)
        return;
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
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_find->setText(tr("&Find…"));
    m_viewMenu->setTitle(tr("&View"));
    m_showNavigation->setText(tr("Show &Navigation"));
    m_fullScreen->setText(tr("F&ull Screen"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString code = a->data().toString();
        a->setText(code.isEmpty() ? tr("&System Language") : LanguageManager::nativeName(code));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
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
