#include "mappingscommand.h"

#include "csv/mappingcsv.h"
#include "system/colontext.h"
#include "system/inputfile.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dcsdesk {

namespace {

QString resultKey(ImportReportRow::Result result)
{
    switch (result) {
    case ImportReportRow::Result::Added:
        return QStringLiteral("added");
    case ImportReportRow::Result::Updated:
        return QStringLiteral("updated");
    case ImportReportRow::Result::Unchanged:
        return QStringLiteral("unchanged");
    case ImportReportRow::Result::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool parseIds(const QString &text, QList<qint64> *ids)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

} // namespace

QString MappingsCommand::summary() const
{
    return tr("Export segment mappings to CSV, or import them from CSV with a result per row "
              "(--dry-run changes nothing).");
}

void MappingsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("action"), tr("export or import."),
                                 tr("export|import"));
    parser.addPositionalArgument(tr("workspace"), tr("The workspace file."),
                                 tr("WORKSPACE"));
    parser.addPositionalArgument(tr("file"),
                                 tr("The CSV file, or - for standard output/input."),
                                 tr("FILE.csv|-"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("destination"),
        tr("Export: only these destinations (IDs, comma-separated). Import: only rows for this "
           "destination are accepted; other rows are errors."),
        tr("ids")));
    parser.addOption(QCommandLineOption(QStringLiteral("delimiter"),
                                        tr("Export: the delimiter, , (default) or ;."),
                                        tr("char")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        tr("Import: show what would change and write nothing.")));
}

int MappingsCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 ||
        (args[0] != QLatin1String("export") && args[0] != QLatin1String("import")))
        return io.fail(ExitBadInput,
                       tr("Use: mappings export|import WORKSPACE FILE.csv (or - for the file)."));
    return args[0] == QLatin1String("export") ? runExport(io, parser, args[1], args[2])
                                              : runImport(io, parser, args[1], args[2]);
}

// An export writes only a new file or a CSV file: never its own workspace, a device or a FIFO
// (a save there cannot be atomic, and /dev/full swallowed the CSV), nor a JSON document.
QString MappingsCommand::exportTargetRefusal(const QString &workspacePath, const QString &csvPath)
{
    const QFileInfo target(csvPath);
    if (!target.exists())
        return {};
    if (target.canonicalFilePath() == QFileInfo(workspacePath).canonicalFilePath())
        return tr("%1 is the workspace being exported; writing the CSV there would replace it. "
                  "Give the CSV another file name.")
            .arg(csvPath);
    if (!target.isFile())
        return tr("%1 is not a regular file; give the path of a new or existing CSV file (or - "
                  "for standard output).")
            .arg(csvPath);
    QFile existing(csvPath);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray start = existing.read(4096).trimmed();
        if (start.startsWith('{') || start.startsWith('['))
            return tr("%1 holds JSON, not CSV, and would be replaced by the export. Give the CSV "
                      "another file name, or delete that file first if it is not needed.")
                .arg(csvPath);
    }
    return {};
}

int MappingsCommand::runExport(CliIo &io, const QCommandLineParser &parser,
                               const QString &workspacePath, const QString &csvPath)
{
    if (parser.isSet(QStringLiteral("dry-run")))
        return io.fail(ExitBadInput, tr("--dry-run is for import."));
    QChar delimiter = QLatin1Char(',');
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter"));
        if (d != QLatin1String(",") && d != QLatin1String(";"))
            return io.fail(ExitBadInput, tr("--delimiter takes , or ;, not “%1”.").arg(d));
        delimiter = d.at(0);
    }
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(workspacePath);
    if (!loaded.ok)
        return io.fail(ExitBadInput, loaded.error);
    QList<qint64> ids;
    if (parser.isSet(QStringLiteral("destination"))) {
        if (!parseIds(parser.value(QStringLiteral("destination")), &ids))
            return io.fail(ExitBadInput, tr("--destination takes destination IDs separated by "
                                            "commas, such as 12,14."));
        for (qint64 id : ids) {
            if (!loaded.workspace.destination(id))
                return io.fail(ExitBadInput, tr("The workspace has no destination %1.").arg(id));
        }
    }
    const QByteArray bytes = MappingCsv::exportDestinations(loaded.workspace, ids, delimiter);
    int rows = 0;
    for (qint64 id : ids.isEmpty() ? QList<qint64>() : ids)
        rows += loaded.workspace.mappingCountOf(id);
    if (ids.isEmpty())
        rows = int(loaded.workspace.mappings.size());
    if (csvPath == QLatin1String("-")) {
        // The CSV is the output; the summary stays out of it.
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        if (io.out.status() != QTextStream::Ok)
            return io.fail(ExitBadInput, tr("Cannot write the CSV to standard output (is the "
                                            "disk full or the pipe closed?); nothing was "
                                            "exported."));
        return ExitOk;
    }
    if (const QString refusal = exportTargetRefusal(workspacePath, csvPath); !refusal.isEmpty())
        return io.fail(ExitBadInput, refusal);
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return io.fail(ExitBadInput, tr("Cannot write %1: %2").arg(csvPath, file.errorString()));
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("file"), csvPath},
                                 {QStringLiteral("mappings"), rows},
                                 {QStringLiteral("exitCode"), ExitOk}});
    } else {
        io.out << tr("Wrote %n mapping(s) to %1.", nullptr, rows).arg(csvPath) << Qt::endl;
    }
    return ExitOk;
}

int MappingsCommand::runImport(CliIo &io, const QCommandLineParser &parser,
                               const QString &workspacePath, const QString &csvPath)
{
    if (parser.isSet(QStringLiteral("delimiter")))
        return io.fail(ExitBadInput, tr("--delimiter is for export; import detects it."));
    QByteArray bytes;
    if (csvPath == QLatin1String("-")) {
        bytes = io.readStdin();
    } else {
        QString readError;
        if (!InputFile::read(csvPath, WorkspaceFile::MaxFileSize, &bytes, &readError))
            return io.fail(ExitBadInput, readError);
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    WorkspaceDocument document;
    QString error;
    if (!document.load(workspacePath, &error))
        return io.fail(ExitBadInput, error);
    if (!dryRun && document.isReadOnly())
        return io.fail(ExitBadInput, document.readOnlyReason());
    MappingCsv::ImportOptions options;
    if (parser.isSet(QStringLiteral("destination"))) {
        QList<qint64> ids;
        if (!parseIds(parser.value(QStringLiteral("destination")), &ids) || ids.size() != 1)
            return io.fail(ExitBadInput, tr("For import, --destination takes one destination ID."));
        if (!document.workspace().destination(ids.first()))
            return io.fail(ExitBadInput,
                           tr("The workspace has no destination %1.").arg(ids.first()));
        options.onlyDestination = ids.first();
    }
    // The rows are written as they are decided, never held: a report of a million rows would
    // take gigabytes as JSON objects.
    bool firstRow = true;
    const QString rowIndent(8, QLatin1Char(' '));
    const auto writeRow = [&](const ImportReportRow &row) {
        if (io.json) {
            QJsonObject o{{QStringLiteral("line"), row.line},
                          {QStringLiteral("result"), resultKey(row.result)},
                          {QStringLiteral("details"), row.details}};
            static const QStringList keys = {
                QStringLiteral("destination"), QStringLiteral("segment"), QStringLiteral("value"),
                QStringLiteral("start"),       QStringLiteral("end"),     QStringLiteral("priority")};
            for (int c = 0; c < row.cells.size() && c < keys.size(); ++c)
                o.insert(keys[c], row.cells[c]);
            QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            text.chop(1); // the final line break
            text.replace(QLatin1Char('\n'), QLatin1Char('\n') + rowIndent);
            io.out << (firstRow ? QStringLiteral("\n") : QStringLiteral(",\n")) << rowIndent
                   << text;
            firstRow = false;
            return;
        }
        const QString what =
            tr("destination %1, segment %2").arg(row.cells.value(0), row.cells.value(1));
        if (!row.details.isEmpty() && row.result != ImportReportRow::Result::Added)
            io.out << tr("line %1: %2 (%3): %4")
                          .arg(QString::number(row.line), ImportReport::resultName(row.result, ImportReport::Items::Mappings),
                               what, ColonText::continued(row.details));
        else
            io.out << tr("line %1: %2 (%3)")
                          .arg(QString::number(row.line), ImportReport::resultName(row.result, ImportReport::Items::Mappings),
                               what);
        io.out << Qt::endl;
    };
    const auto jsonMember = [](const QString &key, const QJsonValue &value) {
        const auto compact = [](const QJsonValue &v) {
            const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(text.mid(1, text.size() - 2)); // without the brackets
        };
        return compact(key) + QStringLiteral(": ") + compact(value);
    };
    if (io.json) {
        io.out << "{\n    " << jsonMember(QStringLiteral("file"), csvPath) << ",\n    "
               << jsonMember(QStringLiteral("dryRun"), dryRun) << ",\n    \"rows\": [";
    }

    ChangeSet changes;
    const ImportReport report = MappingCsv::streamImport(
        document.workspace(), bytes, options,
        writeRow,
        dryRun ? nullptr : &changes);
    bytes.clear();

    bool applied = false;
    int code = report.hasErrors() ? ExitFindings : ExitOk;
    if (!report.fileError.isEmpty())
        code = ExitBadInput;
    QString saveError;
    if (!dryRun && !report.hasErrors() && !changes.isEmpty()) {
        document.apply(changes, tr("Import mappings"));
        applied = document.save(&saveError);
    }

    if (io.json) {
        io.out << (firstRow ? QStringLiteral("],\n") : QStringLiteral("\n    ],\n"));
        QJsonObject tail{{QStringLiteral("added"), report.added},
                         {QStringLiteral("updated"), report.updated},
                         {QStringLiteral("unchanged"), report.unchanged},
                         {QStringLiteral("errors"), report.errors},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
                         {QStringLiteral("applied"), applied}};
        if (!report.fileError.isEmpty())
            tail.insert(QStringLiteral("error"), report.fileError);
        if (!saveError.isEmpty()) {
            code = ExitBadInput;
            tail.insert(QStringLiteral("error"), saveError.simplified());
        }
        tail.insert(QStringLiteral("exitCode"), code);
        QStringList members;
        for (auto it = tail.constBegin(); it != tail.constEnd(); ++it)
            members << QStringLiteral("    ") + jsonMember(it.key(), it.value());
        io.out << members.join(QStringLiteral(",\n")) << "\n}\n";
        io.out.flush();
        return code;
    }
    if (!saveError.isEmpty())
        return io.fail(ExitBadInput, saveError);
    if (!report.fileError.isEmpty())
        return io.fail(ExitBadInput, report.fileError);
    for (const QString &note : report.notes)
        io.out << note << Qt::endl;
    QString outcome;
    if (applied && !document.lastSaveWarning().isEmpty())
        outcome = document.lastSaveWarning();
    else if (applied)
        outcome = tr("%1 saved; the previous file is kept as a backup.").arg(workspacePath);
    else if (report.hasErrors())
        outcome = tr("Nothing was written: correct the rows with errors and import again.");
    else if (dryRun)
        outcome = tr("Dry run: nothing was written.");
    else
        outcome = tr("Nothing to change.");
    io.out << Qt::endl << tr("%1. %2").arg(report.summary(), outcome) << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
