#pragma once

#include "clicommand.h"
#include "clirequestoptions.h"

namespace dcsdesk {

class BatchRunner;

// "batch": sends the request template for every user of a CSV (or N generated users) through the
// same BatchRunner as the batch window; a progress line on stderr when it is a terminal, the
// results in --out (CSV or JSON Lines) and a JSON summary on stdout.
class BatchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::BatchCommand)

public:
    explicit BatchCommand(const CliRegistry *registry) : m_options(registry) {}
    QString name() const override { return QStringLiteral("batch"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

    // Exit code of a finished run (docs/cli.md).
    static int exitCodeFor(const BatchRunner &runner);
    // "1,234/5,000 (25%) · 812 calls/s · ETA 0:05 · p95 3.2 ms · HTTP 200: 1,230 · errors: 4"
    static QString progressLine(const BatchRunner &runner);

    // Makes the progress line appear even when stderr is not a terminal (tests).
    static void setForceProgress(bool force);

private:
    CliRequestOptions m_options;
};

} // namespace dcsdesk
