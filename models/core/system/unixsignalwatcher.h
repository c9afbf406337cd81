#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace dcsdesk {

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal. A signal handler may only do
// async-signal-safe work, so it writes the signal number into a socket pair and a
// QSocketNotifier delivers it to the event loop, where a server can shut down gracefully.
// One watcher per process; the previous handlers come back when it is destroyed.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool watch(int signalNumber); // false when the handler cannot be installed
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
};

} // namespace dcsdesk
