#pragma once

#include <QMap>
#include <QVector>
#include <QWidget>

class QChartView;

namespace dcsdesk {

class BatchStats;

// The two charts of the batch window: how long the calls took (a histogram up to the p99) and
// how many answers came back per HTTP status and per DCS error code. It keeps what it last drew
// so that a resize or a language switch draws it again: narrower, the histogram merges
// neighbouring bars rather than let Qt Charts cut their labels to "…".
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
    struct LatencyLayout
    {
        int merge = 1; // neighbouring bins drawn as one bar
        int angle = 0;
    };

    void retranslate();
    void showLatency();
    void showCounts();
    void refitLatency();
    LatencyLayout latencyLayout() const;
    QStringList latencyLabels(int merge) const;

    QChartView *m_latencyView = nullptr;
    QChartView *m_countView = nullptr;
    QVector<int> m_latencyBins; // empty before the first answer
    double m_binWidthMs = 0;
    double m_slowestMs = 0;
    int m_latencyMerge = 1;
    QMap<int, int> m_statusCounts;
    QMap<int, int> m_errorCounts;
    int m_failed = 0;
};

} // namespace dcsdesk
