#include "aamcommand.h"

#include "clienvironment.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "system/colontext.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dcsdesk {

namespace {

// The keychain entries a connection's secrets live under, with the variable each comes from.
struct SecretSlot
{
    const char *variable;
    SecretKey key;
    QString value;
};

QVector<SecretSlot> secretSlots(const AamConnection &connection,
                                const AamRestClient::Settings &settings)
{
    const QVector<SecretKey> keys = connection.secretKeys(); // client secret, then password
    const char *const variables[] = {AamRestApi::SecretVariable, AamRestApi::PasswordVariable};
    const QString values[] = {settings.clientSecret, settings.password};
    QVector<SecretSlot> entries;
    for (int i = 0; i < keys.size() && i < 2; ++i)
        entries.append({variables[i], keys.at(i), values[i]});
    return entries;
}

QString addressOf(const AamConnection &connection)
{
    if (connection.method != AamConnection::Method::LocalAccount)
        return connection.baseUrl.toString();
    return connection.localAccountFile.isEmpty()
               ? AamCommand::tr("the bundled sample workspace")
               : QDir::toNativeSeparators(connection.localAccountFile);
}

} // namespace

int AamCommand::runLogin(CliIo &io, const QCommandLineParser &parser, const QString &name)
{
    AamConnectionList list;
    QString error;
    if (!list.load(&error))
        return io.fail(ExitBadInput, error);
    const AamConnection *existing = list.find(name);
    if (!existing && !parser.isSet(QStringLiteral("base-url")) &&
        !parser.isSet(QStringLiteral("sandbox")))
        return io.fail(ExitBadInput,
                       tr("\"%1\" is a new connection: give --base-url URL with --client-id and "
                          "--org-id (or --legacy-oauth with --client-id and --username), or "
                          "--sandbox for a local account.")
                           .arg(name));
    if (const int code = checkBaseUrl(io, parser); code != ExitOk)
        return code;
    AamConnection connection =
        connectionFromOptions(parser, existing ? *existing : AamConnection());
    connection.name = existing ? existing->name : name.trimmed();
    const QString problem = connection.problem();
    if (!problem.isEmpty())
        return io.fail(ExitBadInput, problem);

    Connection reached;
    reached.settings.pageSize = 1;
    const int code = connectTo(io, parser, connection, true, &reached);
    if (code != ExitOk)
        return code;
    // One call of the API, not only a token: a credential without the Audience Manager API, or
    // a wrong organization, is refused there.
    AamRestClient client(NetworkAccess::manager());
    client.setSettings(reached.settings);
    AamRestClient::Answer answer;
    QEventLoop loop;
    client.call("GET", QStringLiteral("/v1/destinations/?page=0&pageSize=1"), QByteArray(),
                [&](const AamRestClient::Answer &a) {
                    answer = a;
                    loop.quit();
                });
    loop.exec();
    if (!answer.error.isEmpty() || answer.status != 200) {
        const QString why = answer.error.isEmpty()
                                ? tr("HTTP %1 on /v1/destinations/: %2")
                                      .arg(answer.status)
                                      .arg(AamRestClient::messageOf(answer.body))
                                : answer.error;
        return io.fail(ExitNetworkFailure,
                       tr("The connection \"%1\" was not saved: %2").arg(connection.name, why));
    }
    const qint64 destinations =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("total")).toInteger(-1);

    // Secrets given in the environment are kept; those read from the keychain are there already.
    CliSecretStore secrets;
    QStringList notes;
    bool secretsKept = true;
    for (const SecretSlot &slot : secretSlots(connection, reached.settings)) {
        if (qEnvironmentVariableIsEmpty(slot.variable))
            continue;
        const SecretStore::Reply reply = secrets.get()->writeNow(slot.key, slot.value);
        if (reply.status == SecretStore::Status::Ok) {
            notes << tr("The value of %1 is kept in the %2; later commands with --connection "
                        "\"%3\" read it from there.")
                         .arg(QLatin1String(slot.variable), secrets.get()->name(),
                              connection.name);
        } else {
            secretsKept = false;
            notes << tr("The %1 did not keep the value of %2 (%3): set %2 for every command "
                        "that uses this connection.")
                         .arg(secrets.get()->name(), QLatin1String(slot.variable), reply.error);
        }
    }
    // What an update changed, key by key, so a changed method or address is never a surprise.
    QStringList changes;
    if (existing) {
        const QJsonObject before = existing->toJson();
        const QJsonObject after = connection.toJson();
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        for (const QString &key : qAsConst(keys)) {
            const QString was = before.value(key).toString();
            const QString now = after.value(key).toString();
            if (was == now || key == QLatin1String("name"))
                continue;
            if (now.isEmpty())
                changes << tr("%1: %2 removed").arg(key, was);
            else if (was.isEmpty())
                changes << tr("%1: %2 added").arg(key, now);
            else
                changes << tr("%1: %2 → %3").arg(key, was, now);
        }
    }
    list.put(connection);
    list.setLastUsed(connection.name);
    if (!list.save(&error))
        return io.fail(ExitBadInput, error);

    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("connection"), connection.toJson()},
                                 {QStringLiteral("file"), list.path()},
                                 {QStringLiteral("created"), !existing},
                                 {QStringLiteral("changes"), QJsonArray::fromStringList(changes)},
                                 {QStringLiteral("destinations"), destinations},
                                 {QStringLiteral("secretsKept"), secretsKept},
                                 {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                                 {QStringLiteral("exitCode"), ExitOk}});
        return ExitOk;
    }
    io.out << (existing ? tr("Connection \"%1\" updated in %2.") : tr("Connection \"%1\" saved in %2."))
                  .arg(connection.name, QDir::toNativeSeparators(list.path()))
           << Qt::endl;
    for (const QString &change : changes)
        io.out << "  " << change << Qt::endl;
    io.out << tr("The account answered at %1 (%2): %n destination(s).", nullptr,
                 int(qMax<qint64>(0, destinations)))
                  .arg(addressOf(connection), connection.methodText())
           << Qt::endl;
    for (const QString &note : notes)
        io.out << note << Qt::endl;
    io.out << tr("Use it with --connection \"%1\", e.g. %2 aam pull --connection \"%1\" --out "
                 "FILE.")
                  .arg(connection.name, io.program)
           << Qt::endl;
    return ExitOk;
}

int AamCommand::runLogout(CliIo &io, const QCommandLineParser &parser, const QString &name)
{
    AamConnectionList list;
    QString error;
    if (!list.load(&error))
        return io.fail(ExitBadInput, error);
    const AamConnection *found = list.find(name);
    if (!found)
        return io.fail(ExitBadInput,
                       list.connections().isEmpty()
                           ? tr("No connection is saved, so there is none named \"%1\".").arg(name)
                           : tr("No saved connection is named \"%1\". Saved: %2.")
                                 .arg(name, list.names().join(QLatin1String(", "))));
    const AamConnection connection = *found;
    const bool forget = parser.isSet(QStringLiteral("forget"));

    // A secret another saved connection still uses stays.
    QStringList ownKeys;
    for (const SecretKey &key : list.secretKeysOnlyUsedBy(connection.name))
        ownKeys << key.toString();
    CliSecretStore secrets;
    QStringList removed;
    QStringList kept;
    QStringList failed;
    for (const SecretSlot &slot : secretSlots(connection, AamRestClient::Settings())) {
        if (!ownKeys.contains(slot.key.toString())) {
            kept << QLatin1String(slot.variable);
            continue;
        }
        const SecretStore::Reply reply = secrets.get()->removeNow(slot.key);
        if (reply.status == SecretStore::Status::Ok || reply.status == SecretStore::Status::NotFound)
            removed << QLatin1String(slot.variable);
        else
            failed << tr("%1 (%2)").arg(QLatin1String(slot.variable), reply.error);
    }
    if (forget)
        list.remove(connection.name);
    if (forget && !list.save(&error))
        return io.fail(ExitBadInput, error);
    const int exitCode = failed.isEmpty() ? ExitOk : ExitNetworkFailure;
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("connection"), connection.name},
                                 {QStringLiteral("forgotten"), forget},
                                 {QStringLiteral("secretsRemoved"),
                                  QJsonArray::fromStringList(removed)},
                                 {QStringLiteral("secretsKeptForOthers"),
                                  QJsonArray::fromStringList(kept)},
                                 {QStringLiteral("failed"), QJsonArray::fromStringList(failed)},
                                 {QStringLiteral("exitCode"), exitCode}});
        return exitCode;
    }
    if (!removed.isEmpty())
        io.out << tr("Removed from the %1: the secrets of \"%2\" (%3).")
                      .arg(secrets.get()->name(), connection.name,
                           removed.join(QLatin1String(", ")))
               << Qt::endl;
    if (!kept.isEmpty())
        io.out << tr("Kept in the %1, because another saved connection uses the same "
                     "credential: %2.")
                      .arg(secrets.get()->name(), kept.join(QLatin1String(", ")))
               << Qt::endl;
    for (const QString &failure : failed)
        io.err << tr("Not removed from the %1: %2")
                      .arg(secrets.get()->name(), ColonText::continued(failure))
               << Qt::endl;
    if (forget)
        io.out << tr("The connection \"%1\" is no longer saved.").arg(connection.name)
               << Qt::endl;
    else if (failed.isEmpty())
        io.out << tr("The connection \"%1\" stays saved without its secrets; %2 aam login "
                     "\"%1\" keeps them again, --forget removes the connection too.")
                      .arg(connection.name, io.program)
               << Qt::endl;
    else
        io.out << tr("The connection \"%1\" stays saved; its secrets could not be removed "
                     "(above).")
                      .arg(connection.name)
               << Qt::endl;
    return exitCode;
}

int AamCommand::runConnections(CliIo &io, const QCommandLineParser &)
{
    AamConnectionList list;
    QString error;
    if (!list.load(&error))
        return io.fail(ExitBadInput, error);
    if (io.json) {
        QJsonArray connections;
        for (const AamConnection &connection : list.connections())
            connections.append(connection.toJson());
        io.printJson(QJsonObject{{QStringLiteral("file"), list.path()},
                                 {QStringLiteral("lastUsed"), list.lastUsed()},
                                 {QStringLiteral("connections"), connections},
                                 {QStringLiteral("exitCode"), ExitOk}});
        return ExitOk;
    }
    if (list.connections().isEmpty()) {
        io.out << tr("No connection is saved (%1). Save one with %2 aam login NAME ….")
                      .arg(QDir::toNativeSeparators(list.path()), io.program)
               << Qt::endl;
        return ExitOk;
    }
    for (const AamConnection &connection : list.connections()) {
        QString line = tr("%1: %2, %3").arg(connection.name, connection.methodText(),
                                            addressOf(connection));
        if (!connection.clientId.isEmpty())
            line += tr(", client ID %1").arg(connection.clientId);
        if (!connection.orgId.isEmpty())
            line += tr(", organization %1").arg(connection.orgId);
        if (!connection.username.isEmpty())
            line += tr(", user %1").arg(connection.username);
        if (connection.name == list.lastUsed())
            line += tr(" (last used)");
        io.out << line << Qt::endl;
    }
    return ExitOk;
}

} // namespace dcsdesk
