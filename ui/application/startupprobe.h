#pragma once

#include <QObject>

class QWidget;

namespace dcsdesk {

class WorkspaceDocument;

// --measure-startup: notes when the first paint of the main window reaches the screen, and when
// the first frame after the workspace has loaded in the background does; then prints one JSON
// line (milliseconds since the process started for both, resident memory then) and quits.
// Start-up and memory are then measured facts a script can collect (tools/bench.sh).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, WorkspaceDocument *document);

    // Milliseconds since the kernel started this process (/proc/self/stat starttime; 10 ms
    // resolution), or -1 where that is not available.
    static double msSinceProcessStart();
    // VmRSS of /proc/self/status in KiB, or -1.
    static qint64 residentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void framePainted();
    void report();

    QWidget *m_window;
    WorkspaceDocument *m_document;
    bool m_waitingForPaint = true;
    bool m_paintSeen = false;
    bool m_shownInFirstFrame = false;
    bool m_reportAfterPaint = false;
    double m_firstPaintMs = -1;
};

} // namespace dcsdesk
