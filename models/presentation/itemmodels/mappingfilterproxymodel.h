#pragma once

#include <QSortFilterProxyModel>

namespace dcsdesk {

class MappingTableModel;

// Filters and sorts the mapping table: words typed in the search box (all must match the
// segment ID, name or values) and the schedule/health filter. Sorting asks the table model to
// compare rows directly, which keeps sorting 100,000 rows free of per-comparison QVariants.
class MappingFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Active, Expired, Future, Invalid, Flagged };

    explicit MappingFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);

    static QString statusFilterName(StatusFilter filter); // translated

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    QStringList m_words;
    StatusFilter m_status = StatusFilter::All;
    MappingTableModel *m_table = nullptr;
};

} // namespace dcsdesk
