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
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QTextDocument>
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
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : barSeries->barSets()) {
                set->setColor(bars);
                set->setBorderColor(bars);
            }
        }
    }
}

constexpr int AxisLabelPadding = 4; // Qt Charts' ChartAxisElement::labelPadding()

struct LabelFit
{
    bool fits = false;
    int angle = 0;
};

// Qt Charts (HorizontalAxis in 6.4) cuts a category label to "…" when its bounding box, turned
// by the label angle, is wider than the axis width over the number of layout points (bars + 2,
// ChartBarCategoryAxisX) less the padding on each side. Sub-millisecond bins ("0,07") did not
// fit upright in the Spanish review; so labels stand upright where they fit, slanted or on end
// where they do not.
LabelFit fitLabels(const QFont &font, const QStringList &labels, qreal plotWidth)
{
    if (labels.isEmpty())
        return {true, 0};
    const qreal room = plotWidth / (labels.size() + 2) - 2 * AxisLabelPadding;
    // Measured as Qt Charts measures it (ChartPresenter::textBoundingRect): a rich-text item
    // with a document margin of half a pixel, which is wider than the font's advance.
    QGraphicsTextItem measure;
    measure.document()->setDocumentMargin(0.5);
    measure.setFont(font);
    qreal widest = 0;
    qreal height = 0;
    for (const QString &label : labels) {
        measure.setHtml(label.toHtmlEscaped());
        widest = std::max(widest, measure.boundingRect().width());
        height = std::max(height, measure.boundingRect().height());
    }
    const qreal margin = 1; // rounding of the label's position to whole pixels
    if (widest + margin <= room)
        return {true, 0};
    if ((widest + height) * M_SQRT1_2 + margin <= room)
        return {true, -45};
    return {height + margin <= room, -90};
}

QBarCategoryAxis *categoryAxis(const QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories;
    }
    return nullptr;
}

qreal plotWidth(const QChartView *view)
{
    const qreal width = view->chart()->plotArea().width();
    return width > 0 ? width : view->width() * 0.85;
}

// Qt Charts cuts a title wider than its chart to "…". The chart's title goes on two lines
// instead, broken at the space nearest its middle; the x axis has no height to spare for a
// second line (its labels were cut to "…" for it), so it takes its short title.
bool fitsOnOneLine(const QFont &font, const QString &text, qreal width)
{
    return QFontMetricsF(font).horizontalAdvance(text) + 4 <= width;
}

QString titleFitting(const QFont &font, const QString &text, qreal width)
{
    if (fitsOnOneLine(font, text, width))
        return text.toHtmlEscaped();
    int breakAt = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') &&
            (breakAt < 0 || std::abs(i - text.size() / 2) < std::abs(breakAt - text.size() / 2)))
            breakAt = i;
    }
    if (breakAt < 0)
        return text.toHtmlEscaped();
    return text.left(breakAt).toHtmlEscaped() + QStringLiteral("<br>") +
           text.mid(breakAt + 1).toHtmlEscaped();
}

QString axisTitleFitting(const QAbstractAxis *axis, qreal width)
{
    const QString whole = axis->property("wholeTitle").toString();
    return fitsOnOneLine(axis->titleFont(), whole, width)
               ? whole.toHtmlEscaped()
               : axis->property("shortTitle").toString().toHtmlEscaped();
}

void fitTitles(QChartView *view)
{
    QChart *chart = view->chart();
    const QString title =
        titleFitting(chart->titleFont(), view->accessibleName(), view->width() - 2 * 8.0);
    if (chart->title() != title)
        chart->setTitle(title);
    QBarCategoryAxis *axis = categoryAxis(view); // the answers chart's runs down the side
    if (axis->orientation() != Qt::Horizontal)
        return;
    const QString axisTitle = axisTitleFitting(axis, plotWidth(view));
    if (axis->titleText() != axisTitle)
        axis->setTitleText(axisTitle);
}

void setLabelAngle(QChartView *view, int angle)
{
    QBarCategoryAxis *axis = categoryAxis(view);
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

// Each chart has one series and two axes for its whole life, updated in place: replacing them
// on every update left the old axes' labels drawn over the new ones until Qt deleted them.
// The answers chart lies on its side: its categories are words ("Sin respuesta", "Error 301"),
// which a column cut to "HTTP …" in a narrow window even on end, while a row has the chart's
// whole height to share and its labels' own width.
QChartView *makeView(QWidget *parent, bool barsOnTheirSide)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries *series = barsOnTheirSide
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : new QBarSeries;
    series->append(new QBarSet(QString()));
    series->setBarWidth(barsOnTheirSide ? 0.8 : 0.9);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    if (barsOnTheirSide)
        categories->setReverse(true); // the first category on top, as the counters list it
    chart->addAxis(categories, barsOnTheirSide ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, barsOnTheirSide ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Below this Qt Charts cuts every axis label to "…" (the Spanish review at 1366×768): the
    // title, two rows of labels and the axis title need about 13 lines of text.
    view->setMinimumHeight(view->fontMetrics().height() * 13);
    colourChart(view);
    SemanticColors::onPaletteChange(view, [view]() { colourChart(view); });
    // Nothing to do there with the keyboard: the counters and the table hold the same numbers.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

QValueAxis *countAxis(const QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *counts = qobject_cast<QValueAxis *>(axis))
            return counts;
    }
    return nullptr;
}

// Counts get ticks at whole numbers, a step of 1, 2 or 5 times a power of ten: Qt's nice
// numbers labelled an empty chart "1, 0, 0, 0, 0, 0" (0.2 steps shown as integers).
void setWholeNumberTicks(QValueAxis *axis, int top, int maxSteps)
{
    int step = 1;
    for (int power = 1; step * maxSteps < top; power *= 10) {
        for (int factor : {1, 2, 5}) {
            step = factor * power;
            if (step * maxSteps >= top)
                break;
        }
    }
    const int steps = qMax(1, (top + step - 1) / step);
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
}

// Returns the highest value.
int setValues(QChartView *view, const QStringList &categories, const QVector<int> &values)
{
    auto *series = static_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QBarSet *set = series->barSets().constFirst();
    set->remove(0, set->count());
    int top = 1;
    for (int v : values) {
        set->append(v);
        top = qMax(top, v);
    }
    categoryAxis(view)->setCategories(categories);
    return top;
}

void setColumns(QChartView *view, const QStringList &categories, const QVector<int> &values,
                const QString &axisTitle, const QString &shortAxisTitle, int labelAngle)
{
    const int top = setValues(view, categories, values);
    QBarCategoryAxis *x = categoryAxis(view);
    x->setProperty("wholeTitle", axisTitle);
    x->setProperty("shortTitle", shortAxisTitle);
    x->setTitleText(axisTitleFitting(x, plotWidth(view)));
    x->setLabelsAngle(labelAngle);
    setWholeNumberTicks(countAxis(view), top, 4);
}

void setRows(QChartView *view, const QStringList &categories, const QVector<int> &values)
{
    // Two steps at most: Qt's nice numbers gave six ticks, and "100" was cut to "1…" under a
    // chart a third of a 1000-pixel window wide.
    setWholeNumberTicks(countAxis(view), setValues(view, categories, values), 2);
}

} // namespace

BatchCharts::BatchCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_latencyView = makeView(this, false);
    m_countView = makeView(this, true);
    m_latencyView->setObjectName(QStringLiteral("latencyChart"));
    m_countView->setObjectName(QStringLiteral("countChart"));
    layout->addWidget(m_latencyView, 3);
    layout->addWidget(m_countView, 2);
    // Queued: the plot area changes in the middle of Qt Charts' layout, where the axes must
    // not be replaced. Turning labels changes the axis height only, so this settles.
    connect(m_latencyView->chart(), &QChart::plotAreaChanged, this, &BatchCharts::refitLatency,
            Qt::QueuedConnection);
    connect(
        m_countView->chart(), &QChart::plotAreaChanged, this, [this]() { fitTitles(m_countView); },
        Qt::QueuedConnection);
    retranslate();
}

void BatchCharts::retranslate()
{
    m_latencyView->setAccessibleName(tr("Latency"));
    m_countView->setAccessibleName(tr("Answers by HTTP status and DCS error"));
    fitTitles(m_latencyView);
    fitTitles(m_countView);
    showLatency();
    showCounts();
}

void BatchCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchCharts::clear()
{
    m_latencyBins.clear();
    m_statusCounts.clear();
    m_errorCounts.clear();
    m_failed = 0;
    showLatency();
    showCounts();
}

void BatchCharts::update(const BatchStats &stats)
{
    m_latencyBins =
        stats.latencies().isEmpty() ? QVector<int>() : stats.histogram(LatencyBins, &m_binWidthMs);
    m_slowestMs = stats.percentile(100);
    m_statusCounts = stats.statusCounts;
    m_errorCounts = stats.errorCounts;
    m_failed = stats.failed;
    showLatency();
    showCounts();
}

QStringList BatchCharts::latencyLabels(int merge) const
{
    const QLocale locale;
    const double width = m_binWidthMs * merge;
    const int bars = (int(m_latencyBins.size()) + merge - 1) / merge;
    // The bin width is 1, 2 or 5 times a power of ten, so every bound is shown exactly with the
    // decimals of the width. The last bar holds everything slower than the one before it, so
    // its bound is the slowest answer, rounded up (a "≥" label did not fit a bar's width).
    const int decimals = qMax(0, int(-std::floor(std::log10(m_binWidthMs) + 1e-9)));
    const double scale = std::pow(10, decimals);
    QStringList labels;
    for (int i = 0; i < bars; ++i) {
        const double upper =
            i == bars - 1 ? std::max(m_slowestMs, (i + 1) * width) : (i + 1) * width;
        labels << locale.toString(std::ceil(upper * scale - 1e-6) / scale, 'f', decimals);
    }
    return labels;
}

// The fewest merged bins whose labels fit the chart's width, at the first angle they fit.
BatchCharts::LatencyLayout BatchCharts::latencyLayout() const
{
    const QFont font = categoryAxis(m_latencyView)->labelsFont();
    const qreal width = plotWidth(m_latencyView);
    for (int merge : {1, 2, 3, 4, 6}) {
        const LabelFit fit = fitLabels(font, latencyLabels(merge), width);
        if (fit.fits)
            return {merge, fit.angle};
    }
    return {LatencyBins, -90};
}

void BatchCharts::showLatency()
{
    if (m_latencyBins.isEmpty()) {
        setColumns(m_latencyView, {}, {}, QString(), QString(), 0);
        return;
    }
    const LatencyLayout layout = latencyLayout();
    m_latencyMerge = layout.merge;
    QVector<int> bars((int(m_latencyBins.size()) + layout.merge - 1) / layout.merge, 0);
    for (int i = 0; i < m_latencyBins.size(); ++i)
        bars[i / layout.merge] += m_latencyBins.at(i);
    setColumns(m_latencyView, latencyLabels(layout.merge), bars,
               tr("milliseconds (upper bound of each bar)"),
               tr("ms", "the latency chart's axis title where the whole one does not fit"),
               layout.angle);
}

void BatchCharts::refitLatency()
{
    fitTitles(m_latencyView);
    if (m_latencyBins.isEmpty())
        return;
    const LatencyLayout layout = latencyLayout();
    if (layout.merge != m_latencyMerge)
        showLatency();
    else
        setLabelAngle(m_latencyView, layout.angle);
}

void BatchCharts::showCounts()
{
    QStringList categories;
    QVector<int> counts;
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it) {
        categories << tr("HTTP %1").arg(it.key());
        counts << it.value();
    }
    for (auto it = m_errorCounts.cbegin(); it != m_errorCounts.cend(); ++it) {
        categories << tr("Error %1").arg(it.key());
        counts << it.value();
    }
    if (m_failed > 0) {
        categories << tr("No answer");
        counts << m_failed;
    }
    setRows(m_countView, categories, counts);
}

int BatchCharts::latencyBarCount() const
{
    return m_latencyBins.isEmpty()
               ? 0
               : (int(m_latencyBins.size()) + m_latencyMerge - 1) / m_latencyMerge;
}

int BatchCharts::countBarCount() const
{
    return int(m_statusCounts.size() + m_errorCounts.size()) + (m_failed > 0 ? 1 : 0);
}

int BatchCharts::latencyLabelAngle() const
{
    return int(categoryAxis(m_latencyView)->labelsAngle());
}

} // namespace dcsdesk
