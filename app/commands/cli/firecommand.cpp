#include "firecommand.h"

#include "firing/destinationfiring.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dcsdesk {

QString FireCommand::summary() const
{
    return tr("Show what a destination fires for a user in the given segments: pixels, cookie "
              "or server-to-server values.");
}

void FireCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("workspace"), tr("The workspace file."),
                                 tr("WORKSPACE"));
    parser.addOption(QCommandLineOption(QStringLiteral("destination"), tr("The destination ID."),
                                        tr("id")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("segments"),
        tr("The segments the user qualifies for (IDs, comma-separated); default: every segment "
           "the destination maps."),
        tr("sids")));
    parser.addOption(QCommandLineOption(QStringLiteral("date"),
                                        tr("The day of the call (YYYY-MM-DD; default today)."),
                                        tr("day")));
    parser.addOption(QCommandLineOption(QStringLiteral("uuid"), tr("The user's AAM ID for %did%."),
                                        tr("id")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("rnd"), tr("A fixed value for %rnd% (default: a new random number)."),
        tr("value")));
}

int FireCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("fire takes one workspace file and --destination ID."));
    bool ok = false;
    const qint64 destinationId = parser.value(QStringLiteral("destination")).toLongLong(&ok);
    if (!ok || destinationId <= 0)
        return io.fail(ExitBadInput, tr("fire needs --destination with a destination ID."));
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return io.fail(ExitBadInput, tr("--date takes a day as YYYY-MM-DD, not “%1”.")
                                             .arg(parser.value(QStringLiteral("date"))));
    }
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(args.first());
    if (!loaded.ok)
        return io.fail(ExitBadInput, loaded.error);
    const Workspace &ws = loaded.workspace;
    const Destination *d = ws.destination(destinationId);
    if (!d)
        return io.fail(ExitBadInput, tr("The workspace has no destination %1.").arg(destinationId));

    QSet<qint64> sids;
    if (parser.isSet(QStringLiteral("segments"))) {
        for (const QString &part :
             parser.value(QStringLiteral("segments")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 sid = part.trimmed().toLongLong(&ok);
            if (!ok || sid <= 0)
                return io.fail(
                    ExitBadInput,
                    tr("--segments takes segment IDs separated by commas, not “%1”.").arg(part));
            sids.insert(sid);
        }
    } else {
        for (int i : ws.mappingIndexesOf(destinationId))
            sids.insert(ws.mappings[i].sid);
    }
    // Mapped segments of the request that do not fire on that day, and why.
    QStringList skipped;
    QJsonArray skippedJson;
    QSet<qint64> mapped;
    for (int i : ws.mappingIndexesOf(destinationId)) {
        const SegmentMapping &m = ws.mappings[i];
        if (!sids.contains(m.sid))
            continue;
        mapped.insert(m.sid);
        const auto schedule = m.scheduleOn(day);
        if (schedule == SegmentMapping::Schedule::Active)
            continue;
        const QString reason =
            schedule == SegmentMapping::Schedule::Expired
                ? tr("segment %1: the mapping ended on %2")
                      .arg(QString::number(m.sid), m.endDate.toString(Qt::ISODate))
                : tr("segment %1: the mapping starts on %2")
                      .arg(QString::number(m.sid), m.startDate.toString(Qt::ISODate));
        skipped << reason;
        skippedJson.append(
            QJsonObject{{QStringLiteral("sid"), m.sid},
                        {QStringLiteral("reason"), schedule == SegmentMapping::Schedule::Expired
                                                       ? QStringLiteral("expired")
                                                       : QStringLiteral("future")}});
    }
    for (qint64 sid : sids) {
        if (!mapped.contains(sid)) {
            skipped << tr("segment %1: not mapped to this destination").arg(sid);
            skippedJson.append(QJsonObject{{QStringLiteral("sid"), sid},
                                           {QStringLiteral("reason"), QStringLiteral("unmapped")}});
        }
    }

    FireContext context;
    context.uuid = parser.value(QStringLiteral("uuid"));
    context.rnd = parser.value(QStringLiteral("rnd"));
    const FireResult result = DestinationFiring::fire(
        *d, DestinationFiring::activeMappings(ws, destinationId, sids, day), context);
    const bool fires = !result.pixels.isEmpty() || result.cookie || !result.s2sValues.isEmpty();
    const int code = fires ? ExitOk : ExitFindings;

    if (io.json) {
        QJsonObject out{{QStringLiteral("destination"), destinationId},
                        {QStringLiteral("name"), d->name},
                        {QStringLiteral("type"), Destination::typeKey(d->type)},
                        {QStringLiteral("date"), day.toString(Qt::ISODate)}};
        QJsonArray pixels;
        for (const FiredPixel &p : result.pixels) {
            QJsonArray ids;
            for (qint64 sid : p.sids)
                ids.append(sid);
            pixels.append(QJsonObject{{QStringLiteral("url"), p.url},
                                      {QStringLiteral("secureUrl"), p.secureUrl},
                                      {QStringLiteral("sids"), ids}});
        }
        out.insert(QStringLiteral("pixels"), pixels);
        if (result.cookie) {
            QJsonArray ids;
            for (qint64 sid : result.cookie->sids)
                ids.append(sid);
            out.insert(
                QStringLiteral("cookie"),
                QJsonObject{{QStringLiteral("name"), result.cookie->name},
                            {QStringLiteral("value"), result.cookie->value},
                            {QStringLiteral("domain"), result.cookie->domain},
                            {QStringLiteral("ttlDays"), result.cookie->ttlDays},
                            {QStringLiteral("sids"), ids},
                            {QStringLiteral("droppedForSize"), result.cookie->droppedForSize}});
        }
        out.insert(QStringLiteral("s2s"), QJsonArray::fromStringList(result.s2sValues));
        out.insert(QStringLiteral("skipped"), skippedJson);
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        out.insert(QStringLiteral("exitCode"), code);
        io.printJson(out);
        return code;
    }

    io.out << tr("%1 (%2) on %3:")
                  .arg(d->name, Destination::typeName(d->type), day.toString(Qt::ISODate))
           << Qt::endl;
    const auto line = [&](const QString &label, const QString &value) {
        io.out << QStringLiteral("  ") << tr("%1: %2").arg(label, value) << Qt::endl;
    };
    for (const FiredPixel &p : result.pixels) {
        line(tr("pixel"), p.url);
        if (p.secureUrl != p.url)
            line(tr("secure"), p.secureUrl);
    }
    if (result.cookie) {
        line(tr("cookie"), result.cookie->name + QLatin1Char('=') + result.cookie->value);
        io.out << QStringLiteral("  ")
               << tr("domain %1, expires after %n day(s)", nullptr, result.cookie->ttlDays)
                      .arg(result.cookie->domain.isEmpty() ? tr("(all domains)")
                                                           : result.cookie->domain)
               << Qt::endl;
    }
    for (const QString &value : result.s2sValues)
        line(tr("server-to-server value"), value);
    if (!fires)
        io.out << QStringLiteral("  ") << tr("Nothing fires: no active mapping for these segments.")
               << Qt::endl;
    for (const QString &reason : skipped)
        line(tr("not fired"), reason);
    for (const QString &warning : result.warnings)
        line(tr("warning"), warning);
    io.out.flush();
    return code;
}

} // namespace dcsdesk
