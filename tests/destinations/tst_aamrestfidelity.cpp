#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"
#include "aamrestdocexamples.h"
#include "segments/segmentimport.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspaceserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dcsdesk;

namespace {

// Value-by-value comparison of a documented object with what DCS Desk exports for it: every
// leaf (scalar, null, empty array or object) of the document is one check; a key the export
// adds is counted apart.
struct Tally
{
    int checks = 0;
    int matched = 0;
    int added = 0;
    QStringList misses;

    void add(const Tally &o)
    {
        checks += o.checks;
        matched += o.matched;
        added += o.added;
        misses += o.misses;
    }
};

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

bool isLeaf(const QJsonValue &v)
{
    return !(v.isObject() && !v.toObject().isEmpty()) && !(v.isArray() && !v.toArray().isEmpty());
}

void compareValue(const QJsonValue &want, const QJsonValue &got, bool present, const QString &path,
                  Tally &t)
{
    if (isLeaf(want)) {
        ++t.checks;
        if (present && got == want && got.type() == want.type())
            ++t.matched;
        else
            t.misses.append(
                QStringLiteral("%1: %2 became %3")
                    .arg(path, compact(want), present ? compact(got) : QStringLiteral("(absent)")));
        return;
    }
    if (want.isObject()) {
        const QJsonObject w = want.toObject();
        const QJsonObject g = got.toObject();
        for (auto it = w.begin(); it != w.end(); ++it)
            compareValue(it.value(), g.value(it.key()), g.contains(it.key()),
                         path + QLatin1Char('.') + it.key(), t);
        for (auto it = g.begin(); it != g.end(); ++it) {
            if (!w.contains(it.key())) {
                ++t.added;
                t.misses.append(
                    QStringLiteral("%1.%2 added: %3").arg(path, it.key(), compact(it.value())));
            }
        }
        return;
    }
    const QJsonArray w = want.toArray();
    const QJsonArray g = got.toArray();
    for (int i = 0; i < w.size(); ++i)
        compareValue(w[i], g.at(i), got.isArray() && i < g.size(),
                     QStringLiteral("%1[%2]").arg(path).arg(i), t);
    for (int i = int(w.size()); i < g.size(); ++i) {
        ++t.added;
        t.misses.append(QStringLiteral("%1[%2] added").arg(path).arg(i));
    }
}

enum class Kind { Destination, Mapping, Segment };

Kind kindOf(const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("sid")))
        return Kind::Destination;
    return o.contains(QStringLiteral("traitType")) ? Kind::Mapping : Kind::Segment;
}

qint64 idOf(const QJsonObject &o, Kind kind)
{
    switch (kind) {
    case Kind::Destination:
        return qint64(o.value(QStringLiteral("destinationId")).toDouble());
    case Kind::Segment:
        return qint64(o.value(QStringLiteral("sid")).toDouble());
    case Kind::Mapping:
        for (const char *k : {"mappingId", "destinationMappingId", "traitToDataOrderId"}) {
            const QJsonValue v = o.value(QLatin1String(k));
            if (v.isDouble())
                return qint64(v.toDouble());
        }
    }
    return 0;
}

QList<QJsonObject> objectsOf(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonArray list = doc.array();
    if (doc.isObject()) {
        if (doc.object().value(QStringLiteral("list")).isArray())
            list = doc.object().value(QStringLiteral("list")).toArray();
        else
            list.append(doc.object());
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v : list)
        out.append(v.toObject());
    return out;
}

Workspace imported(const Workspace &ws, const QByteArray &json, QStringList *notes = nullptr)
{
    const AamRestReader::Result r = AamRestReader::read(json);
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    const AamRestImportPlan plan = AamRestImportPlan::build(ws, r, AamRestImportPlan::Options());
    if (notes)
        *notes = plan.notes();
    WorkspaceDocument doc;
    doc.reset(ws);
    doc.apply(plan.changes(), QStringLiteral("import"));
    return doc.workspace();
}

Workspace savedAndLoaded(const Workspace &ws)
{
    const WorkspaceSerializer::ReadResult read =
        WorkspaceSerializer::fromJson(WorkspaceSerializer::toJson(ws));
    if (!read.ok)
        qWarning("%s", qPrintable(read.error));
    return read.workspace;
}

// Everything the export writes, by kind and ID.
QHash<QPair<int, qint64>, QJsonObject> exported(const Workspace &ws, bool withExtension)
{
    AamRestWriter::Options options;
    options.includeDcsDeskFields = withExtension;
    QHash<QPair<int, qint64>, QJsonObject> out;
    const QJsonArray destinations =
        QJsonDocument::fromJson(AamRestWriter::write(ws, {}, options).json).array();
    for (const QJsonValue &v : destinations) {
        const QJsonObject d = v.toObject();
        out.insert({int(Kind::Destination), idOf(d, Kind::Destination)}, d);
    }
    // Mappings and segments as their own lists (GET .../mappings, GET /v1/segments/ shapes):
    // a server-to-server destination's mappings are written without DCS Desk's extension too.
    for (const QJsonValue &m :
         QJsonDocument::fromJson(AamRestWriter::writeMappings(ws, {}).json).array())
        out.insert({int(Kind::Mapping), idOf(m.toObject(), Kind::Mapping)}, m.toObject());
    for (const QJsonValue &s :
         QJsonDocument::fromJson(AamRestWriter::writeSegments(ws, {}).json).array())
        out.insert({int(Kind::Segment), idOf(s.toObject(), Kind::Segment)}, s.toObject());
    return out;
}

Tally roundTrip(const test::DocExample &example)
{
    Workspace ws;
    if (example.s2sDestination566) {
        Destination s2s;
        s2s.id = 566;
        s2s.name = QStringLiteral("Sample");
        s2s.type = Destination::Type::ServerToServer;
        ws.destinations.append(s2s);
    }
    ws.rebuildIndex();
    for (const QByteArray &before : example.before)
        ws = imported(ws, before);
    ws = savedAndLoaded(imported(ws, example.json));
    const auto out = exported(ws, example.json.contains("x-dcsdesk"));
    Tally t;
    for (const QJsonObject &original : objectsOf(example.json)) {
        const Kind kind = kindOf(original);
        const qint64 id = idOf(original, kind);
        const auto found = out.constFind({int(kind), id});
        compareValue(original, found != out.constEnd() ? found.value() : QJsonValue(),
                     found != out.constEnd(), QStringLiteral("[%1]").arg(id), t);
    }
    return t;
}

} // namespace

class TestAamRestFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Import -> workspace -> save and load -> export keeps every documented field as it came.
    void documentedObjectsRoundTrip()
    {
        Tally total;
        for (const test::DocExample &example : test::docExamples()) {
            const Tally t = roundTrip(example);
            qInfo("%-40s %3d of %3d checks match, %d keys added (%s)", example.name, t.matched,
                  t.checks, t.added, example.source);
            for (const QString &miss : t.misses)
                qInfo("    %s", qPrintable(miss));
            total.add(t);
        }
        qInfo("TOTAL: %d of %d checks match, %d keys added", total.matched, total.checks,
              total.added);
        QCOMPARE(total.matched, total.checks);
        QCOMPARE(total.added, 0);
    }

    // Edits go on top of the snapshot: the edited keys change (in the account's style), the rest
    // stays as the account sent it; editing is an undo step and leaves the snapshot alone.
    void editsOverlayTheSnapshot()
    {
        Workspace ws;
        ws.rebuildIndex();
        ws = imported(imported(ws, test::kDestination314), test::kMapping14593);
        WorkspaceDocument doc;
        doc.reset(ws);
        Destination d = *doc.workspace().destination(314);
        const QJsonObject snapshot = d.remote;
        d.name = QStringLiteral("Renamed");
        SegmentMapping m = doc.workspace().mappings.first();
        m.value = QStringLiteral("https://example.com/new?%ALIAS%");
        ChangeSet edit;
        edit.updateDestinations.append(d);
        edit.updateMappings.append(m);
        doc.apply(edit, QStringLiteral("edit"));
        QCOMPARE(doc.workspace().destination(314)->remote, snapshot);

        const Workspace after = savedAndLoaded(doc.workspace());
        const QJsonObject dOut = AamRestWriter::destinationToRest(
            *after.destination(314), after, AamRestWriter::Options{true, false});
        QCOMPARE(dOut.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(dOut.value(QStringLiteral("domainRestrictions")).toString(),
                 QStringLiteral("ALL_DOMAINS"));
        QCOMPARE(dOut.value(QStringLiteral("mappings")).toArray().size(), 1);
        const QJsonObject mOut =
            AamRestWriter::mappingToRest(after.mappings.first(), *after.destination(314), after);
        QCOMPARE(mOut.value(QStringLiteral("url")).toString(), m.value);
        QCOMPARE(mOut.value(QStringLiteral("secureUrl")).toString(), m.value); // it echoed url
        QVERIFY(mOut.value(QStringLiteral("traitAlias")).isNull());
        QCOMPARE(mOut.value(QStringLiteral("mappingId")).toInt(), 14593);
        QVERIFY(!mOut.contains(QStringLiteral("destinationMappingId")));

        doc.undo();
        QCOMPARE(doc.workspace().destination(314)->name, QStringLiteral("sample destination"));
        QCOMPARE(doc.workspace().destination(314)->remote, snapshot);
    }

    void editsKeepTheAccountsTypesAndCase()
    {
        // The documented cookie request writes maxSize as text; a new value stays text.
        const QByteArray request = R"({"name":"Cookie","destinationType":"ADS",
            "cookieName":"adobe","cnameDomain":"adobe.com","maxSize":"2048","ttl":"0",
            "domainRestrictions":"all_domains","siteIDs":[],"formatType":"single_key",
            "singleKey":"key","keySeparator":"=","valueSeparator":",",
            "serializationEnabled":false})";
        Workspace ws;
        ws.rebuildIndex();
        ws = imported(ws, request);
        Destination d = ws.destinations.first();
        d.maxSize = 4096;
        d.cookieFormat = Destination::CookieFormat::MultiKey;
        ws.destinations.first() = d;
        const QJsonObject out =
            AamRestWriter::destinationToRest(d, ws, AamRestWriter::Options{false, false});
        QCOMPARE(out.value(QStringLiteral("maxSize")), QJsonValue(QStringLiteral("4096")));
        QCOMPARE(out.value(QStringLiteral("ttl")), QJsonValue(QStringLiteral("0")));
        QCOMPARE(out.value(QStringLiteral("formatType")).toString(), QStringLiteral("key_value"));
        QVERIFY(!out.contains(QStringLiteral("singleKey"))); // multi key has none

        // elementStatus 1 stays a number when the segment is switched off; "ACTIVE" capitals.
        ws = Workspace();
        ws.rebuildIndex();
        ws = imported(imported(imported(ws, test::kDestination780), test::kBulkCreate),
                      test::kSegmentsPaged);
        for (Segment &s : ws.segments)
            s.active = false;
        ws.rebuildIndex();
        const SegmentMapping *numeric = nullptr;
        for (const SegmentMapping &m : ws.mappings) {
            if (m.id == 103455)
                numeric = &m;
        }
        QVERIFY(numeric);
        const QJsonObject mOut = AamRestWriter::mappingToRest(*numeric, *ws.destination(780), ws);
        QCOMPARE(mOut.value(QStringLiteral("elementStatus")), QJsonValue(0));
        QCOMPARE(mOut.value(QStringLiteral("orderId")).toInt(), 780);
        QVERIFY(!mOut.contains(QStringLiteral("destinationId")));
        const QJsonObject sOut = AamRestWriter::segmentToRest(*ws.segment(87723));
        QCOMPARE(sOut.value(QStringLiteral("status")).toString(), QStringLiteral("INACTIVE"));
        QCOMPARE(sOut.value(QStringLiteral("segmentRule")).toString(),
                 QStringLiteral("1234T OR 5678T"));
    }

    // The Segments view's import of the account's segment JSON keeps the objects too.
    void segmentsViewImportKeepsTheObjects()
    {
        Workspace ws;
        ws.rebuildIndex();
        const SegmentImport::Plan plan = SegmentImport::planAamJson(ws, test::kSegmentsPaged);
        QVERIFY(plan.complete());
        WorkspaceDocument doc;
        doc.reset(ws);
        doc.apply(plan.changes, QStringLiteral("segments"));
        const Workspace back = savedAndLoaded(doc.workspace());
        const QList<QJsonObject> originals = objectsOf(test::kSegmentsPaged);
        const QJsonArray out =
            QJsonDocument::fromJson(AamRestWriter::writeSegments(back, {}).json).array();
        QCOMPARE(out.size(), originals.size());
        for (int i = 0; i < originals.size(); ++i)
            QCOMPARE(out[i].toObject(), originals[i]);
        // The same list again: nothing changes.
        const SegmentImport::Plan again =
            SegmentImport::planAamJson(doc.workspace(), test::kSegmentsPaged);
        QVERIFY(again.changes.isEmpty());
    }

    // A paged list of mappings is reported as mappings, with its paging understood.
    void pagedListsSayWhatTheyHold()
    {
        const AamRestReader::Result r = AamRestReader::read(test::kMappingsPaged);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.page.paged);
        QCOMPARE(r.page.total, 354);
        QCOMPARE(r.page.page, 0);
        QCOMPARE(r.page.pageSize, 2);
        QCOMPARE(r.items.size(), 0);
        QCOMPARE(r.looseMappings.size(), 2);
        const QString notes = r.notes.join(QLatin1Char('\n'));
        // (without the English catalogue loaded, plurals read "mapping(s)")
        QVERIFY2(notes.contains(QLatin1String("2 mapping")) && notes.contains(QLatin1String("354")),
                 qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("destination")), qPrintable(notes));

        const AamRestReader::Result segments = AamRestReader::read(test::kSegmentsPaged);
        QVERIFY(segments.ok);
        QCOMPARE(segments.segments.size(), 2);
        QVERIFY(segments.notes.join(QLatin1Char(' ')).contains(QLatin1String("2 segment")));

        // Envelope keys DCS Desk does not use are named, not dropped silently.
        QByteArray extra = test::kMappingsPaged;
        extra.replace("\"total\":354,", "\"total\":2,\"sortBy\":\"sid\",");
        const AamRestReader::Result sorted = AamRestReader::read(extra);
        const QString sortedNotes = sorted.notes.join(QLatin1Char('\n'));
        QVERIFY2(sortedNotes.contains(QLatin1String("sortBy")), qPrintable(sortedNotes));
        QVERIFY2(sortedNotes.contains(QLatin1String("complete")), qPrintable(sortedNotes));

        // Something in a list that is no object is named as such, not counted as a destination.
        const AamRestReader::Result odd = AamRestReader::read("[42, " + test::kMappingS2s + "]");
        QVERIFY(odd.ok);
        QCOMPARE(odd.items.size(), 0);
        QCOMPARE(odd.looseMappings.size(), 1);
        QVERIFY(odd.notes.join(QLatin1Char(' ')).contains(QLatin1String("Item 1")));
    }

    // Format 2 only when a snapshot exists; older files (no snapshot, "aamRest" keys of an older
    // import) export as before.
    void workspaceFormatVersions()
    {
        Workspace plain = test::smallWorkspace();
        QVERIFY(WorkspaceSerializer::toJson(plain).contains("\"version\": 1,"));
        Workspace ws;
        ws.rebuildIndex();
        ws = imported(ws, test::kUrlNotSerialized);
        const QByteArray bytes = WorkspaceSerializer::toJson(ws);
        QVERIFY(bytes.contains("\"version\": 2,"));
        const WorkspaceSerializer::ReadResult back = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.fileVersion, 2);
        QVERIFY(!back.newerVersion);
        QCOMPARE(back.workspace.destinations.first().remote, ws.destinations.first().remote);

        QByteArray broken = bytes;
        broken.replace("\"remote\": {", "\"remote\": 5, \"x\": {");
        const WorkspaceSerializer::ReadResult bad = WorkspaceSerializer::fromJson(broken);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("remote")), qPrintable(bad.error));

        const QByteArray v1 = R"({"format":"dcsdesk-workspace","version":1,"destinations":[
            {"id":4033,"name":"Old import","type":"url","aamRest":{"pid":1099,"status":"ACTIVE"}}
            ]})";
        const WorkspaceSerializer::ReadResult old = WorkspaceSerializer::fromJson(v1);
        QVERIFY2(old.ok, qPrintable(old.error));
        QVERIFY(!old.migrated);
        const Destination &d = old.workspace.destinations.first();
        QVERIFY(d.remote.isEmpty());
        const QJsonObject out =
            AamRestWriter::destinationToRest(d, old.workspace, AamRestWriter::Options{true, false});
        QCOMPARE(out.value(QStringLiteral("pid")).toInt(), 1099);
        QCOMPARE(out.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(out.value(QStringLiteral("domainRestrictions")).toString(),
                 QStringLiteral("all_domains"));
        QVERIFY(out.value(QStringLiteral("mappings")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestAamRestFidelity)
#include "tst_aamrestfidelity.moc"
