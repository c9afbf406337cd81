#include "mappingcsv.h"

#include "csv/csv.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Header names as written by this tool, Adobe's bulk tool, the REST field names and common
// variants; compared without case, spaces, dashes or underscores.
int columnOfHeader(const QString &header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    static const QHash<QString, int> names = {
        {QStringLiteral("destinationid"), MappingCsv::DestinationIdColumn},
        {QStringLiteral("destid"), MappingCsv::DestinationIdColumn},
        {QStringLiteral("orderid"), MappingCsv::DestinationIdColumn},
        {QStringLiteral("dataorderid"), MappingCsv::DestinationIdColumn},
        {QStringLiteral("destinationname"), MappingCsv::DestinationNameColumn},
        {QStringLiteral("destination"), MappingCsv::DestinationNameColumn},
        {QStringLiteral("segmentid"), MappingCsv::SegmentIdColumn},
        {QStringLiteral("sid"), MappingCsv::SegmentIdColumn},
        {QStringLiteral("segmentname"), MappingCsv::SegmentNameColumn},
        {QStringLiteral("segment"), MappingCsv::SegmentNameColumn},
        {QStringLiteral("elementname"), MappingCsv::SegmentNameColumn},
        {QStringLiteral("mappingvalue"), MappingCsv::ValueColumn},
        {QStringLiteral("mapping"), MappingCsv::ValueColumn},
        {QStringLiteral("value"), MappingCsv::ValueColumn},
        {QStringLiteral("alias"), MappingCsv::ValueColumn},
        {QStringLiteral("traitalias"), MappingCsv::ValueColumn},
        {QStringLiteral("url"), MappingCsv::ValueColumn},
        {QStringLiteral("secondvalue"), MappingCsv::SecondValueColumn},
        {QStringLiteral("valuealias"), MappingCsv::SecondValueColumn},
        {QStringLiteral("startdate"), MappingCsv::StartDateColumn},
        {QStringLiteral("start"), MappingCsv::StartDateColumn},
        {QStringLiteral("enddate"), MappingCsv::EndDateColumn},
        {QStringLiteral("end"), MappingCsv::EndDateColumn},
        {QStringLiteral("priority"), MappingCsv::PriorityColumn},
    };
    return names.value(key, -1);
}

QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QStringList recordOf(const Workspace &ws, const SegmentMapping &m)
{
    const Destination *d = ws.destination(m.destinationId);
    const Segment *s = ws.segment(m.sid);
    QStringList row;
    row.reserve(MappingCsv::ColumnCount);
    row << QString::number(m.destinationId) << (d ? d->name : QString()) << QString::number(m.sid)
        << (s ? s->name : QString()) << m.value << m.secondValue << isoDate(m.startDate)
        << isoDate(m.endDate) << (m.priority > 0 ? QString::number(m.priority) : QString());
    return row;
}

struct ParsedRow
{
    int record = 0; // index in the report
    SegmentMapping mapping;
};

QString describeChanges(const SegmentMapping &from, const SegmentMapping &to)
{
    const auto show = [](const QString &v) {
        return v.isEmpty() ? MappingCsv::tr("(empty)") : QStringLiteral("\u201C%1\u201D").arg(v);
    };
    const auto showDate = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : MappingCsv::tr("never");
    };
    QStringList parts;
    if (from.value != to.value)
        parts << MappingCsv::tr("value %1 \u2192 %2").arg(show(from.value), show(to.value));
    if (from.secondValue != to.secondValue)
        parts << MappingCsv::tr("second value %1 \u2192 %2")
                     .arg(show(from.secondValue), show(to.secondValue));
    if (from.startDate != to.startDate)
        parts << MappingCsv::tr("start %1 \u2192 %2")
                     .arg(showDate(from.startDate), showDate(to.startDate));
    if (from.endDate != to.endDate)
        parts
            << MappingCsv::tr("end %1 \u2192 %2").arg(showDate(from.endDate), showDate(to.endDate));
    if (from.priority != to.priority)
        parts << MappingCsv::tr("priority %1 \u2192 %2").arg(from.priority).arg(to.priority);
    return parts.join(QStringLiteral("; "));
}

bool sameContent(const SegmentMapping &a, const SegmentMapping &b)
{
    return a.destinationId == b.destinationId && a.sid == b.sid && a.value == b.value &&
           a.secondValue == b.secondValue && a.startDate == b.startDate && a.endDate == b.endDate &&
           a.priority == b.priority;
}

} // namespace

QStringList MappingCsv::headers()
{
    return {QStringLiteral("Destination ID"), QStringLiteral("Destination Name"),
            QStringLiteral("Segment ID"),     QStringLiteral("Segment Name"),
            QStringLiteral("Mapping Value"),  QStringLiteral("Second Value"),
            QStringLiteral("Start Date"),     QStringLiteral("End Date"),
            QStringLiteral("Priority")};
}

QByteArray MappingCsv::exportMappings(const Workspace &ws, const QVector<int> &mappingIndexes,
                                      QChar delimiter)
{
    QVector<QStringList> records;
    records.reserve(mappingIndexes.size() + 1);
    records.append(headers());
    for (int i : mappingIndexes) {
        if (i >= 0 && i < ws.mappings.size())
            records.append(recordOf(ws, ws.mappings[i]));
    }
    return Csv::write(records, delimiter);
}

QByteArray MappingCsv::exportDestinations(const Workspace &ws, const QList<qint64> &destinationIds,
                                          QChar delimiter)
{
    QVector<int> indexes;
    indexes.reserve(ws.mappings.size());
    if (destinationIds.isEmpty()) {
        for (const Destination &d : ws.destinations)
            indexes += ws.mappingIndexesOf(d.id);
    } else {
        for (qint64 id : destinationIds)
            indexes += ws.mappingIndexesOf(id);
    }
    return exportMappings(ws, indexes, delimiter);
}

QDate MappingCsv::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression isoWithTime(
        QStringLiteral("^(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$"));
    const QRegularExpressionMatch timeMatch = isoWithTime.match(text);
    const QString dayText = timeMatch.hasMatch() ? timeMatch.captured(1) : text;
    for (const char *format : {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d"}) {
        const QDate d = QDate::fromString(dayText, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    // What a spreadsheet on this machine writes when it reformats the date column.
    for (const QLocale &locale : {QLocale::system(), QLocale()}) {
        const QDate d =
            QDate::fromString(text, fourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
        if (d.isValid())
            return d;
    }
    return {};
}

MappingCsv::ImportPlan MappingCsv::planImport(const Workspace &ws, const QByteArray &bytes,
                                              const ImportOptions &options)
{
    ImportPlan plan;
    ImportReport &report = plan.report;
    report.columns = QStringList{tr("Destination"), tr("Segment"), tr("Value"),
                                 tr("Start"),       tr("End"),     tr("Priority")};
    const QDate today = QDate::currentDate();

    const CsvTable table = Csv::parse(bytes);
    plan.delimiter = table.delimiter;
    if (!table.error.isEmpty()) {
        report.fileError = table.error;
        return plan;
    }
    if (table.records.isEmpty()) {
        report.fileError = tr("The file is empty. Export mappings first to get a file with the "
                              "right columns.");
        return plan;
    }

    // Header.
    const QStringList header = table.records.first();
    QVector<int> columnAt(header.size(), -1);
    QVector<int> fieldOf(ColumnCount, -1);
    QStringList ignored;
    for (int f = 0; f < header.size(); ++f) {
        const int column = columnOfHeader(header[f]);
        if (column < 0 || fieldOf[column] >= 0) {
            if (!header[f].trimmed().isEmpty())
                ignored << header[f].trimmed();
            continue;
        }
        columnAt[f] = column;
        fieldOf[column] = f;
    }
    QStringList missing;
    const QStringList names = headers();
    if (fieldOf[SegmentIdColumn] < 0)
        missing << names[SegmentIdColumn];
    if (fieldOf[ValueColumn] < 0)
        missing << names[ValueColumn];
    if (fieldOf[StartDateColumn] < 0)
        missing << names[StartDateColumn];
    if (options.onlyDestination == 0 && fieldOf[DestinationIdColumn] < 0 &&
        fieldOf[DestinationNameColumn] < 0)
        missing << names[DestinationIdColumn];
    if (!missing.isEmpty()) {
        report.fileError =
            tr("The first row must name the columns, and these are missing: %1. The expected "
               "columns are: %2 (delimiter comma or semicolon).")
                .arg(missing.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
        return plan;
    }
    if (!ignored.isEmpty())
        report.notes << tr("These columns are not used and were ignored: %1.")
                            .arg(ignored.join(QStringLiteral(", ")));

    QHash<QString, QVector<qint64>> destinationsByName;
    for (const Destination &d : ws.destinations)
        destinationsByName[d.name.trimmed().toLower()].append(d.id);
    const Destination *only =
        options.onlyDestination ? ws.destination(options.onlyDestination) : nullptr;
    const QChar otherDelimiter =
        table.delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char(';');

    QVector<ParsedRow> valid;
    valid.reserve(table.records.size());
    for (int k = 1; k < table.records.size(); ++k) {
        QStringList record = table.records[k];
        ImportReportRow row;
        row.line = table.lines[k];
        const auto field = [&](int column) {
            const int f = fieldOf[column];
            return f >= 0 && f < record.size() ? record[f] : QString();
        };
        row.cells = QStringList{field(DestinationIdColumn).trimmed().isEmpty()
                                    ? field(DestinationNameColumn).trimmed()
                                    : field(DestinationIdColumn).trimmed(),
                                field(SegmentIdColumn).trimmed(),
                                field(ValueColumn),
                                field(StartDateColumn).trimmed(),
                                field(EndDateColumn).trimmed(),
                                field(PriorityColumn).trimmed()};
        QStringList errors;
        if (record.size() != header.size()) {
            bool extraEmpty = record.size() > header.size();
            for (int f = int(header.size()); f < record.size(); ++f)
                extraEmpty = extraEmpty && record[f].trimmed().isEmpty();
            if (!extraEmpty) {
                bool otherUsed = false;
                for (const QString &f : record)
                    otherUsed = otherUsed || f.contains(otherDelimiter);
                if (otherUsed && record.size() < header.size())
                    errors << tr("This row is separated by %1 but the file uses %2. Use one "
                                 "delimiter for the whole file.")
                                  .arg(Csv::delimiterName(otherDelimiter),
                                       Csv::delimiterName(table.delimiter));
                else
                    errors << tr("The row has %1 fields but the header has %2. Check for a "
                                 "missing or extra %3.")
                                  .arg(record.size())
                                  .arg(header.size())
                                  .arg(Csv::delimiterName(table.delimiter));
                row.details = errors.join(QLatin1Char(' '));
                report.rows.append(row);
                continue;
            }
        }

        SegmentMapping m;
        // Destination.
        const Destination *d = nullptr;
        const QString idText = field(DestinationIdColumn).trimmed();
        const QString nameText = field(DestinationNameColumn).trimmed();
        if (!idText.isEmpty()) {
            bool ok = false;
            const qint64 id = idText.toLongLong(&ok);
            if (!ok)
                errors << tr("The destination ID \u201C%1\u201D is not a number.").arg(idText);
            else if (!(d = ws.destination(id)))
                errors << tr("Destination %1 does not exist in this workspace. Create it first "
                             "or correct the ID.")
                              .arg(id);
        } else if (!nameText.isEmpty()) {
            const QVector<qint64> ids = destinationsByName.value(nameText.toLower());
            if (ids.size() == 1)
                d = ws.destination(ids.first());
            else if (ids.isEmpty())
                errors << tr("There is no destination called \u201C%1\u201D. Give its ID in the "
                             "Destination ID column.")
                              .arg(nameText);
            else
                errors << tr("Several destinations are called \u201C%1\u201D. Give the ID in the "
                             "Destination ID column.")
                              .arg(nameText);
        } else if (only) {
            d = only;
        } else {
            errors << tr("The destination ID is empty.");
        }
        if (d && only && d->id != only->id) {
            errors << tr("This row is for destination %1 (%2), but you are importing into "
                         "destination %3 (%4). Remove the row or import it from the other "
                         "destination.")
                          .arg(QString::number(d->id), d->name, QString::number(only->id),
                               only->name);
            d = nullptr;
        }
        if (d)
            m.destinationId = d->id;

        // Segment.
        const QString sidText = field(SegmentIdColumn).trimmed();
        bool sidOk = false;
        m.sid = sidText.toLongLong(&sidOk);
        if (sidText.isEmpty())
            errors << tr("The segment ID is empty.");
        else if (!sidOk || m.sid <= 0)
            errors << tr("The segment ID \u201C%1\u201D is not a positive number.").arg(sidText);
        else if (!ws.segment(m.sid))
            errors << tr("Segment %1 is not in the segment catalogue. Add or import it there "
                         "first.")
                          .arg(m.sid);

        m.value = field(ValueColumn);
        m.secondValue = field(SecondValueColumn);

        // Dates.
        const QString startText = field(StartDateColumn).trimmed();
        if (startText.isEmpty()) {
            errors << tr("The start date is empty; use YYYY-MM-DD, for example %1.")
                          .arg(today.toString(Qt::ISODate));
        } else {
            m.startDate = parseDate(startText);
            if (!m.startDate.isValid())
                errors << tr("The start date \u201C%1\u201D is not a date; use YYYY-MM-DD, for "
                             "example %2.")
                              .arg(startText, today.toString(Qt::ISODate));
        }
        const QString endText = field(EndDateColumn).trimmed();
        if (!endText.isEmpty() &&
            endText.compare(QLatin1String("never"), Qt::CaseInsensitive) != 0 &&
            endText.compare(tr("never"), Qt::CaseInsensitive) != 0) {
            m.endDate = parseDate(endText);
            if (!m.endDate.isValid())
                errors << tr("The end date \u201C%1\u201D is not a date; use YYYY-MM-DD, or "
                             "leave it empty for a mapping that never ends.")
                              .arg(endText);
        }

        // Priority and second value depend on the destination type.
        const bool cookie = d && d->type == Destination::Type::Cookie;
        const bool multiKey = cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;
        const QString priorityText = field(PriorityColumn).trimmed();
        if (!priorityText.isEmpty()) {
            bool ok = false;
            const int priority = priorityText.toInt(&ok);
            if (!ok || priority < 1)
                errors << tr("The priority \u201C%1\u201D is not a whole number from 1 up; "
                             "leave it empty for none.")
                              .arg(priorityText);
            else if (d && !cookie)
                errors << tr("Only cookie destinations have a priority; leave it empty for "
                             "%1.")
                              .arg(d->name);
            else
                m.priority = priority;
        }
        if (d && !multiKey && !m.secondValue.trimmed().isEmpty())
            errors << tr("Only multi-key cookie destinations use a second value; leave it empty "
                         "for %1.")
                          .arg(d->name);

        // The value rules of the validator (empty, too long, invalid URL, end before start).
        if (d && m.startDate.isValid()) {
            for (const Finding &f : Validator::validateMapping(m, ws, today)) {
                if (f.severity == Finding::Severity::Error &&
                    f.code != QLatin1String("mapping.segment-unknown"))
                    errors << f.message;
            }
        }

        if (!errors.isEmpty()) {
            row.result = ImportReportRow::Result::Error;
            row.details = errors.join(QLatin1Char(' '));
            report.rows.append(row);
            continue;
        }
        row.result = ImportReportRow::Result::Unchanged; // decided below
        report.rows.append(row);
        valid.append({int(report.rows.size()) - 1, m});
    }

    // Group the valid rows by destination and segment, and pair them with existing mappings.
    QHash<QPair<qint64, qint64>, QVector<int>> groups; // -> indexes into valid
    QVector<QPair<qint64, qint64>> groupOrder;
    for (int v = 0; v < valid.size(); ++v) {
        const QPair<qint64, qint64> key{valid[v].mapping.destinationId, valid[v].mapping.sid};
        auto it = groups.find(key);
        if (it == groups.end()) {
            groupOrder.append(key);
            it = groups.insert(key, {});
        }
        it->append(v);
    }
    QHash<qint64, QHash<qint64, QVector<int>>> existingByDestination;
    const auto existingOf = [&](qint64 destinationId, qint64 sid) {
        auto it = existingByDestination.find(destinationId);
        if (it == existingByDestination.end()) {
            QHash<qint64, QVector<int>> bySid;
            for (int i : ws.mappingIndexesOf(destinationId))
                bySid[ws.mappings[i].sid].append(i);
            it = existingByDestination.insert(destinationId, bySid);
        }
        return it->value(sid);
    };

    qint64 nextId = ws.nextMappingId();
    for (const auto &key : groupOrder) {
        QVector<int> rows = groups.value(key);
        // Duplicated rows and two rows for the same start date.
        QVector<int> kept;
        QHash<QDate, int> keptByStart;
        for (int v : rows) {
            const SegmentMapping &m = valid[v].mapping;
            ImportReportRow &reportRow = report.rows[valid[v].record];
            const auto other = keptByStart.constFind(m.startDate);
            if (other == keptByStart.constEnd()) {
                keptByStart.insert(m.startDate, v);
                kept.append(v);
                continue;
            }
            const int otherLine = report.rows[valid[*other].record].line;
            reportRow.result = ImportReportRow::Result::Error;
            if (sameContent(m, valid[*other].mapping))
                reportRow.details =
                    tr("Same as line %1: the row is duplicated. Delete one of them.")
                        .arg(otherLine);
            else
                reportRow.details = tr("Line %1 already maps segment %2 to this destination "
                                       "from %3. Keep one of the two rows or give them "
                                       "different start dates.")
                                        .arg(otherLine)
                                        .arg(m.sid)
                                        .arg(m.startDate.toString(Qt::ISODate));
        }

        const QVector<int> existing = existingOf(key.first, key.second);
        QVector<bool> taken(existing.size(), false);
        for (int v : kept) {
            const SegmentMapping &m = valid[v].mapping;
            ImportReportRow &reportRow = report.rows[valid[v].record];
            int match = -1;
            if (existing.size() == 1 && kept.size() == 1) {
                match = 0;
            } else {
                for (int e = 0; e < existing.size(); ++e) {
                    if (!taken[e] && ws.mappings[existing[e]].startDate == m.startDate) {
                        match = e;
                        break;
                    }
                }
            }
            if (match < 0) {
                SegmentMapping added = m;
                added.id = nextId++;
                plan.changes.addMappings.append(added);
                reportRow.result = ImportReportRow::Result::Added;
                reportRow.details = tr("New mapping.");
                continue;
            }
            taken[match] = true;
            const SegmentMapping &old = ws.mappings[existing[match]];
            SegmentMapping updated = old;
            updated.value = m.value;
            updated.secondValue = m.secondValue;
            updated.startDate = m.startDate;
            updated.endDate = m.endDate;
            updated.priority = m.priority;
            if (updated == old) {
                reportRow.result = ImportReportRow::Result::Unchanged;
                reportRow.details.clear();
            } else {
                reportRow.result = ImportReportRow::Result::Updated;
                reportRow.details = describeChanges(old, updated);
                plan.changes.updateMappings.append(updated);
            }
        }
    }
    report.count();
    return plan;
}

} // namespace dcsdesk
