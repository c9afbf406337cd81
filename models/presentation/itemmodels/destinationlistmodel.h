#pragma once

#include "workspace/workspacedocument.h"

#include <QAbstractTableModel>
#include <QDate>

namespace dcsdesk {

// The destination list: one row per destination in file order, with the mapped-segment counts and
// a status that is the worst finding of the destination AND its mappings (an invalid mapping
// value, a duplicate or an overlap is not "OK"), counted, and listed in the tooltip. Statuses are
// worked out per row when a row is shown, so a large account stays fast. Renaming in place goes
// through the document's undo stack.
class DestinationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        PlatformColumn,
        MappedColumn,
        StatusColumn,
        ChangedColumn,
        ColumnCount
    };

    // Worst first is highest: what the status column and its filter show.
    enum class StatusLevel { Ok, Expired, Warning, Error };
    static QString statusLevelName(StatusLevel level); // translated, for the filter

    explicit DestinationListModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    int rowOf(qint64 destinationId) const;
    qint64 idAt(int row) const;
    void setToday(const QDate &today); // for tests; defaults to the current date
    // After a language change: headers, type names and status texts are translated again.
    void retranslate();

private:
    struct Status
    {
        bool computed = false;
        int activeMappings = 0;
        int totalMappings = 0;
        int segments = 0;            // distinct segments mapped
        int activeSegments = 0;      // distinct segments with a mapping active today
        int multiFlightSegments = 0; // segments mapped more than once
        int errors = 0;
        int warnings = 0;
        int expiredMappings = 0;
        QStringList messages; // one line per finding, naming the mapping's segment
        StatusLevel level() const;
    };
    const Status &statusAt(int row) const;
    static QString statusToolTip(const Status &status);
    void invalidateStatus();

    WorkspaceDocument *m_document;
    QDate m_today;
    mutable QVector<Status> m_status; // per row, each built when first asked for
};

} // namespace dcsdesk
