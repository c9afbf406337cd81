#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"
#include "aamrestdocexamples.h"
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

void compareValue(const QJsonValue &want, const QJsonValue &got, bool present,
                  const QString &path, Tally &t)
{
    if (isLeaf(want)) {
        ++t.checks;
        if (present && got == want && got.type() == want.type())
            ++t.matched;
        else
            t.misses.append(QStringLiteral("%1: %2 became %3")
                                .arg(path, compact(want),
                                     present ? compact(got) : QStringLiteral("(absent)")));
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
                t.misses.append(QStringLiteral("%1.%2 added: %3")
                                    .arg(path, it.key(), compact(it.value())));
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
    const AamRestImportPlan plan =
        AamRestImportPlan::build(ws, r, AamRestImportPlan::Options());
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
    for (const QJsonValue &m : QJsonDocument::fromJson(AamRestWriter::writeMappings(ws, {}).json)
                                   .array())
        out.insert({int(Kind::Mapping), idOf(m.toObject(), Kind::Mapping)}, m.toObject());
    for (const QJsonValue &s : QJsonDocument::fromJson(AamRestWriter::writeSegments(ws, {}).json)
                                   .array())
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
};

QTEST_GUILESS_MAIN(TestAamRestFidelity)
#include "tst_aamrestfidelity.moc"
