#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "curl-import 'COMMAND'": read a pasted cURL command and print the DCS call it makes, what
// was not imported, and the request as JSON for send --from-json.
class CurlImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlImportCommand)

public:
    QString name() const override { return QStringLiteral("curl-import"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("COMMAND|-"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
    bool wantsRawArguments() const override { return true; }
    int runRaw(CliIo &io, const QStringList &args) override;
};

} // namespace dcsdesk
