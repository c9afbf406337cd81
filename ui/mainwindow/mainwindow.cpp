#include "mainwindow.h"

#include "account/accountactions.h"
#include "application/languagemanager.h"
#include "batch/batchview.h"
#include "common/icons.h"
#include "common/semanticcolors.h"
#include "common/uiprompts.h"
#include "destinations/destinationeditor.h"
#include "destinations/destinationsview.h"
#include "findingsdialog.h"
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
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dcsdesk {

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
    SemanticColors::setStyleSheet(
        m_banner, QStringLiteral("QFrame#readOnlyBanner { background: {BannerBackground}; "
                                 "border-bottom: 1px solid {BannerBorder}; }"
                                 "QFrame#readOnlyBanner QLabel { color: {BannerText}; }"));
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
    SemanticColors::setStyleSheet(
        m_nav, QStringLiteral("QListWidget#navigation { background: {Window}; border-right: 1px "
                              "solid {Mid}; padding-top: 6px; }"
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
    m_validation = new ValidationScheduler(document, this);
    m_files = new WorkspaceController(document, this);

    createActions();
    createMenus();
    m_views = new ViewRegistry(m_nav, m_stack, m_viewMenu, this);
    connect(m_views, &ViewRegistry::currentViewChanged, this, &MainWindow::currentViewChanged);
    connect(m_views, &ViewRegistry::viewAdded, this, &MainWindow::viewAdded);
    registerViews();

    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::saveAs);
    connect(m_validationButton, &QToolButton::clicked, this, &MainWindow::showFindings);
    connect(m_validation, &ValidationScheduler::findingsChanged, this,
            &MainWindow::findingsUpdated);
    connect(m_files, &WorkspaceController::statusMessage, this,
            [this](const StatusText &text) { showStatusMessage(text); });
    connect(m_files, &WorkspaceController::changesDiscarded, this, &MainWindow::changesDiscarded);
    connect(m_files, &WorkspaceController::fileChanged, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &WorkspaceDocument::filePathChanged, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::workspaceReplaced, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::readOnlyChanged, this, [this]() {
        updateTitle();
        updateBanner();
    });
    connect(document, &WorkspaceDocument::loadingStarted, this, &MainWindow::updateLoadingState);
    connect(document, &WorkspaceDocument::workspaceLoaded, this, [this](bool ok) {
        updateLoadingState();
        if (ok)
            showStatusMessage(
                [name = m_document->displayName()] { return tr("Opened %1.").arg(name); });
    });
    connect(document->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(document->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(document->undoStack(), &QUndoStack::undoTextChanged, this,
            &MainWindow::updateUndoTexts);
    connect(document->undoStack(), &QUndoStack::redoTextChanged, this,
            &MainWindow::updateUndoTexts);
    connect(m_destinations, &DestinationsView::statusMessage, this,
            [this](const StatusText &text) { showStatusMessage(text); });
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
    const QRect first = firstGeometry(screen() ? screen()->availableGeometry() : QRect());
    resize(first.size());
    move(first.topLeft());
    // Settings are read once the event loop runs, so tests and --screenshot can switch them off.
    QTimer::singleShot(0, this, [this]() {
        if (m_settingsEnabled)
            readSettings();
    });
}

MainWindow::~MainWindow() = default;

QRect MainWindow::firstGeometry(const QRect &available)
{
    // Room for the title bar and borders the window manager adds around the client area.
    constexpr int FrameWidth = 16;
    constexpr int FrameHeight = 48;
    const QSize preferred(1280, 800);
    if (!available.isValid())
        return QRect(QPoint(0, 0), preferred);
    const QSize size(std::min(preferred.width(), available.width() - FrameWidth),
                     std::min(preferred.height(), available.height() - FrameHeight));
    const QPoint topLeft(available.left() + (available.width() - size.width() - FrameWidth) / 2,
                         available.top() + (available.height() - size.height() - FrameHeight) / 2);
    return QRect(topLeft, size);
}

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
    createImportExportMenus();
    m_viewMenu->insertAction(m_viewSeparator, m_destinations->showMappingsAction());
    m_viewMenu->insertAction(m_viewSeparator, m_destinations->showPreviewAction());
}

int MainWindow::addView(const QString &id, QWidget *view, const QIcon &icon, TitleFunction title)
{
    return m_views->addView(id, view, icon, std::move(title));
}

void MainWindow::addUnavailableView(const QString &id, const QIcon &icon, TitleFunction title)
{
    m_views->addUnavailableView(id, icon, std::move(title));
}

bool MainWindow::isViewAvailable(const QString &id) const
{
    return m_views->isAvailable(id);
}

QWidget *MainWindow::view(const QString &id) const
{
    return m_views->view(id);
}

QStringList MainWindow::viewIds() const
{
    return m_views->ids();
}

QString MainWindow::currentViewId() const
{
    return m_views->currentId();
}

void MainWindow::showView(const QString &id)
{
    m_views->show(id);
}

void MainWindow::addScreenshotStep(const QString &viewId, const ScreenshotStep &step)
{
    m_views->addScreenshotStep(viewId, step);
}

QList<ScreenshotStep> MainWindow::screenshotSteps(const QString &viewId) const
{
    return m_views->screenshotSteps(viewId);
}

void MainWindow::viewAdded(const QString &id, QWidget *view, bool available)
{
    if (id == QLatin1String("console") && m_destinations)
        m_destinations->setTryInConsoleAvailable(available);
    // Views added after start-up restore their own layout.
    if (m_settingsEnabled && m_settingsRead) {
        if (auto *mainView = dynamic_cast<MainView *>(view)) {
            QSettings settings;
            mainView->restoreSettings(settings);
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        retranslateStatusMessage();
        // The summary's counts hold in any language; the findings' messages are validated
        // again to speak the new one.
        m_validation->invalidate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString name = m_document->displayName();
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        setWindowTitle(m_document->isReadOnly() ? tr("%1[*] (read-only) — DCS Desk").arg(name)
                                                : tr("%1[*] — DCS Desk").arg(name));
    } else {
        // The folder too: two workspaces of the same name must not look like one.
        const QString folder = WorkspaceController::shortFolder(path);
        setWindowTitle(m_document->isReadOnly()
                           ? tr("%1[*] (%2, read-only) — DCS Desk").arg(name, folder)
                           : tr("%1[*] (%2) — DCS Desk").arg(name, folder));
    }
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

const QVector<Finding> &MainWindow::findings() const
{
    return m_validation->findings();
}

bool MainWindow::isValidationCurrent() const
{
    return m_validation->isCurrent();
}

void MainWindow::startValidation()
{
    m_validation->start();
}

void MainWindow::validateNow()
{
    m_validation->validateNow();
}

void MainWindow::findingsUpdated()
{
    updateValidationSummary();
    if (m_findingsDialog && m_findingsDialog->isVisible())
        m_findingsDialog->setFindings(m_document->workspace(), m_validation->findings());
    Q_EMIT findingsChanged();
}

void MainWindow::updateValidationSummary()
{
    // Hidden while loading (it would judge the empty workspace) and until the workspace on
    // screen has a first result.
    m_validationButton->setVisible(!m_document->isLoading() && m_validation->hasResult());
    if (!m_validation->hasResult())
        return;
    const FindingSummary s = FindingSummary::of(m_validation->findings());
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
    m_findingsDialog->setFindings(m_document->workspace(), m_validation->findings());
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
    m_statusText = nullptr;
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showStatusMessage(const StatusText &text, int timeoutMs)
{
    m_statusText = text;
    m_statusShown = text();
    m_statusTimeoutMs = timeoutMs;
    m_statusSince.start();
    statusBar()->showMessage(m_statusShown, timeoutMs);
}

void MainWindow::retranslateStatusMessage()
{
    if (!m_statusText || statusBar()->currentMessage() != m_statusShown)
        return;
    int left = 0;
    if (m_statusTimeoutMs > 0) {
        left = m_statusTimeoutMs - int(m_statusSince.elapsed());
        if (left <= 0)
            return;
    }
    m_statusShown = m_statusText();
    statusBar()->showMessage(m_statusShown, left);
}

// --- Files ---------------------------------------------------------------------------------

bool MainWindow::openWorkspace(const QString &path)
{
    return m_files->openWorkspace(path);
}

void MainWindow::openFromAnotherStart(const QString &path)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (path.isEmpty() || QFileInfo(path) == QFileInfo(m_document->filePath()))
        return;
    if (m_files->maybeSave())
        m_files->openWorkspace(path);
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

void MainWindow::newWorkspace()
{
    m_files->newWorkspace();
}

QStringList MainWindow::recentFiles() const
{
    return m_files->recentFiles();
}

void MainWindow::setSettingsEnabled(bool enabled)
{
    m_settingsEnabled = enabled;
    m_files->setSettingsEnabled(enabled);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    QStringList names;
    for (const QString &path : files)
        names.append(QFileInfo(path).fileName());
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QString text = names[i];
        if (names.count(text) > 1) // the same name in two folders: say which is which
            text += QStringLiteral(" — ") + WorkspaceController::shortFolder(path);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a =
            m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(text) : text);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path]() { m_files->openRecent(path); });
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
    // The local account holds what was pushed to it in memory only.
    if (!maybeSave() || (m_account && !m_account->maybeKeepLocalAccount())) {
        event->ignore();
        return;
    }
    if (m_settingsEnabled)
        writeSettings();
    if (m_findingsDialog)
        m_findingsDialog->close();
    if (m_guideWindow)
        m_guideWindow->close();
    event->accept();
}

void MainWindow::addOpenAction(QAction *action)
{
    QAction *after = m_recentMenu->menuAction();
    const QList<QAction *> actions = m_fileMenu->actions();
    const qsizetype at = actions.indexOf(after);
    m_fileMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr,
                             action);
}

void MainWindow::addDropHandler(DropHandler handler)
{
    m_dropHandlers.append(std::move(handler));
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
        for (const DropHandler &handler : std::as_const(m_dropHandlers)) {
            if (handler(path))
                return;
        }
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
    for (QWidget *page : m_views->views()) {
        if (auto *mainView = dynamic_cast<MainView *>(page))
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
    for (QWidget *page : m_views->views()) {
        if (auto *mainView = dynamic_cast<MainView *>(page))
            mainView->saveSettings(settings);
    }
    WorkspaceController::keepPrivate(settings);
}

} // namespace dcsdesk
