#pragma once

#include "clitargetprovider.h"

#include <QCoreApplication>
#include <memory>

namespace dcsdesk {

class SandboxService;

// dcsdesk-cli's "--sandbox WORKSPACE" for request and send: starts the in-process sandbox on
// that workspace (127.0.0.1, a free port) and sends the call there. Without --alias/--workspace
// the call takes the workspace's sandbox profile (alias and default user ID), so
// `send --sandbox ws.json --signal c_interest=golf` is enough. The sandbox lives as long as this
// provider, i.e. for the whole command.
class SandboxTargetProvider : public CliTargetProvider
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::SandboxTargetProvider)

public:
    SandboxTargetProvider();
    ~SandboxTargetProvider() override;

    QList<QCommandLineOption> options() const override;
    bool resolve(const QCommandLineParser &parser, Profile &profile, QUrl &sandboxBaseUrl,
                 QString *error) override;

    // The profile a sandbox call takes by default: one with an alias, a sandbox one first.
    static const Profile *sandboxProfile(const struct Workspace &workspace);

private:
    std::unique_ptr<SandboxService> m_service;
};

void registerSandboxCommands(class CliRegistry &registry);

} // namespace dcsdesk
