#include "segmentimport.h"

#include "csv/csv.h"
#include "system/jsonnumber.h"
#include "validation/validator.h"
#include "workspace/jsonscan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace dcsdesk {

namespace {

int columnOfHeader(const QString &header)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("segmentid"), SegmentImport::SidColumn},
        {QStringLiteral("sid"), SegmentImport::SidColumn},
        {QStringLiteral("id"), SegmentImport::SidColumn},
        {QStringLiteral("name"), SegmentImport::NameColumn},
        {QStringLiteral("segmentname"), SegmentImport::NameColumn},
        {QStringLiteral("integrationcode"), SegmentImport::CodeColumn},
        {QStringLiteral("code"), SegmentImport::CodeColumn},
        {QStringLiteral("status"), SegmentImport::StatusColumn},
        {QStringLiteral("rule"), SegmentImport::RuleColumn},
        {QStringLiteral("segmentrule"), SegmentImport::RuleColumn},
        {QStringLiteral("description"), SegmentImport::DescriptionColumn},
    };
    return names.value(Csv::headerKey(header), -1);
}

// One segment as a file describes it; absent fields leave an existing segment's value alone.
struct Candidate
{
    int line = 0;
    bool hasSid = false;
    qint64 sid = 0;
    std::optional<QString> name, code, rule, description;
    std::optional<bool> active;
    std::optional<QJsonObject> remote; // the REST object as the file holds it
    QStringList errors;
};

// "active", "ACTIVE", 1, "true", "yes" and the translated status names.
std::optional<bool> parseStatus(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("active") || t == QLatin1String("1") || t == QLatin1String("true") ||
        t == QLatin1String("yes") ||
        t == QCoreApplication::translate("dcsdesk::SegmentCatalogModel", "Active").toLower())
        return true;
    if (t == QLatin1String("inactive") || t == QLatin1String("0") || t == QLatin1String("false") ||
        t == QLatin1String("no") ||
        t == QCoreApplication::translate("dcsdesk::SegmentCatalogModel", "Inactive").toLower())
        return false;
    *ok = false;
    return std::nullopt;
}

SegmentImport::Plan resolve(const Workspace &ws, QVector<Candidate> candidates, ImportReport report)
{
    SegmentImport::Plan plan;
    plan.report = std::move(report);
    qint64 nextSid = ws.nextSegmentId();
    QHash<qint64, int> lineOfSid; // sids seen in the file
    QSet<qint64> fileSids;
    for (const Candidate &c : candidates) {
        if (c.hasSid)
            fileSids.insert(c.sid);
    }
    for (Candidate &c : candidates) {
        ImportReportRow row;
        row.line = c.line;
        const Segment *existing = c.hasSid ? ws.segment(c.sid) : nullptr;
        Segment s;
        if (existing)
            s = *existing;
        else
            s.sid = c.hasSid ? c.sid : 0;
        if (c.name)
            s.name = c.name->trimmed();
        if (c.code)
            s.integrationCode = c.code->trimmed();
        if (c.rule) // as written: trimming would make an exported rule differ on re-import
            s.rule = *c.rule;
        if (c.description)
            s.description = *c.description;
        if (c.active)
            s.active = *c.active;
        if (c.remote) { // over the kept snapshot: a partial object loses none of its keys
            for (auto it = c.remote->begin(); it != c.remote->end(); ++it)
                s.remote.insert(it.key(), it.value());
        }
        row.cells = QStringList{
            c.hasSid ? QString::number(c.sid) : QString(), s.name, s.integrationCode,
            s.active ? SegmentImport::tr("Active") : SegmentImport::tr("Inactive"), s.rule};
        if (c.hasSid) {
            const auto seen = lineOfSid.constFind(c.sid);
            if (seen != lineOfSid.constEnd())
                c.errors << SegmentImport::tr(
                                "Segment %1 is already on line %2 of this file. Keep one of the "
                                "two rows.")
                                .arg(c.sid)
                                .arg(*seen);
            else
                lineOfSid.insert(c.sid, c.line);
        }
        if (s.name.isEmpty())
            c.errors << SegmentImport::tr("The name is empty. Every segment needs a name.");
        if (s.integrationCode.size() > Validator::MaxValueLength)
            c.errors << SegmentImport::tr(
                            "The integration code has %1 characters; at most %2 are allowed.")
                            .arg(s.integrationCode.size())
                            .arg(Validator::MaxValueLength);
        if (!c.errors.isEmpty()) {
            row.result = ImportReportRow::Result::Error;
            row.details = c.errors.join(QLatin1Char(' '));
        } else if (!existing) {
            if (!c.hasSid) {
                while (fileSids.contains(nextSid) || ws.segment(nextSid))
                    ++nextSid;
                s.sid = nextSid++;
                row.cells[0] = QString::number(s.sid);
                row.details = SegmentImport::tr("New segment; it gets ID %1.").arg(s.sid);
            } else {
                row.details = SegmentImport::tr("New segment.");
            }
            row.result = ImportReportRow::Result::Added;
            plan.changes.addSegments.append(s);
        } else if (s == *existing) {
            row.result = ImportReportRow::Result::Unchanged;
        } else {
            QStringList changed;
            if (s.name != existing->name)
                changed << SegmentImport::tr("name");
            if (s.integrationCode != existing->integrationCode)
                changed << SegmentImport::tr("integration code");
            if (s.active != existing->active)
                changed << SegmentImport::tr("status");
            if (s.rule != existing->rule)
                changed << SegmentImport::tr("rule");
            if (s.description != existing->description)
                changed << SegmentImport::tr("description");
            if (s.remote != existing->remote)
                changed << SegmentImport::tr("Audience Manager's own fields");
            row.result = ImportReportRow::Result::Updated;
            row.details = SegmentImport::tr("Changes: %1.").arg(changed.join(QStringLiteral(", ")));
            plan.changes.updateSegments.append(s);
        }
        plan.report.rows.append(row);
    }
    plan.report.count();
    return plan;
}

QStringList reportColumns()
{
    return {SegmentImport::tr("Segment ID"), SegmentImport::tr("Name"),
            SegmentImport::tr("Integration code"), SegmentImport::tr("Status"),
            SegmentImport::tr("Rule")};
}

} // namespace

QStringList SegmentImport::csvHeaders()
{
    return {
        QStringLiteral("Segment ID"), QStringLiteral("Name"), QStringLiteral("Integration Code"),
        QStringLiteral("Status"),     QStringLiteral("Rule"), QStringLiteral("Description")};
}

QByteArray SegmentImport::exportCsv(const Workspace &ws, const QVector<int> &segmentIndexes,
                                    QChar delimiter)
{
    QVector<QStringList> records;
    records.append(csvHeaders());
    const auto add = [&](const Segment &s) {
        records.append(QStringList{QString::number(s.sid), s.name, s.integrationCode,
                                   s.active ? QStringLiteral("active") : QStringLiteral("inactive"),
                                   s.rule, s.description});
    };
    if (segmentIndexes.isEmpty()) {
        for (const Segment &s : ws.segments)
            add(s);
    } else {
        for (int i : segmentIndexes) {
            if (i >= 0 && i < ws.segments.size())
                add(ws.segments[i]);
        }
    }
    return Csv::write(records, delimiter);
}

SegmentImport::Plan SegmentImport::planCsv(const Workspace &ws, const QByteArray &bytes)
{
    ImportReport report;
    report.items = ImportReport::Items::Segments;
    report.columns = reportColumns();
    const CsvTable table = Csv::parse(bytes);
    if (!table.error.isEmpty()) {
        report.fileError = table.error;
        return {report, {}};
    }
    if (table.records.isEmpty()) {
        report.fileError = tr("The file is empty.");
        return {report, {}};
    }
    const QStringList header = table.records.first();
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
    if (fieldOf[SidColumn] < 0 && fieldOf[NameColumn] < 0) {
        report.fileError = tr("The first row must name the columns; at least Segment ID or Name "
                              "is needed. The columns are: %1.")
                               .arg(csvHeaders().join(QStringLiteral(", ")));
        return {report, {}};
    }
    if (!ignored.isEmpty())
        report.notes << tr("These columns are not used and were ignored: %1.")
                            .arg(ignored.join(QStringLiteral(", ")));

    QVector<Candidate> candidates;
    for (int k = 1; k < table.records.size(); ++k) {
        const QStringList &record = table.records[k];
        Candidate c;
        c.line = table.lines[k];
        const auto field = [&](int column) -> std::optional<QString> {
            const int f = fieldOf[column];
            if (f < 0)
                return std::nullopt;
            return f < record.size() ? record[f] : QString();
        };
        if (record.size() < header.size())
            c.errors << tr("Fields in this row: %1, in the header: %2. Check the delimiter: %3 in "
                           "this file.")
                            .arg(record.size())
                            .arg(header.size())
                            .arg(Csv::delimiterName(table.delimiter));
        if (const auto sidText = field(SidColumn); sidText && !sidText->trimmed().isEmpty()) {
            bool ok = false;
            c.sid = sidText->trimmed().toLongLong(&ok);
            if (!ok || c.sid <= 0)
                c.errors << tr("The segment ID \u201C%1\u201D is not a positive number.")
                                .arg(sidText->trimmed());
            else
                c.hasSid = true;
        }
        c.name = field(NameColumn);
        c.code = field(CodeColumn);
        c.rule = field(RuleColumn);
        c.description = field(DescriptionColumn);
        if (const auto status = field(StatusColumn)) {
            bool ok = true;
            c.active = parseStatus(*status, &ok);
            if (!ok)
                c.errors
                    << tr("The status \u201C%1\u201D is not understood. Use “active” or "
                          "“inactive” (1 or 0, true or false, yes or no also work).")
                           .arg(status->trimmed());
        }
        // An empty cell in an existing segment's row clears nothing it does not name.
        if (c.name && c.name->trimmed().isEmpty() && c.hasSid && ws.segment(c.sid))
            c.name.reset();
        candidates.append(c);
    }
    return resolve(ws, candidates, report);
}

SegmentImport::Plan SegmentImport::planAamJson(const Workspace &ws, const QByteArray &bytes)
{
    ImportReport report;
    report.items = ImportReport::Items::Segments;
    report.columns = reportColumns();
    report.positionsAreItems = true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonPosition at = jsonPositionOf(bytes, error.offset);
        report.fileError = tr("This is not valid JSON (line %1, column %2: %3). Export the "
                              "segments again from Audience Manager.")
                               .arg(at.line)
                               .arg(at.column)
                               .arg(error.errorString());
        return {report, {}};
    }
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.object().value(QLatin1String("list")).isArray()) {
        items = doc.object().value(QLatin1String("list")).toArray();
    } else if (doc.object().contains(QLatin1String("sid"))) {
        items.append(doc.object());
    } else {
        report.fileError = tr("The JSON holds no segments: expected an array of segment objects "
                              "(with sid, name, integrationCode, status, segmentRule) or an "
                              "object with a \"list\" array.");
        return {report, {}};
    }
    QVector<Candidate> candidates;
    for (int i = 0; i < items.size(); ++i) {
        Candidate c;
        c.line = i + 1;
        if (!items[i].isObject()) {
            c.errors << tr("Item %1 is not a segment object.").arg(i + 1);
            candidates.append(c);
            continue;
        }
        const QJsonObject o = items[i].toObject();
        const QJsonValue sid = o.value(QLatin1String("sid"));
        if (wholeNumberOf(sid).value_or(0) >= 1) {
            c.sid = *wholeNumberOf(sid);
            c.hasSid = true;
        } else if (sid.isString() && sid.toString().toLongLong() > 0) {
            c.sid = sid.toString().toLongLong();
            c.hasSid = true;
        } else if (!sid.isUndefined() && !sid.isNull()) {
            c.errors << tr("The sid is not a positive whole number.");
        }
        const auto text = [&](const char *key) -> std::optional<QString> {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
            if (v.isNull())
                return QString();
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', 17);
            if (!v.isUndefined())
                c.errors << tr("The field %1 should be text.").arg(QLatin1String(key));
            return std::nullopt;
        };
        c.name = text("name");
        c.description = text("description");
        c.code = text("integrationCode");
        // This tool's own "rule" wins over AAM's trait-based "segmentRule".
        c.rule = o.contains(QLatin1String("rule")) ? text("rule") : text("segmentRule");
        c.remote = o;
        const QJsonValue status = o.value(QLatin1String("status"));
        if (!status.isUndefined() && !status.isNull()) {
            bool ok = true;
            c.active = parseStatus(
                status.isDouble() ? QString::number(status.toInt()) : status.toString(), &ok);
            if (!ok)
                c.errors
                    << tr("The status \u201C%1\u201D is not understood. Use “active” or "
                          "“inactive” (1 or 0, true or false, yes or no also work).")
                           .arg(status.toVariant().toString());
        }
        candidates.append(c);
    }
    return resolve(ws, candidates, report);
}

} // namespace dcsdesk
