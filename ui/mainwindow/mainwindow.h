#pragma once

#include "common/statustext.h"
#include "mainview.h"
#include "validation/finding.h"
#include "viewregistry.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QMainWindow>
#include <QVector>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMimeData;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace dcsdesk {

class DestinationsView;
class EditCommands;
class SegmentCatalogView;
class FindingsDialog;
class ShortcutsDialog;
class UserGuideWindow;
class ValidationScheduler;
class WorkspaceController;
class AccountActions;
class WorkspaceDocument;

// The application window: it lays out the navigation and the pages (ViewRegistry), the File /
// Edit / View / Language / Help menus, the title with the unsaved marker, the read-only banner
// and the status bar's validation summary (ValidationScheduler), and routes File commands to the
// WorkspaceController. Views are plain QWidgets; those that implement MainView also get Find,
// saved layout and extra screenshots. Edit › Cut, Copy and Paste go through EditCommands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument *document() const { return m_document; }
    AccountActions *account() const { return m_account; }
    // Where the first window goes before any saved geometry: 1280×800 where that fits in the
    // screen's available area (without panels), else as much as fits with the window frame,
    // centred. The size is the client area's; the top left is the frame's.
    static QRect firstGeometry(const QRect &available);

    // --- Views ---------------------------------------------------------------------------
    using TitleFunction = ViewRegistry::TitleFunction; // re-evaluated after a language change

    // Registers a main view under a stable ID ("destinations", "segments", "console",
    // "history", "batch", ...). A view with an ID that is already registered (e.g. the
    // placeholder of a view not in this build) replaces it in place. The window takes
    // ownership. Returns the view's position in the navigation.
    int addView(const QString &id, QWidget *view, const QIcon &icon, TitleFunction title);
    // A "not available in this build" page, until addView() with the same ID replaces it.
    void addUnavailableView(const QString &id, const QIcon &icon, TitleFunction title);
    bool isViewAvailable(const QString &id) const;
    QWidget *view(const QString &id) const;
    // Help › Keyboard Shortcuts for the menus and views as they are now; the caller shows it.
    ShortcutsDialog *createShortcutsDialog();
    QStringList viewIds() const;
    QString currentViewId() const;
    void showView(const QString &id);
    DestinationsView *destinationsView() const { return m_destinations; }
    SegmentCatalogView *segmentsView() const { return m_segments; }

    // An "Open …" entry of another kind of file, put in the File menu after Open Recent.
    void addOpenAction(QAction *action);
    // A dropped file goes to the first handler that takes it (returns true), else it is opened
    // as a workspace.
    using DropHandler = std::function<bool(const QString &path)>;
    void addDropHandler(DropHandler handler);

    // Menus other views may add actions to.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }

    // --- Screenshots ---------------------------------------------------------------------
    // Extra pictures taken after the view's own (MainView::screenshotSteps) for --screenshot.
    void addScreenshotStep(const QString &viewId, const ScreenshotStep &step);
    QList<ScreenshotStep> screenshotSteps(const QString &viewId) const;

    // --- Files ---------------------------------------------------------------------------
    bool openWorkspace(const QString &path); // no save question; errors shown, nothing lost
    // Another `dcsdesk [FILE]` handed its request here: the window comes to the front and opens
    // FILE after Save / Discard / Cancel for unsaved edits (Cancel keeps what is open).
    void openFromAnotherStart(const QString &path);
    bool maybeSave(); // Save / Discard / Cancel when modified
    bool save();
    bool saveAs();
    void newWorkspace();
    QStringList recentFiles() const;
    WorkspaceController *workspaceController() const { return m_files; }

    // Screenshots and tests: do not read or write the window's QSettings.
    void setSettingsEnabled(bool enabled);
    // Words that are data, the same in every language (a file name, a server's message).
    void showStatusMessage(const QString &text, int timeoutMs = 6000);
    // Words written by the app: a language switch while it shows writes it again.
    void showStatusMessage(const StatusText &text, int timeoutMs = 6000);

    // The validation summary in the status bar, from the ValidationScheduler.
    // findingsChanged() says when findings() has a new result.
    QToolButton *validationButton() const { return m_validationButton; }
    ValidationScheduler *validation() const { return m_validation; }
    const QVector<Finding> &findings() const;
    // True when findings() judged the workspace as it is now (no edit since, same day).
    bool isValidationCurrent() const;
    void startValidation(); // on the worker now, unless findings() are current
    void validateNow();     // on this thread, at once (waits for nothing)
    // Opens the findings dialog with findings that are current (validating here if needed).
    FindingsDialog *showFindings();

    // Help > User Guide and F1: the guide at the topic ("mappings#flights"); without one, at the
    // section of what the window shows now.
    UserGuideWindow *showUserGuide(const QString &topic = QString());
    UserGuideWindow *userGuideWindow() const { return m_guideWindow.get(); } // null until shown
    QString currentHelpTopic() const;
    QAction *userGuideAction() const { return m_userGuide; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    // While the document loads in the background (WorkspaceDocument::loadInBackground): the
    // status bar says what is loading with a busy bar, and the views and the file commands
    // that need the workspace are disabled until it is there.
    bool isLoadingWorkspace() const;
    QLabel *loadingLabel() const { return m_loadingLabel; }

Q_SIGNALS:
    void currentViewChanged(const QString &id);
    // From the destination preview's "Try in Console"; the console view handles it.
    void tryInConsoleRequested(qint64 destinationId, const QVector<qint64> &sampleSids);
    // A finding the user double-clicked; the window handles destinations and mappings itself.
    void findingActivated(dcsdesk::EntityKind kind, qint64 key, int field);
    // The user chose to discard unsaved changes (recovery copies of them can go).
    void changesDiscarded();
    // findings() and the validation summary were replaced by a newer result.
    void findingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createImportExportMenus();
    void retranslateImportExportMenus();
    void registerViews();
    void retranslateUi();
    void updateTitle();
    void updateBanner();
    void updateLoadingState();
    void updateUndoTexts();
    void rebuildRecentMenu();
    void viewAdded(const QString &id, QWidget *view, bool available);
    void findingsUpdated();
    void updateValidationSummary();
    void retranslateStatusMessage();
    void readSettings();
    void writeSettings();
    void handleFinding(EntityKind kind, qint64 key, int field);
    QString dropPath(const QMimeData *mime) const;

    WorkspaceDocument *m_document;
    QList<DropHandler> m_dropHandlers;
    bool m_settingsEnabled = true;
    bool m_settingsRead = false; // views added later restore their own layout
    ViewRegistry *m_views = nullptr;
    ValidationScheduler *m_validation = nullptr;
    WorkspaceController *m_files = nullptr;
    DestinationsView *m_destinations = nullptr;
    SegmentCatalogView *m_segments = nullptr;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QToolButton *m_validationButton = nullptr;
    StatusText m_statusText; // what the temporary message on the status bar says, if anything
    QString m_statusShown;
    QElapsedTimer m_statusSince;
    int m_statusTimeoutMs = 0;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    FindingsDialog *m_findingsDialog = nullptr;
    std::unique_ptr<UserGuideWindow> m_guideWindow; // a window of its own, see UserGuideWindow

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    AccountActions *m_account = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_colorSchemeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    EditCommands *m_editCommands = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showNavigation = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_importSegmentsCsv = nullptr;
    QAction *m_importSegmentsJson = nullptr;
    QAction *m_importMappingsCsv = nullptr;
    QAction *m_importPostman = nullptr;
    QAction *m_importBruno = nullptr;
    QAction *m_exportSegmentsCsv = nullptr;
    QAction *m_exportMappingsCsv = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_colorSchemeGroup = nullptr;
    QAction *m_viewSeparator = nullptr;
};

} // namespace dcsdesk
