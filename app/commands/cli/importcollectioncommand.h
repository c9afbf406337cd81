#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

// "import-collection FILE|DIR --into WORKSPACE": a Postman Collection v2.1 export or a Bruno
// collection folder into a workspace's saved requests, with a result per request (imported,
// imported with changes, skipped) and what to do. Writes like `mappings import`: atomically,
// the previous file kept as a backup, nothing with --dry-run; existing requests are never
// replaced (a taken name becomes "Name (2)").
class ImportCollectionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::ImportCollectionCommand)

public:
    QString name() const override { return QStringLiteral("import-collection"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("FILE|DIR"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;
};

} // namespace dcsdesk
