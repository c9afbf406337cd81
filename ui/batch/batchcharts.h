#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace dcsdesk {

class BatchStats;

// The two charts of the batch window: how long the calls took (a histogram up to the p99) and
// how many answers came back per HTTP status and per DCS error code.
class BatchCharts : public QWidget
{
    Q_OBJECT

public:
    explicit BatchCharts(QWidget *parent = nullptr);
    void update(const BatchStats &stats);
    void clear();
    int latencyBarCount() const; // for tests
    int countBarCount() const;
    int latencyLabelAngle() const; // 0 upright, -45 or -90 where upright labels would be cut

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QChartView *m_latencyView = nullptr;
    QChartView *m_countView = nullptr;
    int m_latencyBars = 0;
    int m_countBars = 0;
};

} // namespace dcsdesk
