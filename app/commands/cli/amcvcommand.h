#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "amcv VALUE": decode an AMCV cookie and show the server-to-server call it gives (d_mid,
// d_orgid, region).
class AmcvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AmcvCommand)

public:
    QString name() const override { return QStringLiteral("amcv"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("VALUE|-"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
