#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "regions": the DCS regions, their hosts and locations (domain.md §3).
class RegionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegionsCommand)

public:
    QString name() const override { return QStringLiteral("regions"); }
    QString summary() const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
