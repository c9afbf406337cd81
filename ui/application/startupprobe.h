#pragma once

#include <QObject>

class QWidget;

namespace dcsdesk {

// --measure-startup: waits for the first paint of the main window to reach the screen, then
// prints one JSON line (milliseconds since the process started, resident memory) and quits.
// Start-up and memory are then measured facts a script can collect (tools/bench.sh).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QWidget *window);

    // Milliseconds since the kernel started this process (/proc/self/stat starttime; 10 ms
    // resolution), or -1 where that is not available.
    static double msSinceProcessStart();
    // VmRSS of /proc/self/status in KiB, or -1.
    static qint64 residentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    bool m_seen = false;
};

} // namespace dcsdesk
