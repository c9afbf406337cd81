#include "errorcodescommand.h"

#include "dcs/dcserrorcatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

QString ErrorCodesCommand::summary() const
{
    return tr("Explain DCS error codes (all of them, or the codes given).");
}

void ErrorCodesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("codes"), tr("Error codes to explain."),
                                 tr("[CODE...]"));
}

int ErrorCodesCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    QVector<int> codes;
    for (const QString &arg : parser.positionalArguments()) {
        for (const QString &part : arg.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int code = part.trimmed().toInt(&ok);
            if (!ok || code < 0)
                return io.fail(ExitBadInput, tr("“%1” is not an error code.").arg(part));
            codes.append(code);
        }
    }
    if (codes.isEmpty()) {
        for (const DcsErrorInfo &info : DcsErrorCatalog::all())
            codes.append(info.code);
    }
    if (io.json) {
        QJsonArray list;
        for (int code : codes) {
            const DcsErrorInfo *info = DcsErrorCatalog::find(code);
            QJsonObject o{{QStringLiteral("code"), code},
                          {QStringLiteral("group"),
                           DcsErrorCatalog::groupKey(DcsErrorCatalog::groupOf(code))},
                          {QStringLiteral("documented"), info != nullptr}};
            if (info) {
                o.insert(QStringLiteral("message"), info->message());
                o.insert(QStringLiteral("meaning"), info->meaning());
            }
            list.append(o);
        }
        io.printJson(QJsonObject{{QStringLiteral("errors"), list}});
        return ExitOk;
    }
    for (int code : codes) {
        const DcsErrorInfo *info = DcsErrorCatalog::find(code);
        io.out << QString::number(code).leftJustified(4) << QLatin1Char(' ')
               << DcsErrorCatalog::groupName(DcsErrorCatalog::groupOf(code)) << Qt::endl;
        if (info) {
            io.out << QStringLiteral("     ") << info->message() << Qt::endl;
            io.out << QStringLiteral("     ") << info->meaning() << Qt::endl;
        } else {
            io.out << QStringLiteral("     ") << DcsErrorCatalog::explain(code) << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace dcsdesk
