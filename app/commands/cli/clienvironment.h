#pragma once

#include "environments/variableresolver.h"
#include "secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dcsdesk {

struct Workspace;

// --env NAME of check and send: which of the workspace's environments gives the {{variable}}
// values. Without --env the workspace's first environment is used, as the console does. Secret
// values come from the system keychain (where the console put them), else DCSDESK_VAR_<NAME>
// (the command line has no session to type them in).
class CliEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CliEnvironment)

public:
    static void addOption(QCommandLineParser &parser);
    // False with a translated reason when --env names no environment of the workspace.
    // *chosen is null when the workspace has no environment.
    static bool choose(const QCommandLineParser &parser, const Workspace &workspace,
                       Environment *environment, bool *chosen, QString *error);
    // Reads each secret variable of the environment from the store (the system keychain when
    // null), waiting for the answers, into *secrets. Returns a translated note for stderr when
    // no keychain answered or it refused, else nothing.
    static bool hasSecret(const Environment &environment);
    // Whether resolving the profile and request touches a secret variable of the environment.
    static bool usesSecret(const Environment &environment, Profile profile, DcsRequest request);
    static QString loadSecrets(const Workspace &workspace, const Environment &environment,
                               SessionSecrets *secrets, SecretStore *store = nullptr);
    // The store loadSecrets() reads when given none: the system keychain, or this one (tests).
    static void setSecretStore(SecretStore *store);
    static SecretStore *secretStoreOverride(); // the one set above, or null
    // "Variables of environment sandbox: {{alias}} = “sample”, ..." lines for the text output.
    static QString describe(const VariableResolution &resolution);
};

// The store a command reads and writes secrets in: the system keychain, or the one a test set
// with CliEnvironment::setSecretStore().
class CliSecretStore
{
public:
    SecretStore *get()
    {
        SecretStore *chosen = CliEnvironment::secretStoreOverride();
        return chosen ? chosen : &m_keychain;
    }

private:
    KeychainSecretStore m_keychain;
};

} // namespace dcsdesk
