#include "generatecommand.h"

#include "workspace/workspacefile.h"
#include "workspace/workspacegenerator.h"

#include <QJsonObject>

namespace dcsdesk {

QString GenerateCommand::summary() const
{
    return tr("Write a generated workspace (by default at the account limits: 1,000 destinations, "
              "20,000 segments, 100,000 mappings), the same for the same seed.");
}

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("out"), tr("The workspace file to write."),
                                 tr("OUT.json"));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), tr("The seed (default 1)."),
                                        tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("destinations"),
                                        tr("Number of destinations (default 1000)."),
                                        tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("segments"),
                                        tr("Number of segments (default 20000)."),
                                        tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("mappings"),
                                        tr("Number of mappings (default 100000)."),
                                        tr("n")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("date"),
        tr("The day the mapping schedules are spread around (YYYY-MM-DD; default today)."),
        tr("day")));
}

int GenerateCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("generate-workspace takes one output file."));
    WorkspaceGenerator::Options options;
    struct Count
    {
        const char *name;
        qint64 *value;
        qint64 min;
        qint64 max;
    };
    qint64 seed = options.seed;
    qint64 destinations = options.destinations;
    qint64 segments = options.segments;
    qint64 mappings = options.mappings;
    const Count counts[] = {{"destinations", &destinations, 1, 100000},
                            {"segments", &segments, 1, 1000000},
                            {"mappings", &mappings, 0, 10000000},
                            {"seed", &seed, 0, 0xffffffffLL}};
    for (const Count &c : counts) {
        const QString name = QLatin1String(c.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < c.min || v > c.max)
            return io.fail(ExitBadInput, tr("--%1 takes a whole number from %2 to %3, not “%4”.")
                                             .arg(name, QString::number(c.min),
                                                  QString::number(c.max), parser.value(name)));
        *c.value = v;
    }
    options.seed = quint32(seed);
    options.destinations = int(destinations);
    options.segments = int(segments);
    options.mappings = int(mappings);
    options.largestDestinationMappings = qMin(options.largestDestinationMappings, options.mappings);
    if (parser.isSet(QStringLiteral("date"))) {
        options.referenceDate =
            QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.referenceDate.isValid())
            return io.fail(ExitBadInput, tr("--date takes a day as YYYY-MM-DD, not “%1”.")
                                             .arg(parser.value(QStringLiteral("date"))));
    }
    const Workspace ws = WorkspaceGenerator::generate(options);
    const QString path = args.first();
    QString error;
    WorkspaceFile::Stamp stamp;
    // An unknown stamp: save() refuses to overwrite anything but a workspace.
    if (!WorkspaceFile::save(ws, path, WorkspaceFile::Stamp(), &stamp, &error))
        return io.fail(ExitBadInput, error);
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("workspace"), path},
                                 {QStringLiteral("seed"), qint64(options.seed)},
                                 {QStringLiteral("destinations"), int(ws.destinations.size())},
                                 {QStringLiteral("segments"), int(ws.segments.size())},
                                 {QStringLiteral("mappings"), int(ws.mappings.size())},
                                 {QStringLiteral("bytes"), stamp.size}});
        return ExitOk;
    }
    io.out << tr("%1: %2 destinations, %3 segments, %4 mappings (seed %5).")
                  .arg(path, QString::number(ws.destinations.size()),
                       QString::number(ws.segments.size()), QString::number(ws.mappings.size()),
                       QString::number(options.seed))
           << Qt::endl;
    return ExitOk;
}

} // namespace dcsdesk
