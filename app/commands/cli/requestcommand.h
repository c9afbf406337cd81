#pragma once

#include "clicommand.h"
#include "clirequestoptions.h"
#include "dcs/preparedrequest.h"

namespace dcsdesk {

// "request": build a call and print its URL, headers, body, cURL and findings; sends nothing.
class RequestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    explicit RequestCommand(const CliRegistry *registry) : m_options(registry) {}
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

    // Exit code for a prepared request: 2 refused, 1 warnings or errors, 0 otherwise.
    static int exitCodeFor(const PreparedRequest &prepared);

private:
    CliRequestOptions m_options;
};

} // namespace dcsdesk
