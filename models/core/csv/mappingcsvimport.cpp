#include "mappingcsv.h"

#include "csv/csv.h"
#include "validation/findingsubject.h"
#include "validation/validator.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace dcsdesk {

namespace {

// Header names as written by this tool, Adobe's bulk tool, the REST field names and common
// variants; compared without case, spaces, dashes or underscores.
int columnOfHeader(const QString &header)
{
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
    return names.value(Csv::headerKey(header), -1);
}

QString describeChanges(const SegmentMapping &from, const SegmentMapping &to)
{
    const auto show = [](const QString &v) {
        return v.isEmpty() ? MappingCsv::tr("(empty)")
                           : MappingCsv::tr("\u201C%1\u201D", "a value in quotation marks").arg(v);
    };
    const auto showDate = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : MappingCsv::tr("never");
    };
    QStringList parts;
    if (from.value != to.value)
        parts << MappingCsv::tr("value: %1 \u2192 %2").arg(show(from.value), show(to.value));
    if (from.secondValue != to.secondValue)
        parts << MappingCsv::tr("second value: %1 \u2192 %2")
                     .arg(show(from.secondValue), show(to.secondValue));
    if (from.startDate != to.startDate)
        parts << MappingCsv::tr("start date: %1 \u2192 %2")
                     .arg(showDate(from.startDate), showDate(to.startDate));
    if (from.endDate != to.endDate)
        parts << MappingCsv::tr("end date: %1 \u2192 %2")
                     .arg(showDate(from.endDate), showDate(to.endDate));
    if (from.priority != to.priority)
        parts << MappingCsv::tr("priority: %1 \u2192 %2").arg(from.priority).arg(to.priority);
    return parts.join(QStringLiteral("; "));
}

bool sameContent(const SegmentMapping &a, const SegmentMapping &b)
{
    return a.destinationId == b.destinationId && a.sid == b.sid && a.value == b.value &&
           a.secondValue == b.secondValue && a.startDate == b.startDate && a.endDate == b.endDate &&
           a.priority == b.priority;
}

struct CheckedRow
{
    ImportReportRow row;
    SegmentMapping mapping;
    bool valid = false;
};

// Checks one record on its own (the columns, the destination, the segment, dates, priority and
// the validator's value rules); whether it adds, updates or collides with another row is decided
// afterwards, over all rows. Deterministic, so that a second pass gives the same answer.
class RowChecker
{
public:
    RowChecker(const Workspace &ws, const MappingCsv::ImportOptions &options, QVector<int> fieldOf,
               qsizetype headerSize, QChar delimiter)
        : m_ws(ws), m_fieldOf(std::move(fieldOf)), m_headerSize(headerSize), m_delimiter(delimiter),
          m_otherDelimiter(delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char(';')),
          m_only(options.onlyDestination ? ws.destination(options.onlyDestination) : nullptr),
          m_today(QDate::currentDate())
    {
        for (const Destination &d : ws.destinations)
            m_destinationsByName[d.name.trimmed().toLower()].append(d.id);
    }

    CheckedRow check(const QStringList &record, int line) const;

private:
    const Destination *destinationOf(const QStringList &record, QStringList *errors) const;
    QString field(const QStringList &record, int column) const
    {
        const int f = m_fieldOf[column];
        return f >= 0 && f < record.size() ? record[f] : QString();
    }

    const Workspace &m_ws;
    QVector<int> m_fieldOf;
    qsizetype m_headerSize;
    QChar m_delimiter;
    QChar m_otherDelimiter;
    const Destination *m_only;
    QDate m_today;
    QHash<QString, QVector<qint64>> m_destinationsByName;
};

const Destination *RowChecker::destinationOf(const QStringList &record, QStringList *errors) const
{
    const Destination *d = nullptr;
    const QString idText = field(record, MappingCsv::DestinationIdColumn).trimmed();
    const QString nameText = field(record, MappingCsv::DestinationNameColumn).trimmed();
    if (!idText.isEmpty()) {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok)
            *errors
                << MappingCsv::tr("The destination ID \u201C%1\u201D is not a number.").arg(idText);
        else if (!(d = m_ws.destination(id)))
            *errors << MappingCsv::tr("Destination %1 does not exist in this workspace. Create "
                                      "it first or correct the ID.")
                           .arg(id);
    } else if (!nameText.isEmpty()) {
        const QVector<qint64> ids = m_destinationsByName.value(nameText.toLower());
        if (ids.size() == 1)
            d = m_ws.destination(ids.first());
        else if (ids.isEmpty())
            *errors << MappingCsv::tr("There is no destination called \u201C%1\u201D. Give its "
                                      "ID in the Destination ID column.")
                           .arg(nameText);
        else
            *errors << MappingCsv::tr("Several destinations are called \u201C%1\u201D. Give the "
                                      "ID in the Destination ID column.")
                           .arg(nameText);
    } else if (m_only) {
        d = m_only;
    } else {
        *errors << MappingCsv::tr("The destination ID is empty.");
    }
    if (d && m_only && d->id != m_only->id) {
        *errors << MappingCsv::tr("This row is for destination %1 (%2), but you are importing "
                                  "into destination %3 (%4). Remove the row or import it from "
                                  "the other destination.")
                       .arg(QString::number(d->id), d->name, QString::number(m_only->id),
                            m_only->name);
        d = nullptr;
    }
    return d;
}

CheckedRow RowChecker::check(const QStringList &record, int line) const
{
    CheckedRow out;
    ImportReportRow &row = out.row;
    row.line = line;
    const auto cell = [&](int column) { return field(record, column); };
    row.cells = QStringList{cell(MappingCsv::DestinationIdColumn).trimmed().isEmpty()
                                ? cell(MappingCsv::DestinationNameColumn).trimmed()
                                : cell(MappingCsv::DestinationIdColumn).trimmed(),
                            cell(MappingCsv::SegmentIdColumn).trimmed(),
                            cell(MappingCsv::ValueColumn),
                            cell(MappingCsv::StartDateColumn).trimmed(),
                            cell(MappingCsv::EndDateColumn).trimmed(),
                            cell(MappingCsv::PriorityColumn).trimmed()};
    QStringList errors;
    if (record.size() != m_headerSize) {
        bool extraEmpty = record.size() > m_headerSize;
        for (qsizetype f = m_headerSize; f < record.size(); ++f)
            extraEmpty = extraEmpty && record[f].trimmed().isEmpty();
        if (!extraEmpty) {
            bool otherUsed = false;
            for (const QString &f : record)
                otherUsed = otherUsed || f.contains(m_otherDelimiter);
            if (otherUsed && record.size() < m_headerSize)
                row.details =
                    MappingCsv::tr("This row is separated by %1 but the file uses %2. "
                                   "Use one delimiter for the whole file.")
                        .arg(Csv::delimiterName(m_otherDelimiter), Csv::delimiterName(m_delimiter));
            else
                row.details = MappingCsv::tr("Fields in this row: %1, in the header: %2. "
                                             "Check for a missing or extra %3.")
                                  .arg(record.size())
                                  .arg(m_headerSize)
                                  .arg(Csv::delimiterName(m_delimiter));
            return out;
        }
    }

    SegmentMapping &m = out.mapping;
    const Destination *d = destinationOf(record, &errors);
    if (d)
        m.destinationId = d->id;

    const QString sidText = cell(MappingCsv::SegmentIdColumn).trimmed();
    bool sidOk = false;
    m.sid = sidText.toLongLong(&sidOk);
    if (sidText.isEmpty())
        errors << MappingCsv::tr("The segment ID is empty.");
    else if (!sidOk || m.sid <= 0)
        errors << MappingCsv::tr("The segment ID \u201C%1\u201D is not a positive number.")
                      .arg(sidText);
    else if (!m_ws.segment(m.sid))
        errors << MappingCsv::tr("Segment %1 is not in the segment catalog. Add or import it "
                                 "there first.")
                      .arg(m.sid);

    // The report names what it recognised, so a marketer reads names, not only numbers.
    if (d)
        row.cells[0] = FindingSubject::idAndName(d->id, d->name);
    if (const Segment *segment = sidOk ? m_ws.segment(m.sid) : nullptr)
        row.cells[1] = FindingSubject::idAndName(segment->sid, segment->name);

    m.value = cell(MappingCsv::ValueColumn);
    m.secondValue = cell(MappingCsv::SecondValueColumn);

    const QString startText = cell(MappingCsv::StartDateColumn).trimmed();
    if (startText.isEmpty()) {
        errors << MappingCsv::tr("The start date is empty; use YYYY-MM-DD, for example %1.")
                      .arg(m_today.toString(Qt::ISODate));
    } else {
        m.startDate = MappingCsv::parseDate(startText);
        if (!m.startDate.isValid())
            errors << MappingCsv::tr("The start date \u201C%1\u201D is not a date; use "
                                     "YYYY-MM-DD, for example %2.")
                          .arg(startText, m_today.toString(Qt::ISODate));
    }
    const QString endText = cell(MappingCsv::EndDateColumn).trimmed();
    if (!endText.isEmpty() && endText.compare(QLatin1String("never"), Qt::CaseInsensitive) != 0 &&
        endText.compare(MappingCsv::tr("never"), Qt::CaseInsensitive) != 0) {
        m.endDate = MappingCsv::parseDate(endText);
        if (!m.endDate.isValid())
            errors << MappingCsv::tr("The end date \u201C%1\u201D is not a date; use YYYY-MM-DD, "
                                     "or leave it empty for a mapping that never ends.")
                          .arg(endText);
    }

    // Priority and second value depend on the destination type.
    const bool cookie = d && d->type == Destination::Type::Cookie;
    const bool multiKey = cookie && d->cookieFormat == Destination::CookieFormat::MultiKey;
    const QString priorityText = cell(MappingCsv::PriorityColumn).trimmed();
    if (!priorityText.isEmpty()) {
        bool ok = false;
        const int priority = priorityText.toInt(&ok);
        if (!ok || priority < 1)
            errors << MappingCsv::tr("The priority \u201C%1\u201D is not a whole number from 1 "
                                     "up; leave it empty for none.")
                          .arg(priorityText);
        else if (d && !cookie)
            errors << MappingCsv::tr("Only cookie destinations have a priority; leave it empty "
                                     "for %1.")
                          .arg(d->name);
        else
            m.priority = priority;
    }
    if (d && !multiKey && !m.secondValue.trimmed().isEmpty())
        errors << MappingCsv::tr("Only multi-key cookie destinations use a second value; leave "
                                 "it empty for %1.")
                      .arg(d->name);

    // The value rules of the validator (empty, too long, invalid URL, end before start).
    if (d && m.startDate.isValid()) {
        for (const Finding &f : Validator::validateMapping(m, m_ws, m_today)) {
            if (f.severity == Finding::Severity::Error &&
                f.code != QLatin1String("mapping.segment-unknown"))
                errors << f.message;
        }
    }

    if (!errors.isEmpty()) {
        row.details = errors.join(QLatin1Char(' '));
        return out;
    }
    out.valid = true;
    return out;
}

// What grouping needs of a valid row: which pair it maps, from when, and on which line.
struct ValidKey
{
    int line = 0;
    qint64 destinationId = 0;
    qint64 sid = 0;
    QDate startDate;
};

// How a valid row ends, decided over all rows: it collides with an earlier row for the same
// destination, segment and start date, or it adds or matches an existing mapping. `order` keeps
// the changes in the order the whole-file grouping made them.
struct RowDecision
{
    enum class Kind : quint8 { Collides, Adds, Matches };
    Kind kind = Kind::Adds;
    int other = -1;    // Collides: the earlier valid row
    int existing = -1; // Matches: index into the workspace's mappings
    qint64 newId = 0;  // Adds
    int order = 0;
};

QVector<RowDecision> decide(const Workspace &ws, const QVector<ValidKey> &keys,
                            QVector<bool> *referenced)
{
    QVector<RowDecision> decisions(keys.size());
    QVector<int> byPair(keys.size());
    std::iota(byPair.begin(), byPair.end(), 0);
    std::stable_sort(byPair.begin(), byPair.end(), [&](int a, int b) {
        return std::tie(keys[a].destinationId, keys[a].sid) <
               std::tie(keys[b].destinationId, keys[b].sid);
    });
    // Runs of the same pair, taken in the order their first row appears in the file.
    QVector<QPair<int, int>> runs; // begin, end in byPair
    for (int i = 0; i < byPair.size();) {
        int j = i + 1;
        while (j < byPair.size() &&
               keys[byPair[j]].destinationId == keys[byPair[i]].destinationId &&
               keys[byPair[j]].sid == keys[byPair[i]].sid)
            ++j;
        runs.append({i, j});
        i = j;
    }
    std::sort(runs.begin(), runs.end(),
              [&](const auto &a, const auto &b) { return byPair[a.first] < byPair[b.first]; });

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
    int order = 0;
    for (const auto &run : runs) {
        QVector<int> kept;
        QHash<QDate, int> keptByStart;
        for (int i = run.first; i < run.second; ++i) {
            const int v = byPair[i];
            const auto other = keptByStart.constFind(keys[v].startDate);
            if (other == keptByStart.constEnd()) {
                keptByStart.insert(keys[v].startDate, v);
                kept.append(v);
                continue;
            }
            decisions[v].kind = RowDecision::Kind::Collides;
            decisions[v].other = *other;
            (*referenced)[*other] = true;
        }
        const QVector<int> existing =
            existingOf(keys[byPair[run.first]].destinationId, keys[byPair[run.first]].sid);
        QVector<bool> taken(existing.size(), false);
        for (int v : kept) {
            int match = -1;
            if (existing.size() == 1 && kept.size() == 1) {
                match = 0;
            } else {
                for (int e = 0; e < existing.size(); ++e) {
                    if (!taken[e] && ws.mappings[existing[e]].startDate == keys[v].startDate) {
                        match = e;
                        break;
                    }
                }
            }
            RowDecision &d = decisions[v];
            d.order = order++;
            if (match < 0) {
                d.kind = RowDecision::Kind::Adds;
                d.newId = nextId++;
            } else {
                taken[match] = true;
                d.kind = RowDecision::Kind::Matches;
                d.existing = existing[match];
            }
        }
    }
    return decisions;
}

} // namespace

MappingCsv::ImportPlan MappingCsv::planImport(const Workspace &ws, const QByteArray &bytes,
                                              const ImportOptions &options)
{
    ImportPlan plan;
    const auto keep = [&plan](const ImportReportRow &row) { plan.report.rows.append(row); };
    const ImportReport summary =
        streamImport(ws, bytes, options, keep, &plan.changes, &plan.delimiter);
    QVector<ImportReportRow> rows = std::move(plan.report.rows);
    plan.report = summary;
    plan.report.rows = std::move(rows);
    return plan;
}

ImportReport MappingCsv::streamImport(const Workspace &ws, const QByteArray &bytes,
                                      const ImportOptions &options, const RowSink &onRow,
                                      ChangeSet *changes, QChar *delimiter)
{
    ImportReport report;
    report.columns = QStringList{tr("Destination"), tr("Segment"), tr("Value"),
                                 tr("Start"),       tr("End"),     tr("Priority")};
    CsvReader reader(bytes);
    if (delimiter)
        *delimiter = reader.format().delimiter;
    QStringList header;
    int line = 0;
    if (!reader.next(&header, &line)) {
        report.fileError = reader.ok() ? tr("The file is empty. Export mappings first to get a "
                                            "file with the right columns.")
                                       : reader.format().error;
        return report;
    }

    QVector<int> fieldOf(ColumnCount, -1);
    QStringList ignored;
    for (int f = 0; f < header.size(); ++f) {
        const int column = columnOfHeader(header[f]);
        if (column < 0 || fieldOf[column] >= 0) {
            if (!header[f].trimmed().isEmpty())
                ignored << header[f].trimmed();
            continue;
        }
        fieldOf[column] = f;
    }
    QStringList missing;
    const QStringList names = headers();
    for (int column : {SegmentIdColumn, ValueColumn, StartDateColumn}) {
        if (fieldOf[column] < 0)
            missing << names[column];
    }
    if (options.onlyDestination == 0 && fieldOf[DestinationIdColumn] < 0 &&
        fieldOf[DestinationNameColumn] < 0)
        missing << names[DestinationIdColumn];
    if (!missing.isEmpty()) {
        report.fileError =
            tr("The first row must name the columns, and these are missing: %1. The expected "
               "columns are: %2 (delimiter comma or semicolon).")
                .arg(missing.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
        return report;
    }
    if (!ignored.isEmpty())
        report.notes << tr("These columns are not used and were ignored: %1.")
                            .arg(ignored.join(QStringLiteral(", ")));
    const RowChecker checker(ws, options, fieldOf, header.size(), reader.format().delimiter);

    // First pass: which rows are valid, and what grouping needs of them. A file that cannot be
    // read to its end is refused before any row is reported.
    QVector<ValidKey> keys;
    QStringList record;
    while (reader.next(&record, &line)) {
        const CheckedRow checked = checker.check(record, line);
        if (checked.valid)
            keys.append({line, checked.mapping.destinationId, checked.mapping.sid,
                         checked.mapping.startDate});
    }
    if (!reader.ok()) {
        report.fileError = reader.format().error;
        return report;
    }
    QVector<bool> referenced(keys.size(), false);
    const QVector<RowDecision> decisions = decide(ws, keys, &referenced);

    // Second pass: every row's final result, reported in file order.
    QHash<int, SegmentMapping> collidedWith; // earlier rows that a later row collides with
    QVector<QPair<int, SegmentMapping>> added, updated;
    reader.rewind();
    reader.next(&header, &line);
    int v = 0;
    while (reader.next(&record, &line)) {
        CheckedRow checked = checker.check(record, line);
        ImportReportRow &row = checked.row;
        if (checked.valid) {
            const SegmentMapping &m = checked.mapping;
            const RowDecision &decision = decisions[v];
            if (referenced[v])
                collidedWith.insert(v, m);
            if (decision.kind == RowDecision::Kind::Collides) {
                const int otherLine = keys[decision.other].line;
                row.result = ImportReportRow::Result::Error;
                if (sameContent(m, collidedWith.value(decision.other)))
                    row.details = tr("Same as line %1: the row is duplicated. Delete one of them.")
                                      .arg(otherLine);
                else
                    row.details = tr("Line %1 already maps segment %2 to this destination "
                                     "from %3. Keep one of the two rows or give them "
                                     "different start dates.")
                                      .arg(otherLine)
                                      .arg(m.sid)
                                      .arg(m.startDate.toString(Qt::ISODate));
            } else if (decision.kind == RowDecision::Kind::Adds) {
                row.result = ImportReportRow::Result::Added;
                row.details = tr("New mapping.");
                if (changes) {
                    SegmentMapping newMapping = m;
                    newMapping.id = decision.newId;
                    added.append({decision.order, newMapping});
                }
            } else {
                const SegmentMapping &old = ws.mappings[decision.existing];
                SegmentMapping changed = old;
                changed.value = m.value;
                changed.secondValue = m.secondValue;
                changed.startDate = m.startDate;
                changed.endDate = m.endDate;
                changed.priority = m.priority;
                if (changed == old) {
                    row.result = ImportReportRow::Result::Unchanged;
                } else {
                    row.result = ImportReportRow::Result::Updated;
                    row.details = describeChanges(old, changed);
                    if (changes)
                        updated.append({decision.order, changed});
                }
            }
            ++v;
        }
        report.tally(row.result);
        onRow(row);
    }
    if (changes) {
        const auto byOrder = [](const auto &a, const auto &b) { return a.first < b.first; };
        std::sort(added.begin(), added.end(), byOrder);
        std::sort(updated.begin(), updated.end(), byOrder);
        for (const auto &a : std::as_const(added))
            changes->addMappings.append(a.second);
        for (const auto &u : std::as_const(updated))
            changes->updateMappings.append(u.second);
    }
    return report;
}

} // namespace dcsdesk
