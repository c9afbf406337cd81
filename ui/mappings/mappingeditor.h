#pragma once

#include "mainwindow/mainview.h"
#include "mappings/mappingbulk.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace dcsdesk {

class MappingFilterProxyModel;
class MappingTableModel;
class ScheduleTimeline;
class WorkspaceDocument;

// The segment mappings of one destination: a table with the fields its type needs, inline
// editors, a flags column, filters, bulk add / edit / delete (each one undo step), CSV import and
// export, Copy / Cut / Paste (a pasted column of segment IDs adds mappings) and the schedule
// picture below. The host (the destinations view) calls setDestination() when the user selects
// a destination; everything else is self-contained.
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setDestination(qint64 destinationId);
    qint64 destinationId() const;
    void setToday(const QDate &today); // tests and screenshots; default: the real today

    QVector<qint64> selectedMappingIds() const;
    void selectMappings(const QVector<qint64> &mappingIds);

    // The steps the dialogs end with, callable directly (tests, scripts). Each is one undo step.
    void addSegments(const QVector<qint64> &sids, const MappingBulk::AddOptions &options);
    void applyBulkEdit(const MappingBulk::Edit &edit); // to the selected mappings
    void deleteSelected();
    // Adds mappings for the segments a pasted text names (IDs, names or integration codes, one
    // per line or separated), with Add Segments' defaults, as one undo step; the message says
    // what was not recognised or already mapped.
    void pasteSegments(const QString &text);
    // CSV of every mapping of the destination; false with a translated message.
    bool exportCsv(const QString &path, QChar delimiter, QString *error) const;
    // Reads the file and opens the dry-run report; the user confirms the import there.
    void importCsv(const QString &path);

    // Pictures for --screenshot: the editor with its flags and timeline, the segment browser,
    // bulk edit and an import report. showEditor() makes the editor visible on a destination
    // worth showing (false when there is none); hideEditor() puts the host back.
    QList<ScreenshotStep> screenshotSteps(const std::function<bool()> &showEditor,
                                          const std::function<void()> &hideEditor);
    // The destination the pictures show: the serialized URL destination with the most mappings,
    // else the destination with the most.
    static qint64 screenshotDestination(const Workspace &workspace);

    QTableView *view() const { return m_view; }
    MappingTableModel *tableModel() const { return m_table; }
    MappingFilterProxyModel *proxy() const { return m_proxy; }
    ScheduleTimeline *timeline() const { return m_timeline; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusCombo() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; } // the last action, with an Undo link
    QAction *addSegmentsAction() const { return m_addAction; }
    QAction *bulkEditAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    void showAddSegments();
    void showBulkEdit();
    void chooseImportFile();
    void chooseExportFile();
    // Edit > Find of the window lands here when the editor is shown.
    void activateSearch();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();
    void updateColumns();
    void updateActions();
    void scheduleSummary();
    void updateSummary();
    // The text is made again on a language switch, so a message shown before it follows it.
    void showMessage(const std::function<QString()> &text, bool offerUndo);
    void renderMessage();
    void setUpClipboard();
    void revealAdded(const ChangeSet &changes);
    void removeSelected(bool cut); // Delete, or the second half of Edit › Cut

    WorkspaceDocument *m_document;
    MappingTableModel *m_table;
    MappingFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_message;
    std::function<QString()> m_messageText;
    bool m_messageOffersUndo = false;
    int m_messageUndoIndex = -1; // the undo step the message's Undo link takes back
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    QTimer *m_summaryTimer;
    QComboBox *m_status;
    QTableView *m_view;
    ScheduleTimeline *m_timeline;
    QSplitter *m_splitter;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_importAction;
    QAction *m_exportAction;
};

} // namespace dcsdesk
