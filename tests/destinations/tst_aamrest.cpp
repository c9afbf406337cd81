#include "aam/aamrestimportplan.h"
#include "aam/aamrestreader.h"
#include "aam/aamrestwriter.h"
#include "firing/firepreview.h"
#include "itemmodels/destinationfilterproxymodel.h"
#include "itemmodels/destinationlistmodel.h"
#include "itemmodels/modelroles.h"
#include "testworkspace.h"
#include "validation/validator.h"
#include "workspace/workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dcsdesk;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/aam-rest/") + QLatin1String(name);
}

const AamRestImportPlan::Row *findRow(const AamRestImportPlan &plan, EntityKind kind, qint64 key)
{
    for (const AamRestImportPlan::Row &row : plan.rows()) {
        if (row.kind == kind && row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestAamRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void readsDocumentedUrlResponse()
    {
        const AamRestReader::Result r =
            AamRestReader::readFile(fixture("url-not-serialized-response.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.items.size(), 1);
        const AamRestItem &item = r.items.first();
        QVERIFY(item.problems.isEmpty());
        QCOMPARE(item.destination.id, 4033);
        QCOMPARE(item.destination.type, Destination::Type::Url);
        QCOMPARE(item.destination.name, QStringLiteral("Sample URL Destination (not serialized)"));
        QCOMPARE(item.destination.urlFormat, QStringLiteral("https://www.adobe.com/send?%ALIAS%"));
        QVERIFY(item.destination.delimiter.isEmpty()); // null
        QVERIFY(!item.destination.serialized);
        QVERIFY(!item.mappingsPresent); // "mappings": null leaves mappings alone
        QCOMPARE(item.destination.updateTime,
                 QDateTime::fromMSecsSinceEpoch(1338937116000, Qt::UTC));
        QCOMPARE(item.restExtras.value(QStringLiteral("pid")).toInt(), 1099);
        QCOMPARE(item.restExtras.value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
        // The repeated destinationType key is reported, the last value used; the keys no field
        // shows are named as kept (a note added with the REST snapshots).
        QCOMPARE(r.notes.size(), 2);
        QVERIFY(r.notes.first().contains(QLatin1String("destinationType")));
        QVERIFY(r.notes.last().contains(QLatin1String("createTime, crUID, dataSourceId")));
    }

    void readsCookieRequestWithNumbersAsStrings()
    {
        const AamRestReader::Result r =
            AamRestReader::readFile(fixture("cookie-single-key-request.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const Destination &d = r.items.first().destination;
        QCOMPARE(d.type, Destination::Type::Cookie);
        QCOMPARE(d.platform, Destination::Platform::Browser);
        QCOMPARE(d.maxSize, 2048);
        QCOMPARE(d.ttlDays, 0);
        QCOMPARE(d.cookieName, QStringLiteral("adobe"));
        QCOMPARE(d.cookieDomain, QStringLiteral("adobe.com"));
        QCOMPARE(d.publishTo, Destination::PublishTo::SelectedDomains);
        QCOMPARE(d.siteIds, QList<int>{312});
        QCOMPARE(d.singleKey, QStringLiteral("key"));
        QVERIFY(!r.items.first().hasId);
        QCOMPARE(r.items.first().restExtras.value(QStringLiteral("adServerTypeID")).toInt(), 1);
    }

    // Adobe's documented REST destinations are valid here too: no finding is an error (a
    // Destination Builder preference, such as .adobe.com, is at most a warning).
    void documentedExamplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("URL, not serialized (response)") << "url-not-serialized-response.json";
        QTest::newRow("URL, serialized (request)") << "url-serialized-request.json";
        QTest::newRow("cookie, single key (request)") << "cookie-single-key-request.json";
    }

    void documentedExamplesHaveNoErrors()
    {
        QFETCH(QString, file);
        const AamRestReader::Result r = AamRestReader::readFile(fixture(qPrintable(file)));
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const AamRestItem &item : r.items) {
            Destination d = item.destination;
            if (d.id <= 0)
                d.id = 4035; // requests carry no ID; the account assigns one
            for (const Finding &f : Validator::validateDestination(d))
                QVERIFY2(f.severity != Finding::Severity::Error, qPrintable(f.message));
        }
    }

    void rejectsBrokenJsonWithPosition()
    {
        const AamRestReader::Result r = AamRestReader::read("[{\"name\": \"x\",}\n]");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("line 1")), qPrintable(r.error));
        const AamRestReader::Result empty = AamRestReader::read("[]");
        QVERIFY(!empty.ok);
        QVERIFY(!empty.error.isEmpty());
        const AamRestReader::Result missing =
            AamRestReader::readFile(fixture("does-not-exist.json"));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QLatin1String("does-not-exist.json")));
    }

    void planWithConflicts()
    {
        const Workspace ws = test::sampleWorkspace();
        const AamRestReader::Result r = AamRestReader::readFile(fixture("conflicts-paged.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        AamRestImportPlan::Options options;
        options.now = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
        const AamRestImportPlan plan = AamRestImportPlan::build(ws, r, options);

        const auto d = plan.counts(EntityKind::Destination);
        QCOMPARE(d.added, 3);
        // 2010 matches the workspace in every field DCS Desk edits; what is new is the REST
        // object the file holds, kept as its snapshot (before format 2 this row was Unchanged).
        QCOMPARE(d.updated, 2);
        QCOMPARE(d.unchanged, 0);
        const auto *snapshotOnly = findRow(plan, EntityKind::Destination, 2010);
        QVERIFY(snapshotOnly);
        QVERIFY(snapshotOnly->reasons.join(QLatin1Char(' '))
                    .contains(QLatin1String("Audience Manager's own fields")));
        QCOMPARE(d.skipped, 2);
        const auto m = plan.counts(EntityKind::Mapping);
        QCOMPARE(m.added, 2);
        QCOMPARE(m.updated, 1);
        QCOMPARE(m.skipped, 2);
        const auto s = plan.counts(EntityKind::Segment);
        QCOMPARE(s.added, 1);

        // Type conflict: 2006 is a cookie destination in the workspace.
        const auto *conflict = findRow(plan, EntityKind::Destination, 2006);
        QVERIFY(conflict);
        QCOMPARE(conflict->action, AamRestImportPlan::Action::Skip);
        QVERIFY(!conflict->reasons.isEmpty());
        // Mapping 5029 belongs to 2007, not to 2001.
        const auto *foreign = findRow(plan, EntityKind::Mapping, 5029);
        QVERIFY(foreign);
        QCOMPARE(foreign->action, AamRestImportPlan::Action::Skip);
        // Unknown REST type.
        const auto *analytics = findRow(plan, EntityKind::Destination, 4040);
        QVERIFY(analytics);
        QCOMPARE(analytics->action, AamRestImportPlan::Action::Skip);
        // The serialized destination without an ID gets a fresh one.
        bool foundNew = false;
        for (const Destination &added : plan.changes().addDestinations) {
            if (added.name == QLatin1String("Sample URL Destination (Serialized)")) {
                foundNew = true;
                QVERIFY(added.id > 4040);
                QVERIFY(!ws.destination(added.id));
            }
        }
        QVERIFY(foundNew);
        // Three mapping-ID names, values per type, numbers as strings.
        QCOMPARE(plan.changes().updateMappings.size(), 1);
        QCOMPARE(plan.changes().updateMappings.first().id, 5001);
        QCOMPARE(plan.changes().updateMappings.first().value, QStringLiteral("golf"));
        bool multiKey = false;
        for (const SegmentMapping &added : plan.changes().addMappings) {
            if (added.id == 65400) {
                multiKey = true;
                QCOMPARE(added.sid, 1001);
                QCOMPARE(added.value, QStringLiteral("type"));
                QCOMPARE(added.secondValue, QStringLiteral("123"));
                QCOMPARE(added.priority, 1);
            } else {
                QCOMPARE(added.id, 65334);
                QCOMPARE(added.value, QStringLiteral("https://adobe.com"));
                QCOMPARE(added.startDate, QDate(2012, 7, 3));
            }
        }
        QVERIFY(multiKey);
        QCOMPARE(plan.changes().addSegments.first().sid, 87723);
        QCOMPARE(plan.changes().addSegments.first().name, QStringLiteral("Sample games"));
        QCOMPARE(plan.changes().addSegments.first().description,
                 QStringLiteral("Sample games pixel"));
        // Notes: repeated keys, the partial page and the keys kept as sent.
        QCOMPARE(plan.notes().size(), 3);

        // Without adding segments the segment is flagged, the mapping still imported.
        options.addMissingSegments = false;
        const AamRestImportPlan flagged = AamRestImportPlan::build(ws, r, options);
        QVERIFY(flagged.changes().addSegments.isEmpty());
        QCOMPARE(flagged.counts(EntityKind::Segment).skipped, 1);
        QCOMPARE(flagged.counts(EntityKind::Mapping).added, 2);

        // Applying is one undo step and undo restores the workspace.
        WorkspaceDocument doc;
        doc.reset(ws);
        doc.apply(plan.changes(), plan.undoText());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.workspace().destination(2001)->delimiter, QStringLiteral(";"));
        QVERIFY(doc.workspace().destination(4033));
        QVERIFY(doc.workspace().segment(87723));
        doc.undo();
        QCOMPARE(doc.workspace().destinations, ws.destinations);
        QCOMPARE(doc.workspace().mappings, ws.mappings);
        QCOMPARE(doc.workspace().segments, ws.segments);
    }

    void importingTheSameFileTwiceChangesNothing()
    {
        const AamRestReader::Result r = AamRestReader::readFile(fixture("conflicts-paged.json"));
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        AamRestImportPlan::Options options;
        doc.apply(AamRestImportPlan::build(doc.workspace(), r, options).changes(),
                  QStringLiteral("1"));
        const AamRestImportPlan again = AamRestImportPlan::build(doc.workspace(), r, options);
        QCOMPARE(again.counts(EntityKind::Destination).added, 0);
        QCOMPARE(again.counts(EntityKind::Destination).updated, 0);
        QCOMPARE(again.counts(EntityKind::Mapping).updated, 0);
        QVERIFY(again.isEmpty());
    }

    void exportRoundTrip()
    {
        const Workspace ws = test::sampleWorkspace();
        AamRestWriter::Options options;
        const AamRestWriter::Result out = AamRestWriter::write(ws, {}, options);
        QCOMPARE(out.destinations, int(ws.destinations.size()));
        QCOMPARE(out.mappings, int(ws.mappings.size()));
        const QJsonArray array = QJsonDocument::fromJson(out.json).array();
        QCOMPARE(array.size(), ws.destinations.size());
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(QStringLiteral("destinationType")).toString(), QStringLiteral("PUSH"));
        QVERIFY(first.contains(QStringLiteral("urlFormatString")));
        QVERIFY(first.value(QStringLiteral("mappings")).isArray());

        // Import into a workspace that has none of them: everything comes back equal.
        Workspace empty;
        empty.rebuildIndex();
        const AamRestReader::Result r = AamRestReader::read(out.json);
        QVERIFY2(r.ok, qPrintable(r.error));
        AamRestImportPlan::Options importOptions;
        const AamRestImportPlan plan = AamRestImportPlan::build(empty, r, importOptions);
        QCOMPARE(plan.counts(EntityKind::Destination).skipped, 0);
        QCOMPARE(plan.counts(EntityKind::Mapping).skipped, 0);
        QCOMPARE(plan.changes().addDestinations.size(), ws.destinations.size());
        // Each comes back equal, plus the object it was read from as its REST snapshot.
        for (int i = 0; i < ws.destinations.size(); ++i) {
            Destination back = plan.changes().addDestinations[i];
            QJsonObject exported = array[i].toObject();
            exported.insert(QStringLiteral("mappings"), QJsonArray()); // kept in the mappings
            QCOMPARE(back.remote, exported);
            back.remote = QJsonObject();
            QCOMPARE(back, ws.destinations[i]);
        }
        QCOMPARE(plan.changes().addMappings.size(), ws.mappings.size());
        QHash<qint64, SegmentMapping> byId;
        for (SegmentMapping m : plan.changes().addMappings) {
            QVERIFY(!m.remote.isEmpty());
            m.remote = QJsonObject();
            byId.insert(m.id, m);
        }
        for (const SegmentMapping &m : ws.mappings)
            QCOMPARE(byId.value(m.id), m);
        // Segments come back from elementName / elementDescription.
        for (const Segment &s : plan.changes().addSegments) {
            QCOMPARE(s.name, ws.segment(s.sid)->name);
            QCOMPARE(s.description, ws.segment(s.sid)->description);
        }
        // Into the workspace itself: only the snapshots are new (before format 2: nothing to do),
        // and once they are kept, importing again changes nothing.
        const AamRestImportPlan snapshots = AamRestImportPlan::build(ws, r, importOptions);
        for (const Destination &d : snapshots.changes().updateDestinations) {
            Destination model = d;
            model.remote = QJsonObject();
            QCOMPARE(model, *ws.destination(d.id));
        }
        QCOMPARE(snapshots.counts(EntityKind::Destination).added, 0);
        QCOMPARE(snapshots.counts(EntityKind::Mapping).added, 0);
        WorkspaceDocument doc;
        doc.reset(ws);
        doc.apply(snapshots.changes(), QStringLiteral("snapshots"));
        QVERIFY(AamRestImportPlan::build(doc.workspace(), r, importOptions).isEmpty());
    }

    void exportWithoutExtensionsLeavesOutS2s()
    {
        const Workspace ws = test::sampleWorkspace();
        AamRestWriter::Options options;
        options.includeDcsDeskFields = false;
        options.includeMappings = false;
        const AamRestWriter::Result out = AamRestWriter::write(ws, {2001, 2011}, options);
        QCOMPARE(out.destinations, 1);
        QCOMPARE(out.skipped.size(), 1);
        const QJsonObject only = QJsonDocument::fromJson(out.json).array().first().toObject();
        QVERIFY(!only.contains(QLatin1String(AamRestReader::ExtensionKey)));
        QVERIFY(only.value(QStringLiteral("mappings")).isNull());
    }

    void saveFileFailsCleanly()
    {
        QString error;
        QVERIFY(!AamRestWriter::saveFile(QStringLiteral("/nonexistent-dir/x.json"), "[]", &error));
        QVERIFY(!error.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(AamRestWriter::saveFile(path, "[]", &error));
        QVERIFY(QFile::exists(path));
    }

    void firePreviewSerializedUrl()
    {
        const Workspace ws = test::smallWorkspace();
        FireContext ctx;
        ctx.rnd = QStringLiteral("42");
        const Destination &d = *ws.destination(10);
        const auto sids = FirePreview::defaultSampleSids(ws, 10);
        QCOMPARE(sids, (QVector<qint64>{101, 102, 103}));
        const FirePreview::Result r = FirePreview::compute(ws, d, sids, ctx, QDate(2026, 1, 1));
        QCOMPARE(r.fired.pixels.size(), 1);
        QCOMPARE(r.fired.pixels.first().url, QStringLiteral("http://a.example.com/?s=101,102,103"));
        QVERIFY(r.alternate.has_value());
        QCOMPARE(r.alternate->pixels.size(), 3);
        // An unmapped segment gets its auto-fill value (the segment ID).
        const FirePreview::Result withNew =
            FirePreview::compute(ws, d, {101, 999}, ctx, QDate(2026, 1, 1));
        QCOMPARE(withNew.segments[1].origin, FirePreview::SampleSegment::Origin::AutoFill);
        QCOMPARE(withNew.fired.pixels.first().url,
                 QStringLiteral("http://a.example.com/?s=101,999"));
    }

    void filterProxy()
    {
        WorkspaceDocument doc;
        doc.reset(test::sampleWorkspace());
        DestinationListModel model(&doc);
        DestinationFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 12);
        proxy.setSearchText(QStringLiteral("gpt"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("aam_g")); // part of a cookie name
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(KeyRole).toLongLong(), 2006);
        proxy.setSearchText(QStringLiteral("2003")); // by ID
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        proxy.setTypeFilter(int(Destination::Type::Cookie));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setTypeFilter(-1);
        proxy.sort(DestinationListModel::MappedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(KeyRole).toLongLong(), 2001); // 9 mappings
        proxy.sort(DestinationListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(),
                 QStringLiteral("Ad server pixels (serialized)"));
        // Edits and removals keep the proxy consistent.
        doc.setDestinationField(2001, Destination::Name, QStringLiteral("Zz last"));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data().toString(), QStringLiteral("Zz last"));
        doc.removeDestinations({2010}, true);
        QCOMPARE(proxy.rowCount(), 11);
        doc.undo();
        doc.undo();
        QCOMPARE(proxy.rowCount(), 12);
    }
};

QTEST_GUILESS_MAIN(TestAamRest)
#include "tst_aamrest.moc"
