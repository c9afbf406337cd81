#pragma once

#include "aamrestclient.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <QVector>

namespace dcsdesk {

// One saved way to reach an Audience Manager account, under a name the user chose: the local
// account DCS Desk serves from a workspace file, an Adobe account with an OAuth
// Server-to-Server credential, or one that still uses the deprecated legacy OAuth (a user name
// and password). Only what is not secret is here; the secrets live in the system keychain under
// clientSecretKey() and passwordKey(), which name the credential rather than the connection, so a
// renamed connection keeps them and two connections with one credential share them.
struct AamConnection
{
    Q_DECLARE_TR_FUNCTIONS(AamConnection)

public:
    enum class Method { LocalAccount, ServerToServer, LegacyOAuth };

    QString name;
    Method method = Method::ServerToServer;
    QString localAccountFile; // LocalAccount: the workspace it is made of; empty: the sample
    QUrl baseUrl;             // https://aam.adobe.io, https://api.demdex.com, or another address
    QUrl tokenUrl;            // empty: the method's default (AamRestClient::defaultTokenUrl)
    QString clientId;
    QString orgId;    // ServerToServer
    QString scope;    // ServerToServer; empty: AamRestClient's default scopes
    QString username; // LegacyOAuth

    SecretKey clientSecretKey() const;
    SecretKey passwordKey() const; // LegacyOAuth
    // The client secret's key, then (legacy OAuth) the password's; none for the local account.
    QVector<SecretKey> secretKeys() const;
    // The client's settings for this connection, without its secrets.
    AamRestClient::Settings settings() const;
    // What keeps the connection from being used (translated), or empty.
    QString problem() const;

    QJsonObject toJson() const;
    static AamConnection fromJson(const QJsonObject &object);
    static QString methodKey(Method method); // "local", "oauth-server-to-server", "legacy-oauth"
    static bool methodFromKey(const QString &key, Method *method);
    QString methodText() const; // translated, for lists
};

// The saved connections, shared by the app and dcsdesk-cli in one JSON file in the
// configuration folder. A file that cannot be read is never written over: load() says why, and
// save() refuses until the user has mended or moved it, so a typo in a hand edit never costs the
// other connections.
class AamConnectionList
{
    Q_DECLARE_TR_FUNCTIONS(AamConnectionList)

public:
    // ~/.config/DCS Desk/aam-connections.json on Linux (QStandardPaths::AppConfigLocation).
    static QString defaultPath();

    explicit AamConnectionList(QString path = defaultPath());

    QString path() const { return m_path; }
    bool load(QString *error); // a missing file is an empty list
    bool save(QString *error) const;

    const QVector<AamConnection> &connections() const { return m_connections; }
    const AamConnection *find(const QString &name) const; // case-insensitive, as names are shown
    void put(const AamConnection &connection);            // adds, or replaces the one of its name
    bool remove(const QString &name);
    QString lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QString &name) { m_lastUsed = name; }
    QStringList names() const;
    // The keychain entries of the named connection that no other saved connection uses: what
    // forgetting it may remove without breaking another.
    QVector<SecretKey> secretKeysOnlyUsedBy(const QString &name) const;

private:
    QString m_path;
    QVector<AamConnection> m_connections;
    QString m_lastUsed;
    QString m_unreadable; // why the file could not be read; save() refuses while it is set
};

} // namespace dcsdesk
