#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

namespace dcsdesk {

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_key(key)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this,
                    [this, socket]() { readRequest(socket); });
            if (socket->bytesAvailable() > 0)
                readRequest(socket);
        }
    });
}

QString SingleInstance::defaultKey()
{
    const QByteArray where =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    const QByteArray hash =
        QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("dcsdesk-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::forward(const QString &key, const QString &path, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("open"), path}}).toJson(QJsonDocument::Compact);
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the running instance read the request (it may still ask the user).
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    if (m_server.listen(m_key))
        return true;
    // A crashed instance leaves its socket behind: nobody answers on it, so it is taken over.
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        QLocalSocket probe;
        probe.connectToServer(m_key);
        if (!probe.waitForConnected(500)) {
            QLocalServer::removeServer(m_key);
            if (m_server.listen(m_key))
                return true;
        }
    }
    if (error)
        *error = m_server.errorString();
    return false;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine())
        return;
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
    socket->write("ok\n");
    socket->flush();
    Q_EMIT openRequested(request.value(QStringLiteral("open")).toString());
}

} // namespace dcsdesk
