#pragma once

#include "clicommand.h"
#include "clirequestoptions.h"

namespace dcsdesk {

struct DcsResult;

// "send": build a call, send it, and print the answer decoded (or the network failure).
class SendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    explicit SendCommand(const CliRegistry *registry) : m_options(registry) {}
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

    // 3 network failure, 2 refused, 1 DCS errors / problems / findings, 0 otherwise.
    static int exitCodeFor(const DcsResult &result);

private:
    CliRequestOptions m_options;
};

} // namespace dcsdesk
