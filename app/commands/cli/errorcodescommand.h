#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "error-codes [CODE...]": the DCS error codes and what they mean (domain.md §2.5).
class ErrorCodesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCodesCommand)

public:
    QString name() const override { return QStringLiteral("error-codes"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("[CODE...]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
