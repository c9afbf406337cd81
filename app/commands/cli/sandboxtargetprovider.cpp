#include "sandboxtargetprovider.h"

#include "cliregistry.h"
#include "sandbox/sandboxservice.h"
#include "workspace/workspacefile.h"

namespace dcsdesk {

SandboxTargetProvider::SandboxTargetProvider() = default;
SandboxTargetProvider::~SandboxTargetProvider() = default;

QList<QCommandLineOption> SandboxTargetProvider::options() const
{
    return {QCommandLineOption(
        QStringLiteral("sandbox"),
        tr("Start the local sandbox on this workspace and send the call to it (its sandbox "
           "profile gives the alias unless --alias or --workspace does)."),
        tr("workspace"))};
}

bool SandboxTargetProvider::resolve(const QCommandLineParser &parser, Profile &profile,
                                    QUrl &sandboxBaseUrl, QString *error)
{
    if (!parser.isSet(QStringLiteral("sandbox")))
        return false;
    const QString path = parser.value(QStringLiteral("sandbox"));
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(path);
    if (!loaded.ok) {
        *error = tr("The sandbox cannot serve %1: %2").arg(path, loaded.error);
        return false;
    }
    m_service.reset(); // a previous run's sandbox
    auto service = std::make_unique<SandboxService>();
    service->setWorkspace(loaded.workspace);
    QString startError;
    if (!service->start(&startError)) {
        *error = tr("The sandbox cannot start: %1").arg(startError);
        return false;
    }
    if (profile.alias.isEmpty()) {
        const Profile *chosen = sandboxProfile(loaded.workspace);
        if (!chosen) {
            *error = tr("The workspace %1 has no profile with a domain alias, so the sandbox would "
                        "answer every call with error 1. Add a profile with an alias, or give "
                        "--alias.")
                         .arg(path);
            return false;
        }
        const Profile current = profile;
        profile = *chosen;
        if (!current.defaultUserId.isEmpty()) {
            profile.defaultUserId = current.defaultUserId;
            profile.idKind = current.idKind;
        }
    }
    profile.regionId = Profile::SandboxRegion;
    profile.customBaseUrl.clear();
    sandboxBaseUrl = service->baseUrl();
    m_service = std::move(service);
    return true;
}

const Profile *SandboxTargetProvider::sandboxProfile(const Workspace &workspace)
{
    const Profile *chosen = nullptr;
    for (const Profile &p : workspace.profiles) {
        if (!p.alias.isEmpty() && (!chosen || (p.regionId == Profile::SandboxRegion &&
                                               chosen->regionId != Profile::SandboxRegion)))
            chosen = &p;
    }
    return chosen;
}

void registerSandboxCommands(CliRegistry &registry)
{
    registry.addTargetProvider(std::make_unique<SandboxTargetProvider>());
}

} // namespace dcsdesk
