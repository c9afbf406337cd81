#include "cliio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dcsdesk {

CliIo::CliIo(QTextStream &outStream, QTextStream &errStream, std::function<QByteArray()> readStdin)
    : out(outStream), err(errStream), m_readStdin(std::move(readStdin))
{
}

void CliIo::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

int CliIo::fail(int exitCode, const QString &message)
{
    QString line = message.simplified();
    if (json) {
        printJson(
            QJsonObject{{QStringLiteral("error"), line}, {QStringLiteral("exitCode"), exitCode}});
    } else {
        err << program << QStringLiteral(": ") << line << Qt::endl;
    }
    return exitCode;
}

} // namespace dcsdesk
