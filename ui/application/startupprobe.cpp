#include "startupprobe.h"

#include "workspace/workspacedocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace dcsdesk {

StartupProbe::StartupProbe(QWidget *window, WorkspaceDocument *document)
    : QObject(window), m_window(window), m_document(document)
{
    window->installEventFilter(this);
    connect(document, &WorkspaceDocument::workspaceLoaded, this, [this]() {
        if (!m_paintSeen) {
            m_shownInFirstFrame = true; // the first frame is still to come and shows it
            return;
        }
        // The views have their new rows; the next frame of the whole window shows them.
        m_reportAfterPaint = true;
        m_waitingForPaint = true;
        m_window->update();
    });
}

double StartupProbe::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces and parentheses; fields restart after the last ')'.
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // starttime is field 22 of the whole line, 20th after "pid (comm)".
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

qint64 StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && m_waitingForPaint) {
        m_waitingForPaint = false;
        m_paintSeen = true;
        // The paint event starts the window's frame; the queued call runs once the whole frame
        // (every child) has been painted and flushed.
        QTimer::singleShot(0, this, &StartupProbe::framePainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::framePainted()
{
    const double now = msSinceProcessStart();
    if (m_firstPaintMs < 0)
        m_firstPaintMs = now;
    if (m_reportAfterPaint || m_shownInFirstFrame || !m_document->isLoading())
        report();
}

void StartupProbe::report()
{
    const double shownMs = msSinceProcessStart();
    std::printf("{\"startupMs\": %.1f, \"workspaceShownMs\": %.1f, \"rssKiB\": %lld}\n",
                m_firstPaintMs, shownMs, residentKiB());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace dcsdesk
