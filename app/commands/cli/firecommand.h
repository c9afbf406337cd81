#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "fire WORKSPACE --destination ID [--segments SID,...]": what a destination fires for a user who
// qualifies for the given segments (all it maps when none are given) - pixels with macros
// expanded and serialized, the cookie's name=value, or the server-to-server values - through the
// same DestinationFiring the sandbox and the preview use.
class FireCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::FireCommand)

public:
    QString name() const override { return QStringLiteral("fire"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("WORKSPACE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
