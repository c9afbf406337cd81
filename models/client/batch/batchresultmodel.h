#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace dcsdesk {

class BatchRunner;

// The rows of a batch run as a table for the batch window: one row per input row, from the
// moment the run is prepared. Thousands of rows finish per second, so changes are gathered and
// announced a few times a second as one dataChanged range instead of one signal per row.
class BatchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        UserColumn,
        StateColumn,
        ExpectationColumn, // the expect_* columns of the CSV: passed, FAILED, not checked
        StatusColumn,
        ErrorsColumn,
        CookieColumn,
        UrlColumn,
        RegionColumn,
        TidColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1,
        SortRole,
        HasErrorsRole,
        SearchTextRole,
        ExpectationRole // BatchRowResult::Expectation as int, None until the row is final
    };

    explicit BatchResultModel(QObject *parent = nullptr);

    void setRunner(BatchRunner *runner); // call after prepare()/start(); resets the table
    void reload();                       // everything again, e.g. after a new start()

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onRowChanged(int index);
    void flush();

    QPointer<BatchRunner> m_runner;
    int m_rows = 0;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_flushTimer;
};

} // namespace dcsdesk
