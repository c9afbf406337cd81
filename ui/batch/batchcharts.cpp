#include "batchcharts.h"

#include "batch/batchstats.h"
#include "common/semanticcolors.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dcsdesk {

namespace {

constexpr int LatencyBins = 12;

// The chart's own theme is light whatever the window's colors; these follow the palette.
void colourChart(QChartView *view)
{
    const QPalette palette = QApplication::palette(view);
    const QColor text = palette.color(QPalette::Text);
    QChart *chart = view->chart();
    view->setBackgroundBrush(palette.base());
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
    const QColor bars = SemanticColors::color(SemanticColors::ChartSeries, palette);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *barSeries = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : barSeries->barSets()) {
                set->setColor(bars);
                set->setBorderColor(bars);
            }
        }
    }
}

// Qt Charts (HorizontalAxis in 6.4) cuts a category label to "…" when its bounding box, turned
// by the label angle, is wider than the axis width over the number of ticks (bars + 1) less 4 px
// of padding on each side. Sub-millisecond bins ("0,07") did not fit upright in the Spanish
// review; so the labels stand upright where they fit, slanted or on end where they do not.
int fittingLabelAngle(QChartView *view)
{
    QChart *chart = view->chart();
    const QList<QAbstractAxis *> horizontal = chart->axes(Qt::Horizontal);
    auto *axis = horizontal.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(horizontal.first());
    if (!axis || axis->count() == 0)
        return 0;
    const qreal plotWidth =
        chart->plotArea().width() > 0 ? chart->plotArea().width() : view->width() * 0.85;
    const qreal room = plotWidth / (axis->count() + 1) - 2 * 4.0;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal height = metrics.height();
    const qreal margin = 2; // Qt's text margin (0.5 px a side) and rounding
    if (widest + margin <= room)
        return 0;
    if ((widest + height) * M_SQRT1_2 + margin <= room)
        return -45;
    return -90;
}

void fitLabels(QChartView *view)
{
    const QList<QAbstractAxis *> horizontal = view->chart()->axes(Qt::Horizontal);
    if (horizontal.isEmpty())
        return;
    const int angle = fittingLabelAngle(view);
    if (horizontal.first()->labelsAngle() != angle)
        horizontal.first()->setLabelsAngle(angle);
}

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Turning the labels changes the axis height only, so this settles after one step.
    QObject::connect(chart, &QChart::plotAreaChanged, view, [view]() { fitLabels(view); });
    // Below this Qt Charts cuts every axis label to "…" (the Spanish review at 1366×768): the
    // title, two rows of labels and the axis title need about 13 lines of text.
    view->setMinimumHeight(view->fontMetrics().height() * 13);
    colourChart(view);
    SemanticColors::onPaletteChange(view, [view]() { colourChart(view); });
    // Nothing to do there with the keyboard: the counters and the table hold the same numbers.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void setBars(QChartView *view, const QStringList &categories, const QVector<int> &values,
             const QString &axisTitle)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    // removeAxis hands ownership back to us; the chart does not delete it.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *set = new QBarSet(QString());
    int top = 1;
    for (int v : values) {
        *set << v;
        top = qMax(top, v);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(axisTitle);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    fitLabels(view);
    colourChart(view);
}

} // namespace

BatchCharts::BatchCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_latencyView = makeView(this);
    m_countView = makeView(this);
    m_latencyView->setObjectName(QStringLiteral("latencyChart"));
    m_countView->setObjectName(QStringLiteral("countChart"));
    layout->addWidget(m_latencyView, 3);
    layout->addWidget(m_countView, 2);
    retranslate();
}

void BatchCharts::retranslate()
{
    m_latencyView->chart()->setTitle(tr("Latency"));
    m_countView->chart()->setTitle(tr("Answers by HTTP status and DCS error"));
    m_latencyView->setAccessibleName(m_latencyView->chart()->title());
    m_countView->setAccessibleName(m_countView->chart()->title());
}

void BatchCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchCharts::clear()
{
    setBars(m_latencyView, {}, {}, QString());
    setBars(m_countView, {}, {}, QString());
    m_latencyBars = m_countBars = 0;
}

void BatchCharts::update(const BatchStats &stats)
{
    const QLocale locale;
    double width = 0;
    const QVector<int> bins = stats.histogram(LatencyBins, &width);
    // Every bar is labelled with its upper bound. The last one holds everything slower than
    // the one before it, so its bound is the slowest answer (a "≥" label did not fit a bar's
    // width and was cut to "≥…").
    const int decimals = width >= 1 ? 0 : width >= 0.1 ? 1 : width >= 0.01 ? 2 : 3;
    const double slowest = stats.percentile(100);
    QStringList labels;
    for (int i = 0; i < bins.size(); ++i) {
        const double upper =
            i == bins.size() - 1 ? std::max(slowest, (i + 1) * width) : (i + 1) * width;
        // "10,6" was cut to "1…" under a narrow bar: from 10 ms on, bins half a millisecond
        // wide or more take whole milliseconds, rounded up so "up to" stays true.
        if (upper >= 10 && width >= 0.5)
            labels << locale.toString(std::ceil(upper), 'f', 0);
        else
            labels << locale.toString(upper, 'f', decimals);
    }
    setBars(m_latencyView, stats.latencies().isEmpty() ? QStringList() : labels,
            stats.latencies().isEmpty() ? QVector<int>() : bins,
            tr("milliseconds (upper bound of each bar)"));
    m_latencyBars = stats.latencies().isEmpty() ? 0 : int(bins.size());

    QStringList categories;
    QVector<int> counts;
    for (auto it = stats.statusCounts.cbegin(); it != stats.statusCounts.cend(); ++it) {
        categories << tr("HTTP %1").arg(it.key());
        counts << it.value();
    }
    for (auto it = stats.errorCounts.cbegin(); it != stats.errorCounts.cend(); ++it) {
        categories << tr("Error %1").arg(it.key());
        counts << it.value();
    }
    if (stats.failed > 0) {
        categories << tr("No answer");
        counts << stats.failed;
    }
    setBars(m_countView, categories, counts, QString());
    m_countBars = int(counts.size());
}

int BatchCharts::latencyBarCount() const
{
    return m_latencyBars;
}

int BatchCharts::countBarCount() const
{
    return m_countBars;
}

int BatchCharts::latencyLabelAngle() const
{
    const QList<QAbstractAxis *> horizontal = m_latencyView->chart()->axes(Qt::Horizontal);
    return horizontal.isEmpty() ? 0 : int(horizontal.first()->labelsAngle());
}

} // namespace dcsdesk
