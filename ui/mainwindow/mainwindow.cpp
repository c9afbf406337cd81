#include "mainwindow.h"

#include "application/languagemanager.h"
#include "batch/batchview.h"
#include "common/icons.h"
#include "common/uiprompts.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "findingsdialog.h"
#include "mappings/mappingeditor.h"
#include "segments/segmentcatalogview.h"
#include "shortcutsdialog.h"
#include "system/backgroundpool.h"
#include "unavailableview.h"
#include "validation/validator.h"
#include "workspace/apppaths.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
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
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dcsdesk {

namespace {
constexpr int MaxRecentFiles = 10;
const char *const kRecentKey = "recentFiles";
} // namespace

MainWindow::MainWindow(WorkspaceDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "QFrame#readOnlyBanner { background: #fff3cd; border-bottom: 1px solid #e0c36c; }"
        "QFrame#readOnlyBanner QLabel { color: #5c4300; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(Icons::severity(int(Finding::Severity::Warning)).pixmap(20, 20));
    bannerLayout->addWidget(bannerIcon);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerButton = new QPushButton(m_banner);
    bannerLayout->addWidget(m_bannerButton);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid "
        "palette(mid); padding-top: 6px; }"
        "QListWidget#navigation::item { padding: 6px 8px; }"));
    body->addWidget(m_nav);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_validationButton = new QToolButton(this);
    m_validationButton->setObjectName(QStringLiteral("validationSummary"));
    m_validationButton->setAutoRaise(true);
    m_validationButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(m_validationButton);
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    statusBar()->addWidget(m_loadingLabel);
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0); // busy: the parser cannot tell how far it is
    m_loadingBar->setMaximumWidth(160);
    m_loadingBar->setTextVisible(false);
    statusBar()->addWidget(m_loadingBar);
    m_loadingLabel->hide();
    m_loadingBar->hide();
    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(300);
    // A child of the window: when the window goes first, a run still in flight finishes on its
    // own copy of the workspace and its result is dropped with the shared future state.
    m_validationWatcher = new QFutureWatcher<QVector<Finding>>(this);

    createActions();
    createMenus();
    registerViews();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size())
            return;
        m_stack->setCurrentWidget(m_views[row].widget);
        m_views[row].action->setChecked(true);
        Q_EMIT currentViewChanged(m_views[row].id);
    });
    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::saveAs);
    connect(m_validationButton, &QToolButton::clicked, this, &MainWindow::showFindings);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::startValidation);
    connect(m_validationWatcher, &QFutureWatcherBase::finished, this,
            &MainWindow::validationFinished);
    connect(document, &WorkspaceDocument::contentChanged, this, &MainWindow::scheduleValidation);
    connect(document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &WorkspaceDocument::filePathChanged, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        updateTitle();
        updateBanner();
        // The findings judged another workspace; its own follow (contentChanged).
        m_findings.clear();
        m_findingsGeneration = 0;
        updateValidationSummary();
    });
    connect(document, &WorkspaceDocument::readOnlyChanged, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::loadingStarted, this, &MainWindow::updateLoadingState);
    connect(document, &WorkspaceDocument::workspaceLoaded, this, [this](bool ok) {
        updateLoadingState();
        if (ok)
            showStatusMessage(tr("Opened %1.").arg(m_document->displayName()));
    });
    connect(document->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(document->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(document->undoStack(), &QUndoStack::undoTextChanged, this,
            &MainWindow::updateUndoTexts);
    connect(document->undoStack(), &QUndoStack::redoTextChanged, this,
            &MainWindow::updateUndoTexts);
    connect(m_destinations, &DestinationsView::statusMessage, this,
            [this](const QString &text) { showStatusMessage(text); });
    connect(m_destinations, &DestinationsView::tryInConsoleRequested, this,
            [this](qint64 id, const QVector<qint64> &sids) {
                if (isViewAvailable(QStringLiteral("console")))
                    showView(QStringLiteral("console"));
                Q_EMIT tryInConsoleRequested(id, sids);
            });
    connect(this, &MainWindow::findingActivated, this, &MainWindow::handleFinding);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this]() {
        const QString code = LanguageManager::instance()->language();
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });

    retranslateUi();
    m_undo->setEnabled(document->undoStack()->canUndo());
    m_redo->setEnabled(document->undoStack()->canRedo());
    updateBanner();
    updateLoadingState();
    showView(QStringLiteral("destinations"));
    startValidation();
    resize(1280, 800);
    // Settings are read once the event loop runs, so tests and --screenshot can switch them off.
    QTimer::singleShot(0, this, [this]() {
        if (m_settingsEnabled)
            readSettings();
    });
}

MainWindow::~MainWindow() = default;

// Where the main views are put together. A later view replaces its placeholder by calling
// addView() with the same ID, here or from outside the window.
void MainWindow::registerViews()
{
    m_destinations = new DestinationsView(m_document, this);
    addView(QStringLiteral("destinations"), m_destinations, Icons::destinations(),
            []() { return MainWindow::tr("Destinations"); });
    m_segments = new SegmentCatalogView(m_document, this);
    addView(QStringLiteral("segments"), m_segments, Icons::segments(),
            []() { return MainWindow::tr("Segments"); });
    addUnavailableView(QStringLiteral("console"), Icons::console(),
                       []() { return MainWindow::tr("Console"); });
    addUnavailableView(QStringLiteral("history"), Icons::history(),
                       []() { return MainWindow::tr("History"); });
    addView(QStringLiteral("batch"), new BatchView(m_document, this), Icons::batch(),
            []() { return MainWindow::tr("Batch"); });
    addScreenshotStep(QStringLiteral("destinations"),
                      {QStringLiteral("findings"), [this]() -> QWidget * { return showFindings(); },
                       [this]() { m_findingsDialog->close(); }});
    addScreenshotStep(QStringLiteral("destinations"),
                      {QStringLiteral("shortcuts"),
                       [this]() -> QWidget * {
                           auto *dialog = createShortcutsDialog();
                           dialog->setAttribute(Qt::WA_DeleteOnClose);
                           dialog->show();
                           return dialog;
                       },
                       [this]() {
                           if (auto *dialog = findChild<ShortcutsDialog *>())
                               dialog->close();
                       }});
    m_importMenu->addAction(m_destinations->importAction());
    m_importMenu->addAction(m_segments->importCsvAction());
    m_importMenu->addAction(m_segments->importJsonAction());
    m_exportMenu->addAction(m_destinations->exportAction());
    m_exportMenu->addAction(m_segments->exportAction());
    m_viewMenu->insertAction(m_viewSeparator, m_destinations->showMappingsAction());
    m_viewMenu->insertAction(m_viewSeparator, m_destinations->showPreviewAction());
}

int MainWindow::indexOfView(const QString &id) const
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i].id == id)
            return i;
    }
    return -1;
}

int MainWindow::addView(const QString &id, QWidget *view, const QIcon &icon, TitleFunction title)
{
    int index = indexOfView(id);
    if (index >= 0) {
        ViewEntry &entry = m_views[index];
        const bool wasCurrent = m_stack->currentWidget() == entry.widget;
        m_stack->insertWidget(m_stack->indexOf(entry.widget), view);
        m_stack->removeWidget(entry.widget);
        entry.widget->deleteLater();
        entry.widget = view;
        entry.icon = icon;
        entry.title = std::move(title);
        entry.available = true;
        entry.item->setIcon(icon);
        entry.action->setIcon(icon);
        if (wasCurrent)
            m_stack->setCurrentWidget(view);
    } else {
        ViewEntry entry;
        entry.id = id;
        entry.widget = view;
        entry.icon = icon;
        entry.title = std::move(title);
        entry.item = new QListWidgetItem(icon, QString(), m_nav);
        entry.action = new QAction(icon, QString(), this);
        entry.action->setCheckable(true);
        m_viewGroup->addAction(entry.action);
        m_viewMenu->insertAction(m_viewMenu->actions().value(int(m_views.size())), entry.action);
        connect(entry.action, &QAction::triggered, this, [this, id]() { showView(id); });
        m_stack->addWidget(view);
        m_views.append(entry);
        index = int(m_views.size()) - 1;
    }
    view->setParent(m_stack);
    if (id == QLatin1String("console") && m_destinations)
        m_destinations->setTryInConsoleAvailable(m_views[index].available);
    retranslateUi();
    updateViewShortcuts();
    if (m_settingsEnabled && m_settingsRead) {
        if (auto *mainView = dynamic_cast<MainView *>(view)) {
            QSettings settings;
            mainView->restoreSettings(settings);
        }
    }
    return index;
}

void MainWindow::addUnavailableView(const QString &id, const QIcon &icon, TitleFunction title)
{
    auto *placeholder = new UnavailableView(icon, title, this);
    placeholder->setObjectName(QStringLiteral("unavailable_%1").arg(id));
    addView(id, placeholder, icon, std::move(title));
    m_views[indexOfView(id)].available = false;
    if (id == QLatin1String("console") && m_destinations)
        m_destinations->setTryInConsoleAvailable(false);
}

bool MainWindow::isViewAvailable(const QString &id) const
{
    const int i = indexOfView(id);
    return i >= 0 && m_views[i].available;
}

QWidget *MainWindow::view(const QString &id) const
{
    const int i = indexOfView(id);
    return i >= 0 ? m_views[i].widget : nullptr;
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry &entry : m_views)
        ids.append(entry.id);
    return ids;
}

QString MainWindow::currentViewId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_views.size() ? m_views[row].id : QString();
}

void MainWindow::showView(const QString &id)
{
    const int i = indexOfView(id);
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

MainView *MainWindow::currentMainView() const
{
    return dynamic_cast<MainView *>(m_stack->currentWidget());
}

void MainWindow::addScreenshotStep(const QString &viewId, const ScreenshotStep &step)
{
    const int i = indexOfView(viewId);
    if (i >= 0)
        m_views[i].extraSteps.append(step);
}

QList<ScreenshotStep> MainWindow::screenshotSteps(const QString &viewId) const
{
    const int i = indexOfView(viewId);
    if (i < 0)
        return {};
    QList<ScreenshotStep> steps;
    if (auto *mainView = dynamic_cast<MainView *>(m_views[i].widget))
        steps = mainView->screenshotSteps();
    steps += m_views[i].extraSteps;
    return steps;
}

void MainWindow::createActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this]() {
        if (!maybeSave())
            return;
        const QString dir = m_document->filePath().isEmpty()
                                ? AppPaths::dataDir()
                                : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = UiPrompts::openFileName(
            this, tr("Open Workspace"), dir, tr("DCS Desk workspaces (*.json);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
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
        QSettings().remove(QLatin1String(kRecentKey));
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
    connect(m_cut, &QAction::triggered, this, [this]() { editCommand("cut"); });
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, [this]() { editCommand("copy"); });
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, [this]() { editCommand("paste"); });
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this]() {
        if (MainView *v = currentMainView())
            v->activateSearch();
    });

    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
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
    for (const ViewEntry &entry : m_views)
        actions += entry.widget->findChildren<QAction *>();
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

void MainWindow::updateViewShortcuts()
{
    for (int i = 0; i < m_views.size(); ++i)
        m_views[i].action->setShortcut(i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                                             : QKeySequence());
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

    int widest = 0;
    for (ViewEntry &entry : m_views) {
        const QString title = entry.title();
        entry.item->setText(title);
        entry.item->setToolTip(entry.available ? title
                                               : tr("%1 (not available in this build)").arg(title));
        entry.action->setText(title);
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(title));
    }
    m_nav->setFixedWidth(widest + m_nav->iconSize().width() + 48);
    if (m_document->isLoading())
        updateLoadingState();
    updateUndoTexts();
    updateTitle();
    updateBanner();
    updateValidationSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The summary's counts hold in any language; the findings' messages are validated
        // again to speak the new one.
        ++m_contentGeneration;
        startValidation();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_document->undoStack()->undoText();
    const QString redo = m_document->undoStack()->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::updateTitle()
{
    const QString name = m_document->displayName();
    setWindowTitle(m_document->isReadOnly() ? tr("%1[*] (read-only) — DCS Desk").arg(name)
                                            : tr("%1[*] — DCS Desk").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateBanner()
{
    m_banner->setVisible(m_document->isReadOnly());
    m_bannerText->setText(m_document->readOnlyReason());
    m_save->setEnabled(!m_document->isReadOnly() && !m_document->isLoading());
}

bool MainWindow::isLoadingWorkspace() const
{
    return m_document->isLoading();
}

void MainWindow::updateLoadingState()
{
    const bool loading = m_document->isLoading();
    if (loading) {
        m_loadingLabel->setText(
            tr("Loading %1…").arg(QFileInfo(m_document->loadingPath()).fileName()));
        m_loadingLabel->setToolTip(QDir::toNativeSeparators(m_document->loadingPath()));
    }
    m_loadingLabel->setVisible(loading);
    m_loadingBar->setVisible(loading);
    updateValidationSummary();
    m_stack->setEnabled(!loading);
    for (QAction *a : {m_new, m_open, m_saveAs, m_recentMenu->menuAction(),
                       m_importMenu->menuAction(), m_exportMenu->menuAction()})
        a->setEnabled(!loading);
    updateBanner();
}

void MainWindow::editCommand(const char *slot)
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && QMetaObject::invokeMethod(focus, slot))
        return;
    if (qstrcmp(slot, "copy") == 0) {
        if (MainView *v = currentMainView())
            v->copySelection();
    }
}

void MainWindow::scheduleValidation()
{
    ++m_contentGeneration;
    m_validationTimer->start();
}

bool MainWindow::isValidationCurrent() const
{
    return m_findingsGeneration == m_contentGeneration && m_findingsDay == QDate::currentDate();
}

void MainWindow::startValidation()
{
    m_validationTimer->stop();
    if (m_validationWatcher->isRunning()) {
        m_validationPending = true; // once more when the run in flight is done
        return;
    }
    m_validationPending = false;
    if (isValidationCurrent())
        return;
    // Workspace holds only implicitly shared Qt containers: this copy costs a few reference
    // counts, and later edits on this thread detach from what the worker reads.
    const Workspace workspace = m_document->workspace();
    const QDate today = QDate::currentDate();
    m_runningGeneration = m_contentGeneration;
    m_runningDay = today;
    m_validationWatcher->setFuture(
        QtConcurrent::run(BackgroundPool::instance(),
                          [workspace, today]() { return Validator::validate(workspace, today); }));
}

void MainWindow::validationFinished()
{
    const QFuture<QVector<Finding>> future = m_validationWatcher->future();
    // A result for an older generation than the latest edit is dropped: a newer run is due.
    if (future.resultCount() > 0 && m_runningGeneration == m_contentGeneration &&
        m_runningGeneration != m_findingsGeneration)
        setFindings(future.result(), m_runningGeneration, m_runningDay);
    if (m_validationPending || (!isValidationCurrent() && !m_validationTimer->isActive()))
        startValidation();
}

void MainWindow::validateNow()
{
    m_validationTimer->stop();
    const QDate today = QDate::currentDate();
    setFindings(Validator::validate(m_document->workspace(), today), m_contentGeneration, today);
}

void MainWindow::setFindings(const QVector<Finding> &findings, quint64 generation, const QDate &day)
{
    m_findings = findings;
    m_findingsGeneration = generation;
    m_findingsDay = day;
    updateValidationSummary();
    if (m_findingsDialog && m_findingsDialog->isVisible())
        m_findingsDialog->setFindings(m_document->workspace(), m_findings);
    Q_EMIT findingsChanged();
}

void MainWindow::updateValidationSummary()
{
    // Hidden while loading (it would judge the empty workspace) and until the workspace on
    // screen has a first result.
    m_validationButton->setVisible(!m_document->isLoading() && m_findingsGeneration > 0);
    if (m_findingsGeneration == 0)
        return;
    const FindingSummary s = FindingSummary::of(m_findings);
    if (s.errors == 0 && s.warnings == 0) {
        m_validationButton->setIcon(Icons::severity(-1));
        m_validationButton->setText(tr("No problems"));
    } else {
        m_validationButton->setIcon(Icons::severity(
            s.errors > 0 ? int(Finding::Severity::Error) : int(Finding::Severity::Warning)));
        m_validationButton->setText(tr("%1, %2").arg(tr("%n error(s)", nullptr, s.errors),
                                                     tr("%n warning(s)", nullptr, s.warnings)));
    }
}

FindingsDialog *MainWindow::showFindings()
{
    if (!m_findingsDialog) {
        m_findingsDialog = new FindingsDialog(this);
        connect(m_findingsDialog, &FindingsDialog::findingActivated, this,
                &MainWindow::findingActivated);
    }
    // The user asked to see them: the list must match the workspace on screen, so validate
    // here rather than wait for a run that may still be scheduled.
    if (!isValidationCurrent())
        validateNow();
    m_findingsDialog->setFindings(m_document->workspace(), m_findings);
    m_findingsDialog->show();
    m_findingsDialog->raise();
    m_findingsDialog->activateWindow();
    return m_findingsDialog;
}

void MainWindow::handleFinding(EntityKind kind, qint64 key, int field)
{
    qint64 destination = 0;
    if (kind == EntityKind::Destination)
        destination = key;
    else if (kind == EntityKind::Mapping) {
        const int i = m_document->workspace().mappingIndex(key);
        if (i >= 0)
            destination = m_document->workspace().mappings[i].destinationId;
    } else if (kind == EntityKind::Segment && key > 0) {
        showView(QStringLiteral("segments"));
        m_segments->selectSegment(key);
        return;
    }
    if (destination <= 0)
        return;
    showView(QStringLiteral("destinations"));
    m_destinations->selectDestination(destination);
    if (kind == EntityKind::Mapping) {
        // The mapping's row in the destination's mapping editor.
        m_destinations->showMappings();
        m_destinations->mappingEditor()->selectMappings({key});
        return;
    }
    if (kind == EntityKind::Destination && field >= 0)
        m_destinations->editor()->focusField(field);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

// --- Files ---------------------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const int choice = UiPrompts::choose(
        this, QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved.\n\nSave them before you go on? If you discard "
           "them, they are lost.")
            .arg(m_document->displayName()),
        {tr("&Save"), tr("&Discard"), tr("Cancel")}, 0, 2);
    if (choice == 0)
        return save();
    if (choice == 1)
        Q_EMIT changesDiscarded();
    return choice == 1;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        UiPrompts::inform(this, QMessageBox::Critical, tr("Save Failed"),
                          tr("%1 was not saved. The file on disk is unchanged and your edits are "
                             "still open here; try Save As to keep them elsewhere.\n\n%2")
                              .arg(m_document->displayName(), error));
        return false;
    }
    addRecentFile(m_document->filePath());
    showStatusMessage(tr("Saved %1.").arg(m_document->displayName()));
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir(AppPaths::dataDir()).filePath(tr("workspace") + QStringLiteral(".json"));
    QString path = UiPrompts::saveFileName(this, tr("Save Workspace As"), suggestion,
                                           tr("DCS Desk workspaces (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        UiPrompts::inform(this, QMessageBox::Critical, tr("Save Failed"),
                          tr("The workspace was not saved as %1. Your edits are still open "
                             "here.\n\n%2")
                              .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    addRecentFile(path);
    updateBanner();
    updateTitle();
    showStatusMessage(tr("Saved %1.").arg(m_document->displayName()));
    return true;
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    if (!m_document->load(path, &error)) {
        UiPrompts::inform(this, QMessageBox::Warning, tr("Open Workspace"),
                          tr("%1 could not be opened. The workspace you had open is "
                             "unchanged.\n\n%2")
                              .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    addRecentFile(path);
    updateTitle();
    updateBanner();
    showStatusMessage(tr("Opened %1.").arg(m_document->displayName()));
    return true;
}

void MainWindow::newWorkspace()
{
    if (!maybeSave())
        return;
    Workspace ws;
    ws.name = tr("Untitled");
    Profile local;
    local.name = tr("Local sandbox");
    local.alias = QStringLiteral("sample");
    ws.profiles.append(local);
    m_document->reset(ws);
    showStatusMessage(tr("New workspace. Use Save As to give it a file."));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    if (!m_settingsEnabled || path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a =
            m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(text) : text);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path]() {
            if (!QFileInfo::exists(path)) {
                UiPrompts::inform(this, QMessageBox::Warning, tr("Open Workspace"),
                                  tr("%1 no longer exists; it is removed from the recent files.")
                                      .arg(QDir::toNativeSeparators(path)));
                QStringList remaining = recentFiles();
                remaining.removeAll(path);
                QSettings().setValue(QLatin1String(kRecentKey), remaining);
                return;
            }
            if (maybeSave())
                openWorkspace(path);
        });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

// --- Window events -------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_settingsEnabled)
        writeSettings();
    if (m_findingsDialog)
        m_findingsDialog->close();
    event->accept();
}

QString MainWindow::dropPath(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document->isLoading() && !dropPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = dropPath(event->mimeData());
    if (path.isEmpty() || m_document->isLoading())
        return;
    event->acceptProposedAction();
    // Let the drag finish before asking anything.
    QTimer::singleShot(0, this, [this, path]() {
        if (maybeSave())
            openWorkspace(path);
    });
}

void MainWindow::readSettings()
{
    m_settingsRead = true;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_showNavigation->setChecked(
        settings.value(QStringLiteral("mainWindow/navigation"), true).toBool());
    const QString view = settings.value(QStringLiteral("mainWindow/view")).toString();
    if (isViewAvailable(view))
        showView(view);
    for (const ViewEntry &entry : m_views) {
        if (auto *mainView = dynamic_cast<MainView *>(entry.widget))
            mainView->restoreSettings(settings);
    }
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/navigation"), m_showNavigation->isChecked());
    settings.setValue(QStringLiteral("mainWindow/view"), currentViewId());
    for (const ViewEntry &entry : m_views) {
        if (auto *mainView = dynamic_cast<MainView *>(entry.widget))
            mainView->saveSettings(settings);
    }
}

} // namespace dcsdesk
