#pragma once

#include "aam/aamdiff.h"
#include "aamrest/aamconnections.h"
#include "aamrest/aamrestclient.h"
#include "clicommand.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>

#include <memory>

namespace dcsdesk {

class AamDiff;
class SandboxService;
struct Workspace;

// "aam pull", "aam diff" and "aam push": pull an Audience Manager account over its REST API
// (destinations with paging, their mappings, the segments) into a new workspace file, keeping
// each object's REST snapshot, or into an existing one three ways (AamTake); compare a workspace
// with the account field by field; push the workspace's changes (AamPush) and write what the
// account returned back into the file. The client secret comes from DCSDESK_AAM_CLIENT_SECRET
// only, so it stays out of the shell history, and is never printed or written. --sandbox uses the
// local sandbox's account in-process.
class AamCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AamCommand)

public:
    QString name() const override { return QStringLiteral("aam"); }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("login|pull|diff|push|connections|logout [%1|%2]")
            .arg(tr("NAME"), tr("WORKSPACE"));
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

private:
    // The account to talk to, from a saved connection (--connection NAME), --base-url and the
    // credential, or --sandbox (which starts the sandbox's account in-process and keeps it
    // running while the connection lives).
    struct Connection
    {
        AamRestClient::Settings settings;
        std::unique_ptr<SandboxService> service;
        Connection();
        ~Connection();
    };
    // ExitOk with the connection ready, else the exit code (the failure already printed).
    static int connect(CliIo &io, const QCommandLineParser &parser, Connection *connection);
    // The connection the options describe (no --connection): method, address, credential.
    static AamConnection connectionFromOptions(const QCommandLineParser &parser,
                                               AamConnection base);
    // Starts or addresses the account of `saved`; the secrets come from the environment
    // variables, else (fromKeychain) the system keychain.
    static int connectTo(CliIo &io, const QCommandLineParser &parser, const AamConnection &saved,
                         bool fromKeychain, Connection *connection);
    // ExitOk when --base-url is absent or a whole http(s) address; else the failure, printed.
    static int checkBaseUrl(CliIo &io, const QCommandLineParser &parser);
    static int runLogin(CliIo &io, const QCommandLineParser &parser, const QString &name);
    static int runLogout(CliIo &io, const QCommandLineParser &parser, const QString &name);
    static int runConnections(CliIo &io, const QCommandLineParser &parser);
    // ExitOk with *pulled filled, else the exit code; progress goes to stderr.
    static int pullAccount(CliIo &io, const Connection &connection,
                           AamRestClient::PullResult *pulled);

    // What diff and push both start from: the workspace file, the account and what differs.
    struct Comparison
    {
        WorkspaceFile::LoadResult loaded;
        Workspace workspace; // loaded, indexed
        Connection connection;
        AamRestClient::PullResult pulled;
        AamDiff diff;
    };
    // ExitOk with *comparison filled, else the exit code (the failure already printed).
    static int compareWithAccount(CliIo &io, const QCommandLineParser &parser,
                                  const QString &workspacePath, Comparison *comparison);

    static int runPull(CliIo &io, const QCommandLineParser &parser);
    static int runPullInto(CliIo &io, const QCommandLineParser &parser,
                           const QString &workspacePath);
    static int runDiff(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath);
    static int runPush(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath);
    // REST field names from repeated or comma-separated --take-account / --keep-workspace.
    static QSet<QString> fieldNames(const QStringList &values);
    static void printDiff(CliIo &io, const AamDiff &diff);
    static QJsonObject diffJson(const AamDiff &diff);
};

} // namespace dcsdesk
