#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "cookie 'demdex=...; dextp=...'": decode the Audience Manager cookies of a Cookie header.
class CookieCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CookieCommand)

public:
    QString name() const override { return QStringLiteral("cookie"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("COOKIES|-"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
