#pragma once

#include "csv/importreport.h"

#include <QAbstractTableModel>

namespace dcsdesk {

// An import dry run as a table: line, result, what identifies the row and the details (the
// error and what to do, or what would change). Read-only; SeverityRole marks error rows so a
// proxy can show only those.
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const ImportReport &report);
    const ImportReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int detailsColumn() const { return columnCount() - 1; }

private:
    ImportReport m_report;
};

} // namespace dcsdesk
