#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "aam pull": pulls an Audience Manager account over its REST API (destinations with paging,
// their mappings, the segments) into a workspace file, keeping each object's REST snapshot. The
// client secret comes from DCSDESK_AAM_CLIENT_SECRET only, so it stays out of the shell history,
// and is never printed or written. --sandbox pulls from the local sandbox's account in-process.
class AamCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AamCommand)

public:
    QString name() const override { return QStringLiteral("aam"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("pull"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
