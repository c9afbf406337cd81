#pragma once

#include "cli/cliapp.h"
#include "cli/cliregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// dcsdesk-cli run inside the test process, so a test sees the exit code and both outputs without
// starting a program (header-only: only the CLI tests, which link the CLI library, include it).

namespace dcsdesk::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const CliRegistry &registry, const QStringList &args,
                     const QByteArray &stdinData = QByteArray())
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io(out, err, [stdinData] { return stdinData; });
    r.code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, registry);
    out.flush();
    err.flush();
    return r;
}

} // namespace dcsdesk::test
