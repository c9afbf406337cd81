#include "aamconnections.h"

#include "system/colontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace dcsdesk {

namespace {

const QString FormatName = QStringLiteral("dcsdesk-aam-connections");
const int FormatVersion = 1;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

void putText(QJsonObject *object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object->insert(QLatin1String(key), value);
}

} // namespace

SecretKey AamConnection::clientSecretKey() const
{
    if (method == Method::LegacyOAuth)
        return SecretKey{QStringLiteral("Audience Manager legacy OAuth"), baseUrl.host(),
                         clientId};
    // The key the connect dialog used before connections had names: secrets kept then still open.
    return SecretKey{QStringLiteral("Audience Manager connection"), orgId, clientId};
}

SecretKey AamConnection::passwordKey() const
{
    return SecretKey{QStringLiteral("Audience Manager legacy OAuth password"), baseUrl.host(),
                     username};
}

QVector<SecretKey> AamConnection::secretKeys() const
{
    switch (method) {
    case Method::LocalAccount:
        return {};
    case Method::ServerToServer:
        return {clientSecretKey()};
    case Method::LegacyOAuth:
        return {clientSecretKey(), passwordKey()};
    }
    return {};
}

AamRestClient::Settings AamConnection::settings() const
{
    AamRestClient::Settings s;
    s.auth = method == Method::LegacyOAuth ? AamRestClient::Auth::LegacyOAuth
                                           : AamRestClient::Auth::ServerToServer;
    s.baseUrl = baseUrl;
    s.tokenUrl = tokenUrl;
    s.clientId = clientId;
    s.orgId = orgId;
    s.username = username;
    if (!scope.isEmpty())
        s.scope = scope;
    return s;
}

QString AamConnection::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The connection has no name.");
    if (method == Method::LocalAccount)
        return QString();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        return tr("The connection \"%1\" has no valid REST API address (\"%2\"): write it whole, "
                  "with https:// or http://, such as https://aam.adobe.io or "
                  "http://127.0.0.1:8080.")
            .arg(name, baseUrl.toString());
    if (clientId.isEmpty())
        return tr("The connection \"%1\" has no client ID.").arg(name);
    if (method == Method::ServerToServer && orgId.isEmpty())
        return tr("The connection \"%1\" has no organization ID.").arg(name);
    if (method == Method::LegacyOAuth && username.isEmpty())
        return tr("The connection \"%1\" has no user name.").arg(name);
    return QString();
}

QString AamConnection::methodKey(Method method)
{
    switch (method) {
    case Method::LocalAccount:
        return QStringLiteral("local");
    case Method::ServerToServer:
        return QStringLiteral("oauth-server-to-server");
    case Method::LegacyOAuth:
        return QStringLiteral("legacy-oauth");
    }
    return QString();
}

bool AamConnection::methodFromKey(const QString &key, Method *method)
{
    for (Method m : {Method::LocalAccount, Method::ServerToServer, Method::LegacyOAuth}) {
        if (methodKey(m) == key) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString AamConnection::methodText() const
{
    switch (method) {
    case Method::LocalAccount:
        return tr("Local account (offline)");
    case Method::ServerToServer:
        return tr("OAuth Server-to-Server");
    case Method::LegacyOAuth:
        return tr("Legacy OAuth (deprecated)");
    }
    return QString();
}

QJsonObject AamConnection::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("method"), methodKey(method)}};
    putText(&o, "localAccountFile", localAccountFile);
    putText(&o, "baseUrl", baseUrl.toString());
    putText(&o, "tokenUrl", tokenUrl.toString());
    putText(&o, "clientId", clientId);
    putText(&o, "orgId", orgId);
    putText(&o, "scope", scope);
    putText(&o, "username", username);
    return o;
}

AamConnection AamConnection::fromJson(const QJsonObject &object)
{
    AamConnection c;
    c.name = text(object, "name");
    if (!methodFromKey(text(object, "method"), &c.method))
        c.method = Method::ServerToServer;
    c.localAccountFile = text(object, "localAccountFile");
    c.baseUrl = QUrl(text(object, "baseUrl"));
    c.tokenUrl = QUrl(text(object, "tokenUrl"));
    c.clientId = text(object, "clientId");
    c.orgId = text(object, "orgId");
    c.scope = text(object, "scope");
    c.username = text(object, "username");
    return c;
}

QString AamConnectionList::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/aam-connections.json");
}

AamConnectionList::AamConnectionList(QString path) : m_path(std::move(path)) {}

bool AamConnectionList::load(QString *error)
{
    m_connections.clear();
    m_lastUsed.clear();
    m_unreadable.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    const auto refuse = [&](const QString &why) {
        m_connections.clear();
        m_unreadable = tr("The saved connections in %1 cannot be read: %2. Nothing is written to "
                          "that file until you repair it or move it away.")
                           .arg(QDir::toNativeSeparators(m_path), why);
        if (error)
            *error = m_unreadable;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return true; // an empty file holds no connection to lose
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != FormatName)
        return refuse(tr("it is not a DCS Desk connections file (\"format\" is not \"%1\")")
                          .arg(FormatName));
    if (root.value(QStringLiteral("version")).toInt() > FormatVersion)
        return refuse(tr("it was written by a newer DCS Desk (version %1)")
                          .arg(root.value(QStringLiteral("version")).toInt()));
    const QJsonArray list = root.value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        AamConnection::Method method;
        if (!AamConnection::methodFromKey(text(object, "method"), &method))
            return refuse(tr("the connection \"%1\" has an unknown method \"%2\"")
                              .arg(text(object, "name"), text(object, "method")));
        const AamConnection connection = AamConnection::fromJson(object);
        if (connection.name.trimmed().isEmpty() || find(connection.name))
            return refuse(tr("a connection has no name, or a name used twice (\"%1\")")
                              .arg(connection.name));
        m_connections.append(connection);
    }
    m_lastUsed = text(root, "lastUsed");
    return true;
}

bool AamConnectionList::save(QString *error) const
{
    if (!m_unreadable.isEmpty()) {
        if (error)
            *error = m_unreadable;
        return false;
    }
    QJsonArray list;
    for (const AamConnection &connection : m_connections)
        list.append(connection.toJson());
    QJsonObject root{{QStringLiteral("format"), FormatName},
                     {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("connections"), list}};
    if (!m_lastUsed.isEmpty())
        root.insert(QStringLiteral("lastUsed"), m_lastUsed);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The saved connections cannot be written to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path),
                              ColonText::continued(file.errorString()));
        return false;
    }
    return true;
}

const AamConnection *AamConnectionList::find(const QString &name) const
{
    for (const AamConnection &connection : m_connections) {
        if (connection.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &connection;
    }
    return nullptr;
}

void AamConnectionList::put(const AamConnection &connection)
{
    for (AamConnection &existing : m_connections) {
        if (existing.name.compare(connection.name, Qt::CaseInsensitive) == 0) {
            existing = connection;
            return;
        }
    }
    m_connections.append(connection);
}

bool AamConnectionList::remove(const QString &name)
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_connections.removeAt(i);
            if (m_lastUsed.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                m_lastUsed.clear();
            return true;
        }
    }
    return false;
}

QVector<SecretKey> AamConnectionList::secretKeysOnlyUsedBy(const QString &name) const
{
    const AamConnection *owner = find(name);
    if (!owner)
        return {};
    QVector<SecretKey> keys;
    for (const SecretKey &key : owner->secretKeys()) {
        bool shared = false;
        for (const AamConnection &other : m_connections) {
            if (&other == owner)
                continue;
            for (const SecretKey &theirs : other.secretKeys())
                shared = shared || theirs.toString() == key.toString();
        }
        if (!shared)
            keys.append(key);
    }
    return keys;
}

QStringList AamConnectionList::names() const
{
    QStringList out;
    for (const AamConnection &connection : m_connections)
        out << connection.name;
    return out;
}

} // namespace dcsdesk
