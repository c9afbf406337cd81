#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QTextStream>

#include <functional>

namespace dcsdesk {

// Exit codes of dcsdesk-cli (docs/cli.md).
enum CliExit {
    ExitOk = 0,
    ExitFindings = 1,
    ExitBadInput = 2,
    ExitNetworkFailure = 3,
    ExitInterrupted = 130 // batch: Ctrl-C cancelled the run (128 + SIGINT, as shells do)
};

// Where a CLI command writes and reads: the process's stdout/stderr/stdin in dcsdesk-cli, string
// buffers in tests. Carries the global --json switch.
class CliIo
{
public:
    CliIo(QTextStream &out, QTextStream &err, std::function<QByteArray()> readStdin);

    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QString program = QStringLiteral("dcsdesk-cli");

    QByteArray readStdin() const { return m_readStdin ? m_readStdin() : QByteArray(); }
    void printJson(const QJsonValue &value);
    // Bad input and other failures: one line on stderr, or {"error": ...} on stdout with --json.
    int fail(int exitCode, const QString &message);

private:
    std::function<QByteArray()> m_readStdin;
};

} // namespace dcsdesk
