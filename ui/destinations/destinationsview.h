#pragma once

#include "aam/aamrestwriter.h"
#include "common/statustext.h"
#include "domain/destination.h"
#include "mainwindow/mainview.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace dcsdesk {

class DestinationEditor;
class DestinationFilterProxyModel;
class MappingEditor;
class DestinationListModel;
class FirePreviewPanel;
class WorkspaceDocument;

// The Destinations view: the searchable, sortable list of destinations (type icon, platform,
// mapped segments, status badge, last change) above the typed editor and the live fire preview
// of the current one. New, duplicate, delete (with the AAM rule for mapped destinations), and
// AAM REST import/export start here.
class DestinationsView : public QWidget, public MainView
{
    Q_OBJECT

public:
    explicit DestinationsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    DestinationEditor *editor() const { return m_editor; }
    FirePreviewPanel *preview() const { return m_preview; }
    // The segment mappings of the current destination, in the tab next to its editor.
    MappingEditor *mappingEditor() const { return m_mappings; }
    QTabWidget *detailTabs() const { return m_tabs; }
    void showMappings(); // switches to the mappings tab
    QAction *showMappingsAction() const { return m_showMappings; }
    DestinationFilterProxyModel *proxy() const { return m_proxy; }
    DestinationListModel *listModel() const { return m_model; }

    QAction *newUrlAction() const { return m_newUrl; }
    QAction *newCookieAction() const { return m_newCookie; }
    QAction *newS2sAction() const { return m_newS2s; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *showPreviewAction() const { return m_showPreview; }

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    void selectDestination(qint64 id);
    void setTryInConsoleAvailable(bool available);

    // Creates a destination of the type and selects it; returns its ID (0 when cancelled).
    qint64 newDestination(Destination::Type type);
    void duplicateSelected();
    void deleteSelected();
    // Delete, or the second half of Edit › Cut (no question unless mappings would go too).
    void removeSelected(bool cut);
    void importAamRest();
    bool importAamRestFile(const QString &path);
    void exportAamRest();
    bool exportAamRestTo(const QString &path, const QList<qint64> &ids,
                         const AamRestWriter::Options &options, QString *error);

    // MainView
    void activateSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    QList<ScreenshotStep> screenshotSteps() override;

Q_SIGNALS:
    void tryInConsoleRequested(qint64 destinationId, const QVector<qint64> &sampleSids);
    void statusMessage(const dcsdesk::StatusText &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateCount();
    void currentChanged();
    void updateMappingsTab();

    WorkspaceDocument *m_document;
    qint64 m_resetId = 0;
    int m_resetRow = -1;
    DestinationListModel *m_model = nullptr;
    DestinationFilterProxyModel *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    DestinationEditor *m_editor = nullptr;
    FirePreviewPanel *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
    MappingEditor *m_mappings = nullptr;
    QAction *m_showMappings = nullptr;

    QAction *m_newUrl = nullptr;
    QAction *m_newCookie = nullptr;
    QAction *m_newS2s = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_showPreview = nullptr;
    QAction *m_rename = nullptr;
};

} // namespace dcsdesk
