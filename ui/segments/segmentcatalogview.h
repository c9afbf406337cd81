#pragma once

#include "mainwindow/mainview.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace dcsdesk {

class SegmentCatalogModel;
class SegmentFilterProxyModel;
class WorkspaceDocument;

// The segment catalogue: every segment with ID, name, integration code, status, rule and the
// number of destinations it is mapped to; search and status filter; create, edit and delete with
// undo (deleting a mapped segment asks first); import from CSV or from Audience Manager's segment
// JSON with a dry-run report; export to CSV.
class SegmentCatalogView : public QWidget, public MainView
{
    Q_OBJECT

public:
    explicit SegmentCatalogView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QVector<qint64> selectedSids() const;
    void selectSegment(qint64 sid);

    // The steps behind the actions, callable directly (tests, scripts).
    void deleteSegments(const QVector<qint64> &sids, bool alsoMappings);
    void importFile(const QString &path, bool aamJson); // opens the dry-run report
    bool exportCsv(const QString &path, QChar delimiter, QString *error) const;

    QTableView *view() const { return m_view; }
    SegmentCatalogModel *model() const { return m_model; }
    SegmentFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *importCsvAction() const { return m_importCsvAction; }
    QAction *importJsonAction() const { return m_importJsonAction; }
    QAction *exportAction() const { return m_exportAction; }

    // MainView
    void activateSearch() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    QList<ScreenshotStep> screenshotSteps() override;

public Q_SLOTS:
    void newSegment();
    void editSelected();
    void askDeleteSelected();
    void chooseImportCsv();
    void chooseImportJson();
    void chooseExportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateCount();
    void openEditor(qint64 sid); // 0 = new segment

    WorkspaceDocument *m_document;
    SegmentCatalogModel *m_model;
    SegmentFilterProxyModel *m_proxy;
    QToolBar *m_toolbar;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_count;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_importCsvAction;
    QAction *m_importJsonAction;
    QAction *m_exportAction;
};

} // namespace dcsdesk
