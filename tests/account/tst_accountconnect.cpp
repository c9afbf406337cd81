// The connect dialog's saved connections, tried as a user would: the connections dcsdesk-cli's
// "aam login" saved are offered with the last used one shown and its secret read from the
// keychain; Connect saves what was typed under its name (never a secret in the file); the legacy
// OAuth method asks for its user and password and keeps both in the keychain; Delete forgets a
// connection and only the secrets no other connection uses; the one connection older versions
// remembered in the settings is offered again; an unreadable connections file is never written.

#include "account/accountconnectdialog.h"
#include "aamrest/aamconnections.h"
#include "common/uiprompts.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QtTest>

using namespace dcsdesk;

class TstAccountConnect : public QObject
{
    Q_OBJECT

    template <typename T>
    static T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }

    static AamConnection s2s(const QString &name, const QString &clientId)
    {
        AamConnection c;
        c.name = name;
        c.method = AamConnection::Method::ServerToServer;
        c.baseUrl = QUrl(QStringLiteral("https://aam-beta.adobe.io"));
        c.clientId = clientId;
        c.orgId = QStringLiteral("ORG@AdobeOrg");
        return c;
    }

    static void saveList(const QVector<AamConnection> &connections, const QString &lastUsed)
    {
        AamConnectionList list;
        for (const AamConnection &c : connections)
            list.put(c);
        list.setLastUsed(lastUsed);
        QString error;
        QVERIFY2(list.save(&error), qPrintable(error));
    }

    static QByteArray connectionsFile()
    {
        QFile file(AamConnectionList::defaultPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(AamConnectionList::defaultPath());
        QSettings().remove(QStringLiteral("aamConnection"));
    }

    void cleanup() { UiPrompts::resetHandlers(); }

    void savedConnectionsAreOfferedWithTheLastUsedShown()
    {
        saveList({s2s(QStringLiteral("Production"), QStringLiteral("prod-client")),
                  s2s(QStringLiteral("Beta"), QStringLiteral("beta-client"))},
                 QStringLiteral("Beta"));
        MemorySecretStore secrets;
        QString error;
        QVERIFY(secrets.writeNow(s2s(QStringLiteral("Beta"), QStringLiteral("beta-client"))
                                     .clientSecretKey(),
                                 QStringLiteral("beta-secret"))
                    .status == SecretStore::Status::Ok);
        AccountConnectDialog dialog(&secrets);
        auto *saved = child<QComboBox>(dialog, "savedConnection");
        QCOMPARE(saved->count(), 3); // two and "New connection"
        QCOMPARE(saved->currentText(), QStringLiteral("Beta"));
        QVERIFY(dialog.adobeButton()->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "clientId")->text(), QStringLiteral("beta-client"));
        QCOMPARE(child<QComboBox>(dialog, "environment")->currentIndex(), 1);
        QTRY_COMPARE(child<QLineEdit>(dialog, "clientSecret")->text(),
                     QStringLiteral("beta-secret"));

        // Choosing another shows it; its secret is not in the keychain, and the dialog says so.
        saved->setCurrentIndex(0);
        Q_EMIT saved->activated(0);
        QCOMPARE(child<QLineEdit>(dialog, "clientId")->text(), QStringLiteral("prod-client"));
        QCOMPARE(child<QLineEdit>(dialog, "clientSecret")->text(), QString());
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QLatin1String("holds no client secret")));

        child<QLineEdit>(dialog, "clientSecret")->setText(QStringLiteral("prod-secret"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const AccountConnectDialog::Choice choice = dialog.choice();
        QCOMPARE(choice.connection.name, QStringLiteral("Production"));
        QCOMPARE(choice.displayName, QStringLiteral("Production"));
        QCOMPARE(choice.settings.clientSecret, QStringLiteral("prod-secret"));
        // Connect alone saves nothing; the connection is saved once it worked.
        AamConnectionList before;
        QVERIFY(before.load(nullptr));
        QCOMPARE(before.lastUsed(), QStringLiteral("Beta"));
        QCOMPARE(AccountConnectDialog::remember(choice.connection), QString());
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.lastUsed(), QStringLiteral("Production"));
        QCOMPARE(list.names().size(), 2);
        QVERIFY(!connectionsFile().contains("prod-secret"));
        QVERIFY(!connectionsFile().contains("beta-secret"));
    }

    void newLegacyConnectionKeepsUserAndPasswordInTheKeychain()
    {
        MemorySecretStore secrets;
        AccountConnectDialog dialog(&secrets);
        auto *saved = child<QComboBox>(dialog, "savedConnection");
        QCOMPARE(saved->currentText(), QStringLiteral("New connection"));
        dialog.legacyButton()->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, "orgId")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "username")->isEnabled());
        QVERIFY(child<QComboBox>(dialog, "environment")->itemText(0).contains(
            QLatin1String("api.demdex.com")));
        child<QLineEdit>(dialog, "connectionName")->setText(QStringLiteral("Old integration"));
        child<QLineEdit>(dialog, "clientId")->setText(QStringLiteral("legacy-client"));
        child<QLineEdit>(dialog, "clientSecret")->setText(QStringLiteral("legacy-secret"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("user name and password")),
                 qPrintable(dialog.statusLabel()->text()));
        child<QLineEdit>(dialog, "username")->setText(QStringLiteral("marketer"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("pa55word"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const AccountConnectDialog::Choice choice = dialog.choice();
        QCOMPARE(choice.settings.auth, AamRestClient::Auth::LegacyOAuth);
        QCOMPARE(choice.settings.baseUrl.host(), QStringLiteral("api.demdex.com"));
        QCOMPARE(choice.settings.password, QStringLiteral("pa55word"));
        QCOMPARE(AccountConnectDialog::remember(choice.connection), QString());
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        const AamConnection *stored = list.find(QStringLiteral("Old integration"));
        QVERIFY(stored);
        QCOMPARE(stored->method, AamConnection::Method::LegacyOAuth);
        QCOMPARE(stored->username, QStringLiteral("marketer"));
        QCOMPARE(secrets.contents().value(stored->passwordKey().toString()),
                 QStringLiteral("pa55word"));
        QCOMPARE(secrets.contents().value(stored->clientSecretKey().toString()),
                 QStringLiteral("legacy-secret"));
        QVERIFY(!connectionsFile().contains("pa55word"));
        QVERIFY(!connectionsFile().contains("legacy-secret"));
    }

    void anotherConnectionsNameIsNeverTakenOverAndANewNameAddsOne()
    {
        saveList({s2s(QStringLiteral("Sandbox S2S"), QStringLiteral("s2s-client")),
                  s2s(QStringLiteral("Legacy"), QStringLiteral("legacy-client"))},
                 QStringLiteral("Legacy"));
        MemorySecretStore secrets;
        AccountConnectDialog dialog(&secrets);
        QCOMPARE(child<QComboBox>(dialog, "savedConnection")->currentText(),
                 QStringLiteral("Legacy"));
        child<QLineEdit>(dialog, "clientSecret")->setText(QStringLiteral("x"));
        child<QLineEdit>(dialog, "connectionName")->setText(QStringLiteral("sandbox s2s"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.statusLabel()->text().contains(
                     QLatin1String("already named \"Sandbox S2S\"")),
                 qPrintable(dialog.statusLabel()->text()));

        child<QLineEdit>(dialog, "connectionName")->setText(QStringLiteral("Legacy copy"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(AccountConnectDialog::remember(dialog.choice().connection), QString());
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.names(), (QStringList{QStringLiteral("Sandbox S2S"), QStringLiteral("Legacy"),
                                            QStringLiteral("Legacy copy")}));
        QCOMPARE(list.find(QStringLiteral("Sandbox S2S"))->clientId, QStringLiteral("s2s-client"));
    }

    void withoutKeychainRememberIsOffAndSaysWhy()
    {
        saveList({s2s(QStringLiteral("Production"), QStringLiteral("prod-client"))},
                 QStringLiteral("Production"));
        MemorySecretStore secrets;
        secrets.setUnavailable(QStringLiteral("no D-Bus session bus"));
        AccountConnectDialog dialog(&secrets);
        auto *remember = child<QCheckBox>(dialog, "rememberSecret");
        QTRY_VERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(remember->toolTip().contains(QLatin1String("no D-Bus session bus")));
        child<QLineEdit>(dialog, "clientSecret")->setText(QStringLiteral("typed"));
        dialog.accept(); // one Connect is enough
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(secrets.contents().isEmpty());
        // The next dialog of this run (a failure reopens one) knows it from the start, even when
        // the secret comes from memory and the keychain is not asked again.
        AccountConnectDialog again(&secrets);
        QVERIFY(!child<QCheckBox>(again, "rememberSecret")->isChecked());
        QVERIFY(!child<QCheckBox>(again, "rememberSecret")->isEnabled());
    }

    void deleteForgetsOnlySecretsNoOtherConnectionUses()
    {
        const AamConnection a = s2s(QStringLiteral("A"), QStringLiteral("shared-client"));
        const AamConnection b = s2s(QStringLiteral("B"), QStringLiteral("shared-client"));
        AamConnection c = s2s(QStringLiteral("C"), QStringLiteral("own-client"));
        saveList({a, b, c}, QStringLiteral("C"));
        MemorySecretStore secrets;
        secrets.writeNow(a.clientSecretKey(), QStringLiteral("shared"));
        secrets.writeNow(c.clientSecretKey(), QStringLiteral("own"));
        int asked = 0;
        QString question;
        UiPrompts::setChooseHandler([&](QWidget *, QMessageBox::Icon, const QString &, const QString &text,
                                        const QStringList &, int, int) {
            ++asked;
            question = text;
            return 0;
        });
        AccountConnectDialog dialog(&secrets);
        auto *saved = child<QComboBox>(dialog, "savedConnection");
        QCOMPARE(saved->currentText(), QStringLiteral("C"));
        child<QPushButton>(dialog, "deleteConnection")->click();
        QCOMPARE(asked, 1);
        QVERIFY2(question.contains(QLatin1String("and its secrets")), qPrintable(question));
        QTRY_VERIFY(!secrets.contents().contains(c.clientSecretKey().toString()));
        QCOMPARE(saved->count(), 3); // A, B, New connection

        saved->setCurrentIndex(0); // A shares its secret with B
        Q_EMIT saved->activated(0);
        child<QPushButton>(dialog, "deleteConnection")->click();
        QCOMPARE(asked, 2);
        QVERIFY2(!question.contains(QLatin1String("secrets")), qPrintable(question));
        QCOMPARE(secrets.contents().value(a.clientSecretKey().toString()),
                 QStringLiteral("shared"));
        AamConnectionList list;
        QVERIFY(list.load(nullptr));
        QCOMPARE(list.names(), QStringList{QStringLiteral("B")});
    }

    void theConnectionOfOlderVersionsIsOfferedAgain()
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("aamConnection"));
        settings.setValue(QStringLiteral("local"), false);
        settings.setValue(QStringLiteral("environment"), 0);
        settings.setValue(QStringLiteral("clientId"), QStringLiteral("remembered-client"));
        settings.setValue(QStringLiteral("orgId"), QStringLiteral("REMEMBERED@AdobeOrg"));
        settings.endGroup();
        MemorySecretStore secrets;
        AccountConnectDialog dialog(&secrets);
        QVERIFY(dialog.adobeButton()->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "clientId")->text(), QStringLiteral("remembered-client"));
        QCOMPARE(child<QLineEdit>(dialog, "orgId")->text(), QStringLiteral("REMEMBERED@AdobeOrg"));
    }

    void unreadableFileIsSaidAndNeverWritten()
    {
        QDir().mkpath(QFileInfo(AamConnectionList::defaultPath()).absolutePath());
        QFile file(AamConnectionList::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        MemorySecretStore secrets;
        AccountConnectDialog dialog(&secrets);
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("cannot be read")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!child<QComboBox>(dialog, "savedConnection")->isEnabled());
        dialog.localButton()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(connectionsFile(), QByteArray("not json"));
    }
};

QTEST_MAIN(TstAccountConnect)
#include "tst_accountconnect.moc"
