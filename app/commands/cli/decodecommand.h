#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "decode FILE|-": read a saved DCS answer (body) and print it decoded, with X-Error and the
// status given as options, as it would be shown after a send.
class DecodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("FILE|-"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
