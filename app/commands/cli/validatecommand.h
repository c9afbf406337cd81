#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "validate WORKSPACE": every finding of the validation layer (destinations, segments and their
// rules, mappings, account limits), worst first; exit code 1 when there are errors.
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("WORKSPACE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
