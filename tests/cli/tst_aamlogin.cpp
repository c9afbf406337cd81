// Saved Audience Manager connections from the command line: aam login saves one only after the
// account answered, keeps its secrets in the keychain (never in the file), and --connection NAME
// reaches the account with them; the legacy OAuth method with its refresh token; a token renewed
// before it expires; aam connections and aam logout; a connections file that cannot be read is
// never written over.

#include "inprocesscli.h"
#include "aamrest/aamconnections.h"
#include "cli/cliapp.h"
#include "cli/clienvironment.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dcsdesk;

namespace {

const QString kSecret = QStringLiteral("s2s-secret-7f3a9");
const QString kPassword = QStringLiteral("legacy-password-c41e");

// Sets an environment variable for one scope.
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QString &value) : m_name(name)
    {
        qputenv(name, value.toUtf8());
    }
    ~ScopedVariable() { qunsetenv(m_name); }

private:
    const char *m_name;
};

} // namespace

class TestAamLogin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRegistry> m_registry;
    SandboxService m_service;
    MemorySecretStore m_secrets;

    QString baseUrl() const { return m_service.baseUrl().toString(); }
    test::CliRun cli(const QStringList &args) { return test::runCli(*m_registry, args); }
    test::CliRun loginS2s(const QString &name)
    {
        return cli({QStringLiteral("aam"), QStringLiteral("login"), name,
                    QStringLiteral("--base-url"), baseUrl(), QStringLiteral("--client-id"),
                    QStringLiteral("dcsdesk-sandbox"), QStringLiteral("--org-id"),
                    QStringLiteral("DCSDESKSANDBOX@AdobeOrg")});
    }
    // Every file under the test's configuration and data folders that contains `needle`.
    static QStringList filesContaining(const QString &needle)
    {
        QStringList found;
        for (const auto location : {QStandardPaths::AppConfigLocation,
                                    QStandardPaths::AppDataLocation,
                                    QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                    found << file.fileName();
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AamRestApi::Credentials credentials;
        credentials.clientSecret = kSecret;
        credentials.password = kPassword;
        m_service.aam()->setCredentials(credentials);
        m_service.aam()->load(test::sampleWorkspace());
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
        CliEnvironment::setSecretStore(&m_secrets);
        m_registry = CliApp::defaultRegistry();
    }

    void init()
    {
        QFile::remove(AamConnectionList::defaultPath());
        m_secrets.clear();
        m_secrets.setUnavailable(QString());
        qunsetenv(AamRestApi::SecretVariable);
        qunsetenv(AamRestApi::PasswordVariable);
    }

    void cleanupTestCase() { CliEnvironment::setSecretStore(nullptr); }

    void loginSavesConnectionAndKeepsSecretInKeychainOnly()
    {
        {
            ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
            const test::CliRun r = loginS2s(QStringLiteral("Production"));
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QLatin1String("Connection \"Production\" saved")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String(": 12 destination")), qPrintable(r.out));
        }
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.names(), QStringList{QStringLiteral("Production")});
        QCOMPARE(list.lastUsed(), QStringLiteral("Production"));
        const AamConnection saved = *list.find(QStringLiteral("production"));
        QCOMPARE(saved.method, AamConnection::Method::ServerToServer);
        QCOMPARE(saved.baseUrl.toString(), baseUrl());
        QCOMPARE(m_secrets.contents().value(saved.clientSecretKey().toString()), kSecret);
        QCOMPARE(filesContaining(kSecret), QStringList());

        // No variable set: the secret comes from the keychain.
        const test::CliRun pulled = cli({QStringLiteral("--json"), QStringLiteral("aam"),
                                         QStringLiteral("diff"), test::samplePath(),
                                         QStringLiteral("--connection"),
                                         QStringLiteral("Production")});
        QVERIFY2(pulled.code == 0 || pulled.code == 1, qPrintable(pulled.out + pulled.err));
        QVERIFY(!pulled.out.contains(kSecret) && !pulled.err.contains(kSecret));
        QCOMPARE(filesContaining(kSecret), QStringList());
    }

    void refusedCredentialIsNotSaved()
    {
        ScopedVariable secret(AamRestApi::SecretVariable, QStringLiteral("wrong"));
        const test::CliRun r = loginS2s(QStringLiteral("Production"));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("was not saved")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("HTTP 401")));
        QVERIFY(!QFile::exists(AamConnectionList::defaultPath()));
        QVERIFY(m_secrets.contents().isEmpty());
    }

    void withoutKeychainTheVariableIsNeededEachTime()
    {
        m_secrets.setUnavailable(QStringLiteral("no Secret Service"));
        {
            ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
            const test::CliRun r = loginS2s(QStringLiteral("CI"));
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QLatin1String("did not keep the value of "
                                                  "DCSDESK_AAM_CLIENT_SECRET (no Secret "
                                                  "Service)")),
                     qPrintable(r.out));
        }
        const test::CliRun without =
            cli({QStringLiteral("aam"), QStringLiteral("diff"), test::samplePath(),
                 QStringLiteral("--connection"), QStringLiteral("CI")});
        QCOMPARE(without.code, 2);
        QVERIFY2(without.err.contains(QLatin1String("The secret of the connection \"CI\" cannot "
                                                    "be read")) &&
                     without.err.contains(QLatin1String("(no Secret Service): set "
                                                        "DCSDESK_AAM_CLIENT_SECRET instead.")),
                 qPrintable(without.err));
        ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
        const test::CliRun with =
            cli({QStringLiteral("aam"), QStringLiteral("diff"), test::samplePath(),
                 QStringLiteral("--connection"), QStringLiteral("CI")});
        QVERIFY2(with.code == 0 || with.code == 1, qPrintable(with.err));
    }

    void connectionRefusesCredentialOptionsAndUnknownNames()
    {
        const test::CliRun unknown =
            cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--connection"),
                 QStringLiteral("Nope"), QStringLiteral("--out"), QStringLiteral("x.json")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("aam login \"Nope\"")), qPrintable(unknown.err));
        const test::CliRun mixed =
            cli({QStringLiteral("aam"), QStringLiteral("diff"), test::samplePath(),
                 QStringLiteral("--connection"), QStringLiteral("Production"),
                 QStringLiteral("--client-id"), QStringLiteral("other")});
        QCOMPARE(mixed.code, 2);
        QVERIFY2(mixed.err.contains(QLatin1String("--client-id cannot be given")),
                 qPrintable(mixed.err));
        const test::CliRun none = cli({QStringLiteral("aam"), QStringLiteral("diff"),
                                       test::samplePath()});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QLatin1String("--connection NAME")), qPrintable(none.err));
    }

    void legacyOAuthLogsInAndRenewsWithItsRefreshToken()
    {
        const int passwordGrants = m_service.aam()->tokenGrants(QStringLiteral("password"));
        {
            ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
            ScopedVariable password(AamRestApi::PasswordVariable, kPassword);
            const test::CliRun r = cli(
                {QStringLiteral("aam"), QStringLiteral("login"), QStringLiteral("Old API"),
                 QStringLiteral("--legacy-oauth"), QStringLiteral("--base-url"), baseUrl(),
                 QStringLiteral("--client-id"), QStringLiteral("dcsdesk-sandbox"),
                 QStringLiteral("--username"), QStringLiteral("dcsdesk-user")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QLatin1String("Legacy OAuth")), qPrintable(r.out));
        }
        QCOMPARE(m_service.aam()->tokenGrants(QStringLiteral("password")), passwordGrants + 1);
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        const AamConnection saved = *list.find(QStringLiteral("Old API"));
        QCOMPARE(saved.method, AamConnection::Method::LegacyOAuth);
        QCOMPARE(m_secrets.contents().value(saved.passwordKey().toString()), kPassword);
        QCOMPARE(filesContaining(kPassword), QStringList());

        // A token revoked mid-session: the client renews it with the refresh token, not the
        // password, and the call goes through.
        AamRestClient::Settings settings = saved.settings();
        settings.clientSecret = kSecret;
        settings.password = kPassword;
        QNetworkAccessManager nam;
        AamRestClient client(&nam);
        client.setSettings(settings);
        const auto get = [&client]() {
            AamRestClient::Answer answer;
            bool done = false;
            client.call("GET", QStringLiteral("/v1/destinations/2001"), QByteArray(),
                        [&](const AamRestClient::Answer &a) {
                            answer = a;
                            done = true;
                        });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
            return answer;
        };
        QCOMPARE(get().status, 200);
        const int refreshGrants = m_service.aam()->tokenGrants(QStringLiteral("refresh_token"));
        m_service.aam()->revokeTokens();
        QCOMPARE(get().status, 200);
        QCOMPARE(m_service.aam()->tokenGrants(QStringLiteral("refresh_token")), refreshGrants + 1);
        QCOMPARE(m_service.aam()->tokenGrants(QStringLiteral("password")), passwordGrants + 2);
        QCOMPARE(client.counters().tokenRenewals, 1);
    }

    void tokenIsRenewedBeforeItExpires()
    {
        SandboxService service;
        AamRestApi::Credentials credentials;
        credentials.tokenLifetimeSeconds = 60; // inside the client's five minutes of margin
        service.aam()->setCredentials(credentials);
        service.aam()->load(test::sampleWorkspace());
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        AamRestClient::Settings settings;
        settings.baseUrl = service.baseUrl();
        settings.clientId = credentials.clientId;
        settings.clientSecret = credentials.clientSecret;
        settings.orgId = credentials.orgId;
        QNetworkAccessManager nam;
        AamRestClient client(&nam);
        client.setSettings(settings);
        for (int i = 0; i < 2; ++i) {
            bool done = false;
            int status = 0;
            client.call("GET", QStringLiteral("/v1/destinations/2001"), QByteArray(),
                        [&](const AamRestClient::Answer &a) {
                            status = a.status;
                            done = true;
                        });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QCOMPARE(status, 200);
        }
        // The second call got a new token first instead of a 401 from a dying one.
        QCOMPARE(service.aam()->tokenGrants(QStringLiteral("client_credentials")), 2);
        QCOMPARE(client.counters().tokenRenewals, 1);
        QCOMPARE(service.aam()->callCount(), 2);
    }

    void connectionsAndLogout()
    {
        {
            ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
            QCOMPARE(loginS2s(QStringLiteral("A")).code, 0);
            QCOMPARE(loginS2s(QStringLiteral("B")).code, 0); // the same credential
        }
        // Another method on an existing name says what changed, key by key.
        const test::CliRun changed = cli({QStringLiteral("aam"), QStringLiteral("login"),
                                          QStringLiteral("b"), QStringLiteral("--sandbox")});
        QCOMPARE(changed.code, 0);
        QVERIFY2(changed.out.contains(QStringLiteral("method: oauth-server-to-server → local")) &&
                     changed.out.contains(QLatin1String("clientId: dcsdesk-sandbox removed")),
                 qPrintable(changed.out));
        {
            ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
            QCOMPARE(loginS2s(QStringLiteral("B")).code, 0);
        }
        const test::CliRun listed =
            cli({QStringLiteral("--json"), QStringLiteral("aam"), QStringLiteral("connections")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.json().value(QStringLiteral("connections")).toArray().size(), 2);
        QCOMPARE(listed.json().value(QStringLiteral("lastUsed")).toString(), QStringLiteral("B"));
        QVERIFY(!listed.out.contains(kSecret));

        // B still uses the credential, so logging A out keeps the secret.
        const test::CliRun outA = cli({QStringLiteral("aam"), QStringLiteral("logout"),
                                       QStringLiteral("A"), QStringLiteral("--forget")});
        QCOMPARE(outA.code, 0);
        QVERIFY2(outA.out.contains(QLatin1String("another saved connection uses the same")),
                 qPrintable(outA.out));
        QCOMPARE(m_secrets.contents().size(), 1);
        const test::CliRun outB =
            cli({QStringLiteral("aam"), QStringLiteral("logout"), QStringLiteral("B")});
        QCOMPARE(outB.code, 0);
        QVERIFY(m_secrets.contents().isEmpty());
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.names(), QStringList{QStringLiteral("B")}); // without --forget it stays
    }

    void unreadableConnectionsFileIsNeverWrittenOver()
    {
        QDir().mkpath(QFileInfo(AamConnectionList::defaultPath()).absolutePath());
        QFile file(AamConnectionList::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray broken = "{\"format\": \"dcsdesk-aam-connections\", \"connections\": [";
        file.write(broken);
        file.close();
        ScopedVariable secret(AamRestApi::SecretVariable, kSecret);
        const test::CliRun r = loginS2s(QStringLiteral("Production"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("cannot be read")) &&
                     r.err.contains(QLatin1String("repair it or move it away")),
                 qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestAamLogin)
#include "tst_aamlogin.moc"
