#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace dcsdesk {

// One DCS Desk per user and data folder: two windows would write the same workspace, recovery
// copies and history. A second `dcsdesk FILE` hands FILE to the running one (forward()) and
// quits; the running one raises its window and opens the file there, asking first about unsaved
// edits. The channel is a local socket only the user can reach.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // The channel's name for this user and data folder (XDG_DATA_HOME, as tests isolate it).
    static QString defaultKey();
    // Hands `path` (absolute, or empty to raise the window only) to a running instance. True
    // when one took it; false when none answers within timeoutMs.
    static bool forward(const QString &key, const QString &path, int timeoutMs = 3000);

    // Starts answering forward(); a channel left by a crashed instance is taken over. False with
    // a message when the socket cannot be made (then the app runs without the hand-over).
    bool listen(QString *error = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void readRequest(class QLocalSocket *socket);

    QString m_key;
    QLocalServer m_server;
};

} // namespace dcsdesk
