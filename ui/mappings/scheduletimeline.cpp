#include "scheduletimeline.h"

#include "common/semanticcolors.h"
#include "domain/mapping.h"
#include "itemmodels/mappingtablemodel.h"
#include "itemmodels/modelroles.h"
#include "system/datetext.h"
#include "validation/finding.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>

namespace dcsdesk {

namespace {

QColor colourOf(SegmentMapping::Schedule schedule, const QPalette &palette)
{
    switch (schedule) {
    case SegmentMapping::Schedule::Expired:
        return SemanticColors::color(SemanticColors::TimelineExpired, palette);
    case SegmentMapping::Schedule::Active:
        return SemanticColors::color(SemanticColors::TimelineActive, palette);
    case SegmentMapping::Schedule::Future:
        return SemanticColors::color(SemanticColors::TimelineFuture, palette);
    }
    return palette.color(QPalette::Mid);
}

// Orange and hatched, so an overlap reads on any bar colour, and without colour.
void paintOverlap(QPainter &p, const QRect &rect, const QPalette &palette)
{
    p.fillRect(rect, SemanticColors::color(SemanticColors::TimelineOverlap, palette));
    p.fillRect(rect, QBrush(SemanticColors::color(SemanticColors::TimelineOverlapHatch, palette),
                            Qt::BDiagPattern));
}

QVariant cell(const QAbstractItemModel *model, int row, int column, int role = Qt::EditRole)
{
    return model->index(row, column).data(role);
}

} // namespace

ScheduleTimeline::ScheduleTimeline(QWidget *parent)
    : QAbstractScrollArea(parent), m_today(QDate::currentDate())
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setViewportMargins(0, 0, 0, 0);
    m_rowHeight = std::max(16, fontMetrics().height() + 4);
    m_headerHeight = 2 * fontMetrics().height() + 8;
    setAccessibleName(tr("Schedule of the mappings"));
}

void ScheduleTimeline::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_rangeSource)
        disconnect(m_rangeSource, nullptr, this, nullptr);
    m_model = model;
    m_rangeSource = model;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(m_rangeSource.data()))
        m_rangeSource = proxy->sourceModel();
    if (model) {
        const auto changed = [this]() { modelChanged(); };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
    }
    if (m_rangeSource) {
        // The axis spans the underlying table, so only its changes move it: filtering or
        // sorting the proxy (every keystroke in the search box) does not rescan 100,000 rows.
        const auto invalidate = [this]() { m_rangeValid = false; };
        connect(m_rangeSource, &QAbstractItemModel::modelReset, this, invalidate);
        connect(m_rangeSource, &QAbstractItemModel::layoutChanged, this, invalidate);
        connect(m_rangeSource, &QAbstractItemModel::rowsInserted, this, invalidate);
        connect(m_rangeSource, &QAbstractItemModel::rowsRemoved, this, invalidate);
        connect(m_rangeSource, &QAbstractItemModel::dataChanged, this, invalidate);
    }
    m_rangeValid = false;
    modelChanged();
}

void ScheduleTimeline::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection) {
        connect(selection, &QItemSelectionModel::selectionChanged, viewport(),
                qOverload<>(&QWidget::update));
        connect(selection, &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { setCurrentRow(current.row()); });
    }
    modelChanged();
}

bool ScheduleTimeline::isRowHighlighted(int row) const
{
    if (row < 0)
        return false;
    if (!m_selection)
        return row == m_currentRow;
    return m_model && m_selection->isSelected(m_model->index(row, 0));
}

void ScheduleTimeline::setToday(const QDate &today)
{
    m_today = today;
    m_rangeValid = false;
    viewport()->update();
}

void ScheduleTimeline::modelChanged()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    // Rows move when the table is sorted or rebuilt: the current row is where the table says.
    if (m_selection)
        m_currentRow = m_selection->currentIndex().row();
    if (m_currentRow >= rows)
        m_currentRow = -1;
    if (m_hoverRow >= rows)
        m_hoverRow = -1;
    updateScrollBars();
    viewport()->update();
}

void ScheduleTimeline::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visible = std::max(1, (viewport()->height() - m_headerHeight) / m_rowHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
}

const ScheduleTimeline::Range &ScheduleTimeline::range() const
{
    if (m_rangeValid)
        return m_range;
    // Over every row of the underlying table, not only the filtered ones: the axis then stays
    // put while the user filters, and the scan skips the proxy's mapping.
    QDate first = m_today, last = m_today;
    const QAbstractItemModel *source = m_rangeSource;
    const int rows = source ? source->rowCount() : 0;
    m_flights.clear();
    for (int r = 0; r < rows; ++r) {
        const QDate start = cell(source, r, MappingTableModel::StartColumn).toDate();
        const QDate end = cell(source, r, MappingTableModel::EndColumn).toDate();
        m_flights[cell(source, r, MappingTableModel::SidColumn).toLongLong()].append(
            {source->index(r, 0).data(KeyRole).toLongLong(), start, end});
        if (start.isValid()) {
            first = std::min(first, start);
            last = std::max(last, start);
        }
        if (end.isValid()) {
            first = std::min(first, end);
            last = std::max(last, end);
        }
    }
    m_flights.removeIf([](const auto &it) { return it.value().size() < 2; });
    // A few far-off dates (a mapping that starts in 2090) would squeeze everything else into a
    // sliver: the axis stays within five years of today and bars beyond it are cut at the edge.
    first = std::max(first, m_today.addYears(-MaxYearsFromToday));
    last = std::min(last, m_today.addYears(MaxYearsFromToday));
    // Room on both sides, and a month at least, so a bar of one day is still visible.
    const qint64 span = std::max<qint64>(30, first.daysTo(last));
    m_range.first = first.addDays(-std::max<qint64>(7, span / 20));
    m_range.last = last.addDays(std::max<qint64>(14, span / 10));
    m_rangeValid = true;
    return m_range;
}

QVector<QPair<QDate, QDate>> ScheduleTimeline::overlapsOf(int row) const
{
    QVector<QPair<QDate, QDate>> out;
    range(); // builds m_flights
    const auto it =
        m_flights.constFind(cell(m_model, row, MappingTableModel::SidColumn).toLongLong());
    if (it == m_flights.constEnd())
        return out;
    const qint64 id = m_model->index(row, 0).data(KeyRole).toLongLong();
    const QDate start = cell(m_model, row, MappingTableModel::StartColumn).toDate();
    const QDate end = cell(m_model, row, MappingTableModel::EndColumn).toDate();
    if (!start.isValid())
        return out;
    for (const Flight &other : *it) {
        if (other.mappingId == id || !other.start.isValid())
            continue;
        const QDate from = std::max(start, other.start);
        const QDate to = !end.isValid()         ? other.end
                         : !other.end.isValid() ? end
                                                : std::min(end, other.end);
        if (!to.isValid() || from <= to)
            out.append({from, to});
    }
    return out;
}

QDate ScheduleTimeline::firstDay() const
{
    return range().first;
}

QDate ScheduleTimeline::lastDay() const
{
    return range().last;
}

int ScheduleTimeline::labelWidth() const
{
    return std::min(220, std::max(120, viewport()->width() / 4));
}

int ScheduleTimeline::xOfDate(const QDate &day) const
{
    const Range &r = range();
    const int left = labelWidth() + 4;
    const int width = std::max(1, viewport()->width() - left - 8);
    const double days = std::max<qint64>(1, r.first.daysTo(r.last));
    return left + int(std::lround(width * (r.first.daysTo(day) / days)));
}

int ScheduleTimeline::rowAt(const QPoint &pos) const
{
    if (!m_model || pos.y() < m_headerHeight)
        return -1;
    const int row = verticalScrollBar()->value() + (pos.y() - m_headerHeight) / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

void ScheduleTimeline::setCurrentRow(int row)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_currentRow = row >= 0 && row < rows ? row : -1;
    if (m_currentRow >= 0) {
        QScrollBar *bar = verticalScrollBar();
        if (m_currentRow < bar->value())
            bar->setValue(m_currentRow);
        else if (m_currentRow >= bar->value() + bar->pageStep())
            bar->setValue(m_currentRow - bar->pageStep() + 1);
    }
    viewport()->update();
}

QSize ScheduleTimeline::sizeHint() const
{
    return {600, m_headerHeight + 8 * m_rowHeight};
}

QSize ScheduleTimeline::minimumSizeHint() const
{
    return {200, m_headerHeight + 2 * m_rowHeight};
}

void ScheduleTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ScheduleTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_rowHeight = std::max(16, fontMetrics().height() + 4);
        m_headerHeight = 2 * fontMetrics().height() + 8;
        updateScrollBars();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Schedule of the mappings"));
    }
    QAbstractScrollArea::changeEvent(event);
    viewport()->update();
}

void ScheduleTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.base());
    const int rows = m_model ? m_model->rowCount() : 0;
    const QFontMetrics fm = fontMetrics();
    const int labelW = labelWidth();
    const Range &r = range();
    const QLocale locale;

    // Axis: month (or year) ticks with labels, then the legend.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, m_headerHeight - 1, area.width(), m_headerHeight - 1);
    const qint64 spanDays = r.first.daysTo(r.last);
    const int monthStep = spanDays > 3 * 365 ? 12 : spanDays > 2 * 365 ? 6 : spanDays > 365 ? 3 : 1;
    QDate tick(r.first.year(), r.first.month(), 1);
    tick = tick.addMonths(1);
    int lastLabelRight = labelW;
    const QRect todayRect = todayLabelRect();
    while (tick <= r.last) {
        if ((tick.month() - 1) % monthStep == 0) {
            const int x = xOfDate(tick);
            p.setPen(pal.color(QPalette::Midlight));
            p.drawLine(x, m_headerHeight, x, area.height());
            const QString label =
                monthStep >= 12 ? QString::number(tick.year()) : DateText::monthYear(tick, locale);
            const int w = fm.horizontalAdvance(label);
            const int left = std::min(x - w / 2, area.width() - w - 2);
            const QRect labelRect(left, m_headerHeight - 4 - fm.ascent(), w, fm.height());
            if (left > lastLabelRight + 4 &&
                !labelRect.adjusted(-4, 0, 4, 0).intersects(todayRect)) {
                p.setPen(pal.color(QPalette::Text));
                p.drawText(left, m_headerHeight - 4, label);
                lastLabelRight = left + w;
            }
        }
        tick = tick.addMonths(1);
    }
    // Legend on the first header line, at the right.
    const int ly = 4;
    const struct
    {
        SegmentMapping::Schedule schedule;
        QString text;
    } legend[] = {{SegmentMapping::Schedule::Expired, tr("Expired")},
                  {SegmentMapping::Schedule::Active, tr("Active")},
                  {SegmentMapping::Schedule::Future, tr("Not started yet")}};
    const QString overlapText = tr("Overlap");
    int lx = legendRect().left();
    for (const auto &item : legend) {
        p.fillRect(lx, ly + 2, 12, fm.height() - 4, colourOf(item.schedule, pal));
        lx += 16;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(lx, ly + fm.ascent(), item.text);
        lx += fm.horizontalAdvance(item.text) + 14;
    }
    paintOverlap(p, QRect(lx, ly + 2, 12, fm.height() - 4), pal);
    lx += 16;
    p.setPen(pal.color(QPalette::Text));
    p.drawText(lx, ly + fm.ascent(), overlapText);

    // Rows.
    p.setClipRect(QRect(0, m_headerHeight, area.width(), area.height() - m_headerHeight));
    const int first = verticalScrollBar()->value();
    const int visible = (area.height() - m_headerHeight) / m_rowHeight + 2;
    const int rightEdge = area.width() - 4;
    for (int row = first; row < std::min(rows, first + visible); ++row) {
        const int y = m_headerHeight + (row - first) * m_rowHeight;
        const QRect rowRect(0, y, area.width(), m_rowHeight);
        if (isRowHighlighted(row)) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(60);
            p.fillRect(rowRect, highlight);
        } else if (row == m_hoverRow) {
            p.fillRect(rowRect, pal.color(QPalette::AlternateBase));
        }
        const QString sid =
            cell(m_model, row, MappingTableModel::SidColumn, Qt::DisplayRole).toString();
        const QString name =
            cell(m_model, row, MappingTableModel::SegmentNameColumn, Qt::DisplayRole).toString();
        p.setPen(pal.color(QPalette::Text));
        p.drawText(
            QRect(4, y, labelW - 8, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(QStringLiteral("%1  %2").arg(sid, name), Qt::ElideRight, labelW - 8));

        const QDate start = cell(m_model, row, MappingTableModel::StartColumn).toDate();
        const QDate end = cell(m_model, row, MappingTableModel::EndColumn).toDate();
        const auto schedule =
            SegmentMapping::Schedule(m_model->index(row, 0).data(ScheduleRole).toInt());
        const bool invalid =
            m_model->index(row, 0).data(SeverityRole).toInt() == int(Finding::Severity::Error);
        if (!start.isValid())
            continue;
        const int leftEdge = labelW + 4;
        const int x1 = std::clamp(xOfDate(start), leftEdge, rightEdge - 2);
        const bool runsOn = !end.isValid() || end > r.last;
        const int x2 =
            runsOn ? rightEdge : std::max(x1 + 2, std::min(rightEdge, xOfDate(end.addDays(1))));
        const QRect bar(x1, y + 3, std::max(2, x2 - x1), m_rowHeight - 6);
        p.fillRect(bar, colourOf(schedule, pal));
        const auto arrow = [&](int tipX, int direction) {
            QPolygon shape;
            shape << QPoint(tipX - 6 * direction, y + 2) << QPoint(tipX, y + m_rowHeight / 2)
                  << QPoint(tipX - 6 * direction, y + m_rowHeight - 2);
            p.setBrush(colourOf(schedule, pal));
            p.setPen(Qt::NoPen);
            p.drawPolygon(shape);
            p.setBrush(Qt::NoBrush);
        };
        if (runsOn) // never ends, or ends beyond the axis
            arrow(rightEdge, 1);
        if (start < r.first) // started before the axis begins
            arrow(leftEdge - 2, -1);
        // Days this flight shares with another flight of the same segment.
        for (const auto &[from, to] : overlapsOf(row)) {
            const int ox1 = std::clamp(xOfDate(from), leftEdge, rightEdge);
            const int ox2 = !to.isValid() || to > r.last
                                ? rightEdge
                                : std::clamp(xOfDate(to.addDays(1)), ox1 + 2, rightEdge);
            paintOverlap(p, QRect(ox1, bar.top(), ox2 - ox1, bar.height()), pal);
        }
        if (invalid) {
            p.setPen(QPen(SemanticColors::color(SemanticColors::ErrorBorder, pal), 2));
            p.drawRect(bar.adjusted(0, 0, -1, -1));
        }
    }
    p.setClipping(false);

    // Today marker over everything.
    const int tx = xOfDate(m_today);
    p.setPen(QPen(SemanticColors::color(SemanticColors::TodayMarker, pal), 2));
    p.drawLine(tx, m_headerHeight - 4, tx, area.height());
    p.drawText(todayRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Today"));

    if (rows == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(0, m_headerHeight, 0, 0), Qt::AlignCenter,
                   tr("No mappings to show."));
    }
}

int ScheduleTimeline::legendWidth() const
{
    // The same texts and spacing as the legend paintEvent draws: a 16-pixel swatch before each
    // text, 14 pixels after it.
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (const QString &text : {tr("Expired"), tr("Active"), tr("Not started yet"), tr("Overlap")})
        width += 16 + fm.horizontalAdvance(text) + 14;
    return width;
}

QRect ScheduleTimeline::legendRect() const
{
    const int width = legendWidth();
    const int left = std::max(labelWidth() + 4, viewport()->width() - width);
    return QRect(left, 4, width, fontMetrics().height());
}

QRect ScheduleTimeline::todayLabelRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int width = fm.horizontalAdvance(tr("Today")) + 2;
    const int tx = xOfDate(m_today);
    const int right = viewport()->width();
    const QRect legend = legendRect();
    // Beside the marker on the legend's line, right of it first; else on the axis line.
    for (const int x : {tx + 3, tx - 3 - width}) {
        const QRect candidate(x, legend.top(), width, fm.height());
        if (x >= 0 && candidate.right() < right &&
            !candidate.adjusted(-4, 0, 4, 0).intersects(legend))
            return candidate;
    }
    const int x = tx + 3 + width <= right ? tx + 3 : std::max(0, tx - 3 - width);
    return QRect(x, m_headerHeight - 4 - fm.ascent(), width, fm.height());
}

QString ScheduleTimeline::tooltipFor(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QLocale locale;
    const QDate start = cell(m_model, row, MappingTableModel::StartColumn).toDate();
    const QDate end = cell(m_model, row, MappingTableModel::EndColumn).toDate();
    const auto schedule =
        SegmentMapping::Schedule(m_model->index(row, 0).data(ScheduleRole).toInt());
    QString state;
    switch (schedule) {
    case SegmentMapping::Schedule::Expired:
        state = tr("Expired %n day(s) ago", nullptr, int(end.daysTo(m_today)));
        break;
    case SegmentMapping::Schedule::Active:
        state = end.isValid() ? tr("Active, ends in %n day(s)", nullptr, int(m_today.daysTo(end)))
                              : tr("Active, never ends");
        break;
    case SegmentMapping::Schedule::Future:
        state = tr("Starts in %n day(s)", nullptr, int(m_today.daysTo(start)));
        break;
    }
    QString text =
        tr("<b>%1</b> %2<br>%3 \u2192 %4<br>%5<br>%6: %7")
            .arg(cell(m_model, row, MappingTableModel::SidColumn, Qt::DisplayRole).toString(),
                 cell(m_model, row, MappingTableModel::SegmentNameColumn, Qt::DisplayRole)
                     .toString()
                     .toHtmlEscaped(),
                 DateText::date(start, locale),
                 end.isValid() ? DateText::date(end, locale) : tr("never"), state,
                 m_model->headerData(MappingTableModel::ValueColumn, Qt::Horizontal).toString(),
                 cell(m_model, row, MappingTableModel::ValueColumn, Qt::DisplayRole)
                     .toString()
                     .toHtmlEscaped());
    for (const auto &[from, to] : overlapsOf(row))
        text += QStringLiteral("<br>") +
                tr("Overlaps another flight of this segment (%1 → %2).")
                    .arg(DateText::date(from, locale),
                         to.isValid() ? DateText::date(to, locale) : tr("never"));
    const QStringList findings = m_model->index(row, 0).data(FindingsRole).toStringList();
    for (const QString &f : findings)
        text += QStringLiteral("<br>\u26a0 ") + f.toHtmlEscaped();
    return text;
}

bool ScheduleTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(row), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ScheduleTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setCurrentRow(row);
        Q_EMIT rowClicked(row);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void ScheduleTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ScheduleTimeline::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

void ScheduleTimeline::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    int row = m_currentRow;
    switch (event->key()) {
    case Qt::Key_Up:
        row = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        row = std::min(rows - 1, row + 1);
        break;
    case Qt::Key_PageUp:
        row = std::max(0, row - verticalScrollBar()->pageStep());
        break;
    case Qt::Key_PageDown:
        row = std::min(rows - 1, row + verticalScrollBar()->pageStep());
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (row >= 0 && row != m_currentRow) {
        setCurrentRow(row);
        Q_EMIT rowClicked(row);
    }
}

} // namespace dcsdesk
