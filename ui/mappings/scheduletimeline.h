#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QVector>

class QAbstractItemModel;
class QItemSelectionModel;

namespace dcsdesk {

// The schedule picture of a destination's mappings: one bar per row of the (filtered, sorted)
// mapping table from start to end date, "never" running off the right edge, a today marker, and
// expired / active / not-yet-started bars in distinct colors, and the days two flights of one
// segment overlap hatched on both bars. Rows are the table's rows in the
// table's order, so the two read side by side; hovering shows details, clicking selects the row.
// Only the visible rows are painted, so 100,000 mappings scroll as fast as ten.
class ScheduleTimeline : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ScheduleTimeline(QWidget *parent = nullptr);

    // A model with MappingTableModel's columns and roles (the mapping table or a proxy of it).
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // The table's selection: the timeline highlights exactly the rows selected there and follows
    // its current row, also after the table is re-sorted or rebuilt.
    void setSelectionModel(QItemSelectionModel *selection);
    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row); // scrolls to it (and without a selection model highlights it)
    bool isRowHighlighted(int row) const;
    int rowAt(const QPoint &viewportPos) const;
    // The first and last day the time axis shows.
    QDate firstDay() const;
    QDate lastDay() const;
    int xOfDate(const QDate &day) const; // viewport x of a day
    int rowHeight() const { return m_rowHeight; }
    int headerHeight() const { return m_headerHeight; }
    // Where the header's texts go in the viewport: the legend on the first line at the right,
    // "Today" beside the marker on the first line where the legend leaves room, else on the
    // axis line (whose month labels then make way). The two never overlap, at any width.
    QRect legendRect() const;
    QRect todayLabelRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr int MaxYearsFromToday = 5;
    struct Range
    {
        QDate first;
        QDate last;
    };
    struct Flight
    {
        qint64 mappingId = 0;
        QDate start;
        QDate end; // invalid = never
    };
    // The overlaps of one row's flight with the other flights of its segment (day ranges).
    QVector<QPair<QDate, QDate>> overlapsOf(int row) const;
    void modelChanged();
    void updateScrollBars();
    const Range &range() const;
    QString tooltipFor(int row) const;
    int labelWidth() const;
    int legendWidth() const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemModel> m_rangeSource; // the model under the proxies
    QPointer<QItemSelectionModel> m_selection;
    QDate m_today;
    int m_currentRow = -1;
    int m_hoverRow = -1;
    int m_rowHeight = 18;
    int m_headerHeight = 34;
    mutable Range m_range;
    mutable QHash<qint64, QVector<Flight>> m_flights; // segments with several flights only
    mutable bool m_rangeValid = false;
};

} // namespace dcsdesk
