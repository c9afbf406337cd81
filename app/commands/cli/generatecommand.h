#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "generate-workspace OUT.json": writes a deterministic workspace at the account limits (or the
// sizes given) from a seed, so benchmarks and bug reports can use the same large data anywhere.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate-workspace"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("OUT.json"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
