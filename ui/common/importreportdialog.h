#pragma once

#include "csv/importreport.h"
#include "workspace/changeset.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dcsdesk {

class ImportReportModel;

// The dry run of an import, before anything changes: a summary, notes about the file, and one
// row per line with its result (added, updated, unchanged, error) and the reason. Import applies
// the whole file as one undo step; when rows have errors it stays disabled unless the user
// explicitly chooses to skip those rows, so nothing is half-applied by accident.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString &title, const ImportReport &report, const ChangeSet &changes,
                       QWidget *parent = nullptr);

    // What to apply when the dialog was accepted (the valid rows).
    const ChangeSet &changes() const { return m_changes; }
    bool canImport() const;

    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }
    QCheckBox *skipErrorsBox() const { return m_skipErrors; }
    QPushButton *importButton() const { return m_import; }
    ImportReportModel *model() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitDetailsColumn();
    void updateState();
    void saveReport();

    ImportReport m_report;
    ChangeSet m_changes;
    ImportReportModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_notes;
    QTableView *m_view;
    QCheckBox *m_errorsOnly;
    QCheckBox *m_skipErrors;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace dcsdesk
