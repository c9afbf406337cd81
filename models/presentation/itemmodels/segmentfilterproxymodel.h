#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace dcsdesk {

class SegmentCatalogModel;

// Filters and sorts the segment catalogue (search words, status), and in picker mode - the
// "Add segments" browser - adds a check box to each row and can hide the segments a destination
// already maps. Checked segments are kept by ID, so they stay checked while the filter changes.
class SegmentFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Active, Inactive, Unmapped, Problems };

    explicit SegmentFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    static QString statusFilterName(StatusFilter filter);

    // Picker mode.
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    // Segments that cannot be picked (already mapped); shown disabled, or hidden.
    void setExcludedSids(const QSet<qint64> &sids);
    void setHideExcluded(bool hide);
    bool hideExcluded() const { return m_hideExcluded; }
    // "Another flight": excluded segments become checkable too (shown in italics). Switched
    // off, the excluded ones that were checked are unchecked.
    void setExcludedCheckable(bool checkable);
    bool excludedCheckable() const { return m_excludedCheckable; }
    bool isExcluded(qint64 sid) const { return m_excluded.contains(sid); }
    QVector<qint64> checkedSids() const; // in catalogue order
    int checkedCount() const { return int(m_checked.size()); }
    void setSidsChecked(const QVector<qint64> &sids, bool checked);
    void setAllShownChecked(bool checked);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 sidOf(const QModelIndex &proxyIndex) const;
    void emitCheckChanged();

    QString m_text;
    QStringList m_words;
    StatusFilter m_status = StatusFilter::All;
    bool m_checkable = false;
    bool m_hideExcluded = false;
    bool m_excludedCheckable = false;
    QSet<qint64> m_excluded;
    QSet<qint64> m_checked;
    SegmentCatalogModel *m_catalog = nullptr;
};

} // namespace dcsdesk
