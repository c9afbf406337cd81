#include "importreportmodel.h"

#include "modelroles.h"
#include "validation/finding.h"

namespace dcsdesk {

ImportReportModel::ImportReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportReportModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.columns.size()) + 3;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportReportRow &row = m_report.rows[index.row()];
    const int column = index.column();
    switch (role) {
    case KeyRole:
        return row.line;
    case SeverityRole:
        return row.result == ImportReportRow::Result::Error ? int(Finding::Severity::Error) : -1;
    case SortRole:
        if (column == 0)
            return row.line;
        if (column == 1)
            return int(row.result);
        break;
    case Qt::ToolTipRole:
        return row.details.isEmpty() ? QVariant() : QVariant(row.details);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (column == 0)
        return row.line;
    if (column == 1)
        return ImportReport::resultName(row.result, m_report.items);
    if (column == detailsColumn())
        return row.details;
    const int cell = column - 2;
    return cell < row.cells.size() ? row.cells[cell] : QString();
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_report.positionsAreItems ? tr("Item") : tr("Line");
    if (section == 1)
        return tr("Result");
    if (section == detailsColumn())
        return tr("Details");
    const int cell = section - 2;
    return cell >= 0 && cell < m_report.columns.size() ? m_report.columns[cell] : QVariant();
}

} // namespace dcsdesk
