#include "timingwaterfall.h"

#include "common/semanticcolors.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace dcsdesk {

TimingWaterfall::TimingWaterfall(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Timing waterfall"));
    setFocusPolicy(Qt::StrongFocus);
}

void TimingWaterfall::setTiming(const DcsTiming &timing)
{
    m_timing = timing;
    m_hasTiming = true;
    rebuild();
}

void TimingWaterfall::clear()
{
    m_hasTiming = false;
    m_phases.clear();
    update();
}

void TimingWaterfall::rebuild()
{
    m_phases.clear();
    if (!m_hasTiming) {
        update();
        return;
    }
    const DcsTiming &t = m_timing;
    const double sendStart = t.connecting >= 0 ? t.connecting : 0;
    const double written = t.requestSent >= 0 ? t.requestSent : sendStart;
    auto add = [&](const QString &name, double start, double end, SemanticColors::Role color) {
        if (start >= 0 && end >= start)
            m_phases.append({name, start, end, int(color)});
    };
    add(tr("Queued"), 0, t.connecting >= 0 ? t.connecting : written, SemanticColors::PhaseQueued);
    if (t.connecting >= 0)
        add(tr("Connect"), t.connecting, t.encrypted >= 0 ? t.encrypted : written,
            SemanticColors::PhaseConnecting);
    if (t.encrypted >= 0)
        add(tr("TLS"), t.encrypted - qMax(0.0, t.tlsMs()), t.encrypted, SemanticColors::PhaseTls);
    const double first = t.firstByte >= 0 ? t.firstByte : t.headers;
    if (first >= 0)
        add(tr("Waiting (server)"), written, first, SemanticColors::PhaseWaiting);
    if (first >= 0 && t.finished >= 0)
        add(tr("Download"), first, t.finished, SemanticColors::PhaseDownload);
    update();
}

QSize TimingWaterfall::sizeHint() const
{
    return QSize(480, (fontMetrics().height() + 10) * 6 + 20);
}

QSize TimingWaterfall::minimumSizeHint() const
{
    return QSize(240, fontMetrics().height() * 4);
}

void TimingWaterfall::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void TimingWaterfall::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    if (m_phases.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Send a request to see its timing."));
        return;
    }
    double total = m_timing.finished > 0 ? m_timing.finished : 1;
    for (const Phase &ph : m_phases)
        total = qMax(total, ph.end);
    int labelWidth = 0;
    for (const Phase &ph : m_phases)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(ph.name));
    const QString totalText = tr("%1 ms").arg(QLocale().toString(total, 'f', 1));
    const int valueWidth = fm.horizontalAdvance(totalText) + 16;
    const int left = labelWidth + 16;
    const int barArea = qMax(40, width() - left - valueWidth - 8);
    const int rowH = fm.height() + 10;
    int y = 8;
    p.setPen(palette().color(QPalette::Text));
    for (const Phase &ph : m_phases) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(8, y, labelWidth, rowH), Qt::AlignVCenter | Qt::AlignLeft, ph.name);
        const int x0 = left + int(barArea * ph.start / total);
        const int w = qMax(2, int(barArea * (ph.end - ph.start) / total));
        p.fillRect(QRect(x0, y + 4, w, rowH - 8),
                   SemanticColors::color(SemanticColors::Role(ph.colorRole), palette()));
        p.drawText(QRect(x0 + w + 6, y, valueWidth + barArea, rowH), Qt::AlignVCenter,
                   tr("%1 ms").arg(QLocale().toString(ph.end - ph.start, 'f', 1)));
        y += rowH;
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(left, y + 4, left + barArea, y + 4);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(left, y + 6, barArea, rowH), Qt::AlignRight | Qt::AlignVCenter,
               tr("Total: %1").arg(totalText));
}

} // namespace dcsdesk
