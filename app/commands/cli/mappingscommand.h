#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "mappings export|import WORKSPACE FILE.csv": segment mappings as CSV with the columns of
// Adobe's bulk tool (docs/mappings.md). Import prints the result of every row and writes the
// workspace only when no row has an error and --dry-run is not given (atomically, with a backup).
class MappingsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::MappingsCommand)

public:
    QString name() const override { return QStringLiteral("mappings"); }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return tr("export|import WORKSPACE FILE.csv|-");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

private:
    int runExport(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath,
                  const QString &csvPath);
    static QString exportTargetRefusal(const QString &workspacePath, const QString &csvPath);
    int runImport(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath,
                  const QString &csvPath);
};

} // namespace dcsdesk
