#include "cookiecommand.h"

#include "clitext.h"
#include "dcs/aamcookies.h"

#include <QJsonArray>

namespace dcsdesk {

QString CookieCommand::summary() const
{
    return tr("Decode Audience Manager cookies: demdex, dextp, dst and AMCV.");
}

void CookieCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("cookies"),
                                 tr("A Cookie header or name=value pairs separated by ;, or - "
                                    "for stdin."),
                                 tr("COOKIES|-"));
    parser.addOption(QCommandLineOption(QStringLiteral("now"),
                                        tr("Judge expiry at this time (ISO 8601) instead of now."),
                                        tr("time")));
}

int CookieCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("cookie takes one Cookie header, or - for stdin."));
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
    const QVector<AamCookies::Decoded> cookies = AamCookies::decodeCookieHeader(input, now);
    if (cookies.isEmpty())
        return io.fail(ExitBadInput, tr("No cookies found: give them as name=value; name=value."));
    bool problems = false;
    for (const AamCookies::Decoded &c : cookies) {
        problems |= !c.demdex.notes.isEmpty() || c.demdex.optedOut || !c.dextp.notes.isEmpty() ||
                    c.dextp.optedOut || !c.dst.notes.isEmpty() ||
                    (c.kind == AamCookies::Kind::Amcv && (!c.amcv.ok || c.amcv.optOut == 1));
    }
    const int code = problems ? ExitFindings : ExitOk;
    if (io.json) {
        QJsonArray list;
        for (const AamCookies::Decoded &c : cookies)
            list.append(AamCookies::toJson(c));
        io.printJson(
            QJsonObject{{QStringLiteral("cookies"), list}, {QStringLiteral("exitCode"), code}});
        return code;
    }
    io.out << CliText::cookies(cookies);
    io.out.flush();
    return code;
}

} // namespace dcsdesk
