#include "environments/variableresolver.h"
#include "secrets/environmentsecrets.h"
#include "secrets/keychainsecretstore.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QtTest>

using namespace dcsdesk;

// Issue 20 / 18: secret values in the system keychain. The memory store answers later, once;
// EnvironmentSecrets reads each secret once, writes and forgets what the dialog changed, and
// when no keychain answers keeps values in memory only and says why, once. The real QtKeychain
// store is tried without a session bus (ctest gives every test a bogus one): no keychain
// answers, and that is the fallback path, never QtKeychain's plain-text fallback.
class TestSecrets : public QObject
{
    Q_OBJECT

    static QVector<Environment> environments()
    {
        Environment production;
        production.name = QStringLiteral("production");
        EnvironmentVariable token;
        token.name = QStringLiteral("partnerToken");
        token.secret = true;
        EnvironmentVariable plain;
        plain.name = QStringLiteral("alias");
        plain.value = QStringLiteral("sample");
        production.variables = {token, plain};
        return {production};
    }

    static QString valueOf(const EnvironmentSecrets &s, SessionSecrets::Source *source)
    {
        return s.value(QStringLiteral("production"), QStringLiteral("partnerToken"), source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qunsetenv("DCSDESK_VAR_PARTNERTOKEN");
    }

    void keysNameWorkspaceEnvironmentAndVariable()
    {
        const SecretKey key{QStringLiteral("Sample account"), QStringLiteral("prod/eu"),
                            QStringLiteral("partnerToken")};
        QCOMPARE(key.toString(), QStringLiteral("Sample%20account/prod%2Feu/partnerToken"));
        QVERIFY(SecretKey({QStringLiteral("a/b"), QStringLiteral("c"), QStringLiteral("d")})
                    .toString() !=
                SecretKey({QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d")})
                    .toString());
    }

    void memoryStoreAnswersLaterOnce()
    {
        MemorySecretStore store;
        const SecretKey key{QStringLiteral("w"), QStringLiteral("e"), QStringLiteral("v")};
        int answers = 0;
        SecretStore::Reply last;
        const auto done = [&](const SecretStore::Reply &r) {
            ++answers;
            last = r;
        };
        store.read(key, done);
        QCOMPARE(answers, 0); // never within the call
        QTRY_COMPARE(answers, 1);
        QCOMPARE(last.status, SecretStore::Status::NotFound);
        store.write(key, QStringLiteral("t0ken"), done);
        QTRY_COMPARE(answers, 2);
        QCOMPARE(last.status, SecretStore::Status::Ok);
        const SecretStore::Reply read = store.readNow(key);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, QStringLiteral("t0ken"));
        store.remove(key, done);
        QTRY_COMPARE(answers, 3);
        QCOMPARE(store.readNow(key).status, SecretStore::Status::NotFound);
        store.setUnavailable(QStringLiteral("no bus"));
        const SecretStore::Reply gone = store.readNow(key);
        QCOMPARE(gone.status, SecretStore::Status::Unavailable);
        QCOMPARE(gone.error, QStringLiteral("no bus"));
    }

    void loadReadsEachSecretOnceAndSetWritesTheKeychain()
    {
        MemorySecretStore store;
        EnvironmentSecrets secrets(&store);
        QSignalSpy unavailable(&secrets, &EnvironmentSecrets::keychainUnavailable);
        const QString ws = QStringLiteral("Sample account");
        secrets.set(ws, QStringLiteral("production"), QStringLiteral("partnerToken"),
                    QStringLiteral("k3ychain-value"));
        QTRY_COMPARE(store.contents().size(), 1);
        QCOMPARE(store.contents().value(QStringLiteral("Sample%20account/production/partnerToken")),
                 QStringLiteral("k3ychain-value"));

        // A new session reads it back from the keychain, once however often load() is called.
        EnvironmentSecrets next(&store);
        QSignalSpy nextChanged(&next, &EnvironmentSecrets::valuesChanged);
        const int calls = store.calls();
        next.load(ws, environments());
        next.load(ws, environments());
        QTRY_COMPARE(nextChanged.count(), 1);
        QCOMPARE(store.calls(), calls + 1); // the plain variable is never asked for
        SessionSecrets::Source source = SessionSecrets::Source::None;
        QCOMPARE(valueOf(next, &source), QStringLiteral("k3ychain-value"));
        QCOMPARE(source, SessionSecrets::Source::Keychain);
        QVERIFY(next.keychainAvailable());

        // The resolver says where the value came from, never the value.
        const Environment env = environments().first();
        VariableResolution r;
        QCOMPARE(VariableResolver(&env, next.values())
                     .substitute(QStringLiteral("{{partnerToken}}"), &r),
                 QStringLiteral("k3ychain-value"));
        QVERIFY(r.describe(r.used.first()).contains(QLatin1String("system keychain")));
        QVERIFY(!r.describe(r.used.first()).contains(QLatin1String("k3ychain")));

        next.forget(ws, QStringLiteral("production"), QStringLiteral("partnerToken"));
        QTRY_VERIFY(store.contents().isEmpty());
        QVERIFY(!next.hasValue(QStringLiteral("production"), QStringLiteral("partnerToken")));
        QCOMPARE(unavailable.count(), 0);
    }

    void noKeychainKeepsValuesInMemoryAndSaysWhyOnce()
    {
        MemorySecretStore store;
        store.setUnavailable(QStringLiteral("org.freedesktop.secrets not provided"));
        EnvironmentSecrets secrets(&store);
        QSignalSpy unavailable(&secrets, &EnvironmentSecrets::keychainUnavailable);
        const QString ws = QStringLiteral("w");
        secrets.load(ws, environments());
        QTRY_COMPARE(unavailable.count(), 1);
        const QString message = unavailable.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("The system keychain cannot be used")),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("org.freedesktop.secrets not provided")));
        QVERIFY(message.contains(QLatin1String("kept only until DCS Desk closes")));
        // One thing to do, and nothing that says the keychain keeps the value (finding 9).
        QVERIFY(message.contains(QLatin1String("start a keychain service")));
        QVERIFY(!message.contains(QLatin1String("kept in the system keychain")));
        QVERIFY(!secrets.keychainAvailable());
        QCOMPARE(secrets.unavailableMessage(), message);

        // Typed values stay in memory; the store is not asked again, nor is the user told again.
        const int calls = store.calls();
        secrets.set(ws, QStringLiteral("production"), QStringLiteral("partnerToken"),
                    QStringLiteral("typed"));
        secrets.load(QStringLiteral("other"), environments());
        QTest::qWait(20);
        QCOMPARE(store.calls(), calls);
        QCOMPARE(unavailable.count(), 1);
        SessionSecrets::Source source = SessionSecrets::Source::None;
        QCOMPARE(valueOf(secrets, &source), QStringLiteral("typed"));
        QCOMPARE(source, SessionSecrets::Source::Session);
    }

    void failedWriteFallsBackToTheSession()
    {
        MemorySecretStore store;
        EnvironmentSecrets secrets(&store);
        QSignalSpy unavailable(&secrets, &EnvironmentSecrets::keychainUnavailable);
        store.setUnavailable(QStringLiteral("locked"));
        secrets.set(QStringLiteral("w"), QStringLiteral("production"),
                    QStringLiteral("partnerToken"), QStringLiteral("typed"));
        QTRY_COMPARE(unavailable.count(), 1);
        SessionSecrets::Source source = SessionSecrets::Source::None;
        QCOMPARE(valueOf(secrets, &source), QStringLiteral("typed"));
        QCOMPARE(source, SessionSecrets::Source::Session);
    }

    // QtKeychain's codes in plain words, its code and text after them; its placeholder
    // "Unknown error" is never the message (finding 9).
    void keychainErrorsInPlainWords()
    {
        const QString locked = KeychainSecretStore::reasonFor(4, QStringLiteral("Locked"), {});
        QCOMPARE(locked, QStringLiteral("the keychain refused access; it may be locked "
                                        "— QtKeychain error 4: Locked"));
        const QString none =
            KeychainSecretStore::reasonFor(7, QStringLiteral("Unknown error"), QString());
        QCOMPARE(none, QStringLiteral("the keychain failed without saying why — QtKeychain error 7"));
        const QString bus = KeychainSecretStore::reasonFor(7, QStringLiteral("Unknown error"),
                                                           QStringLiteral("no D-Bus session bus"));
        QCOMPARE(bus, QStringLiteral("no D-Bus session bus — QtKeychain error 7"));
        QVERIFY(KeychainSecretStore::reasonFor(5, QString(), QString())
                    .startsWith(QLatin1String("no keychain service is running")));
    }

    void qtKeychainWithoutSessionBusIsUnavailable()
    {
        // ctest sets a bogus address; run by hand, make sure this never meets a real keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dcsdesk-test-bus");
        KeychainSecretStore store;
        const SecretKey key{QStringLiteral("tst_secrets"), QStringLiteral("e"),
                            QStringLiteral("v")};
        const SecretStore::Reply read = store.readNow(key, 20000);
        QCOMPARE(read.status, SecretStore::Status::Unavailable);
        QVERIFY(!read.error.isEmpty());
        qInfo("QtKeychain without a session bus: %s", qPrintable(read.error));
        // Plain words first, QtKeychain's code after; never a bare "Unknown error" (finding 9).
        QVERIFY2(read.error.contains(QLatin1String("QtKeychain error")), qPrintable(read.error));
        QVERIFY2(!read.error.startsWith(QLatin1String("Unknown error")), qPrintable(read.error));

        EnvironmentSecrets secrets(&store);
        QSignalSpy unavailable(&secrets, &EnvironmentSecrets::keychainUnavailable);
        secrets.set(QStringLiteral("tst_secrets"), QStringLiteral("production"),
                    QStringLiteral("partnerToken"), QStringLiteral("never-written"));
        QVERIFY(unavailable.wait(20000) || unavailable.count() == 1);
        QCOMPARE(unavailable.count(), 1);
        SessionSecrets::Source source = SessionSecrets::Source::None;
        QCOMPARE(valueOf(secrets, &source), QStringLiteral("never-written"));
        QCOMPARE(source, SessionSecrets::Source::Session);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
