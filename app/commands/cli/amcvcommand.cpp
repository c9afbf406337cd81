#include "amcvcommand.h"

#include "clitext.h"
#include "dcs/amcvcookie.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/shellquote.h"
#include "domain/region.h"

namespace dcsdesk {

QString AmcvCommand::summary() const
{
    return tr("Decode an AMCV cookie and show the server-to-server call it gives.");
}

void AmcvCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("value"),
                                 tr("The cookie value (raw or URL-encoded), AMCV_...=value, a "
                                    "Cookie header, or - for stdin."),
                                 tr("VALUE|-"));
    parser.addOption(QCommandLineOption(QStringLiteral("now"),
                                        tr("Judge expiry at this time (ISO 8601) instead of now."),
                                        tr("time")));
}

int AmcvCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("amcv takes one cookie value, or - for stdin."));
    const QString input =
        args.first() == QLatin1String("-") ? QString::fromUtf8(io.readStdin()) : args.first();
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            return io.fail(ExitBadInput, tr("--now takes an ISO 8601 time such as "
                                            "2019-11-01T00:00:00Z, not “%1”.")
                                             .arg(parser.value(QStringLiteral("now"))));
    }
    const AmcvCookie cookie = AmcvCookie::parse(input, now);
    if (!cookie.ok)
        return io.fail(ExitBadInput, cookie.error);

    DcsRequest request;
    const int region = cookie.fillRequest(request);
    const DcsRegion *r = region > 0 ? DcsRegion::find(region) : nullptr;
    const bool complete = !cookie.mcmid.isEmpty() && r && cookie.optOut != 1;
    const int code = complete ? ExitOk : ExitFindings;

    QStringList command{io.program, QStringLiteral("send")};
    if (r)
        command << QStringLiteral("--region") << QString::number(region);
    if (!cookie.mcmid.isEmpty())
        command << QStringLiteral("--mid") << cookie.mcmid;
    if (!cookie.orgId.isEmpty())
        command << QStringLiteral("--orgid") << ShellQuote::quote(cookie.orgId);
    command << QStringLiteral("--alias") << QStringLiteral("ALIAS");

    if (io.json) {
        QJsonObject o = cookie.toJson();
        o.insert(QStringLiteral("request"), request.toJson());
        o.insert(QStringLiteral("regionId"), region > 0 ? QJsonValue(region) : QJsonValue());
        o.insert(QStringLiteral("command"), command.join(QLatin1Char(' ')));
        o.insert(QStringLiteral("exitCode"), code);
        io.printJson(o);
        return code;
    }
    io.out << CliText::amcv(cookie);
    io.out << Qt::endl << tr("Server-to-server call:") << Qt::endl;
    if (!cookie.mcmid.isEmpty())
        io.out << QStringLiteral("  d_mid=") << cookie.mcmid
               << (cookie.orgId.isEmpty() ? QString() : QStringLiteral("&d_orgid=") + cookie.orgId)
               << Qt::endl;
    io.out << QStringLiteral("  ")
           << (r ? tr("Regional host: %1 (region %2)").arg(r->host).arg(region)
                 : tr("Region unknown: the cookie has no valid location hint."))
           << Qt::endl;
    io.out << QStringLiteral("  ") << command.join(QLatin1Char(' ')) << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
