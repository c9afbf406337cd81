#include "collections/brulang.h"
#include "collections/brunocollection.h"
#include "collections/collectionimport.h"
#include "collections/importfolder.h"
#include "collections/postmancollection.h"
#include "console/savedrequestcollection.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/console/data/collections/") + name;
}

DcsSignal signal(const QString &key, const QString &value, bool enabled = true, bool raw = false)
{
    return DcsSignal{key, QStringList{value}, raw, enabled};
}

const QString kUuid = QStringLiteral("07955261652886032950143702505894272138");

} // namespace

// Issue 20 item 5: saved requests from a Postman Collection v2.1 and a Bruno collection written
// by the team in each format (tests/console/data/collections): every field of each imported
// request, its name, folder and order, and each line of the report.
class TstCollectionImport : public QObject
{
    Q_OBJECT

    Workspace workspaceWithIdSync()
    {
        Workspace ws = test::smallWorkspace();
        DcsRequest existing;
        existing.name = QStringLiteral("ID sync");
        ws.savedRequests.append(existing.toJson());
        return ws;
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void postmanV21()
    {
        const CollectionRead read = PostmanCollection::readFile(
            dataPath(QStringLiteral("dcs-team.postman_collection.json")));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.format, QStringLiteral("Postman Collection v2.1"));
        QCOMPARE(read.name, QStringLiteral("DCS team calls"));
        QCOMPARE(read.definedVariables,
                 (QStringList{QStringLiteral("region"), QStringLiteral("dcs")}));
        const Workspace ws = workspaceWithIdSync();
        const CollectionImport::Plan plan =
            CollectionImport::plan(ws, read, QStringList{QStringLiteral("Team")});
        QCOMPARE(plan.items.size(), 7);
        QCOMPARE(plan.summary(), QStringLiteral("1 imported, 5 imported with changes, 1 skipped"));

        // A raw URL string, at the top level.
        const CollectionImport::Item &golf = plan.items.at(0);
        QCOMPARE(golf.outcome, CollectionImport::Outcome::Imported);
        QCOMPARE(golf.name, QStringLiteral("Golf fan (raw URL)"));
        QCOMPARE(golf.source, QStringLiteral("Golf fan (raw URL)"));
        QCOMPARE(golf.folder, QStringList{QStringLiteral("Team")});
        QCOMPARE(golf.details, QStringList());
        DcsRequest expected;
        expected.name = QStringLiteral("Golf fan (raw URL)");
        expected.userId = kUuid;
        expected.cts = 2;
        expected.signalList = {signal(QStringLiteral("c_interest"), QStringLiteral("golf"))};
        ImportFolder::set(&expected, {QStringLiteral("Team")});
        QCOMPARE(golf.request.toJson(), expected.toJson());

        // Nested folders, a URL object with disabled query rows, headers, a Host header, a
        // pre-request script (the empty test script is no loss and not reported).
        const CollectionImport::Item &cart = plan.items.at(1);
        QCOMPARE(cart.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(cart.folder, (QStringList{QStringLiteral("Team"), QStringLiteral("Checkout"),
                                           QStringLiteral("Mobile")}));
        QCOMPARE(cart.source, QStringLiteral("Checkout › Mobile › Cart with disabled rows"));
        QCOMPARE(cart.details,
                 QStringList{QStringLiteral(
                     "The pre-request script was not imported: DCS Desk runs no scripts. Add "
                     "checks (Console › Checks) to test the answer.")});
        expected = DcsRequest();
        expected.name = QStringLiteral("Cart with disabled rows");
        expected.userIdKind = Profile::IdKind::Mid;
        expected.userId = QStringLiteral("{{ecid}}");
        expected.orgId = QStringLiteral("5DC5123F5245B1D20A490D46@AdobeOrg");
        expected.jsonVersion.clear();
        expected.signalList = {signal(QStringLiteral("c_cart"), QStringLiteral("3")),
                               signal(QStringLiteral("c_coupon"), QStringLiteral("SPRING"), false),
                               signal(QStringLiteral("d_sid"), QStringLiteral("1001"), false)};
        expected.headers = {
            DcsHeader{QStringLiteral("X-Forwarded-For"), QStringLiteral("203.0.113.7"), true},
            DcsHeader{QStringLiteral("Accept-Language"), QStringLiteral("fr-FR"), false}};
        ImportFolder::set(&expected, cart.folder);
        QCOMPARE(cart.request.toJson(), expected.toJson());

        // A urlencoded POST body with a disabled field, sent to {{dcs}}, with bearer auth.
        const CollectionImport::Item &order = plan.items.at(2);
        QCOMPARE(order.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(order.folder, (QStringList{QStringLiteral("Team"), QStringLiteral("Checkout")}));
        QCOMPARE(order.details,
                 QStringList{QStringLiteral(
                     "The bearer authorization was not imported: the DCS reads none. If a proxy "
                     "in front of it needs one, add the header in the console.")});
        expected = DcsRequest();
        expected.name = QStringLiteral("Order placed (POST)");
        expected.method = DcsRequest::Method::Post;
        expected.userId = kUuid;
        expected.jsonVersion.clear();
        expected.signalList = {signal(QStringLiteral("c_order"), QStringLiteral("golf clubs")),
                               signal(QStringLiteral("c_debug"), QStringLiteral("1"), false)};
        ImportFolder::set(&expected, order.folder);
        QCOMPARE(order.request.toJson(), expected.toJson());

        // A JSON body: the call is kept, the body is not, and both are said.
        const CollectionImport::Item &json = plan.items.at(3);
        QCOMPARE(json.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(json.details.size(), 2);
        QVERIFY2(json.details.at(0).startsWith(QStringLiteral("The body “{")),
                 qPrintable(json.details.join(QLatin1Char('|'))));
        QVERIFY(json.details.at(0).endsWith(QStringLiteral(
            "is JSON, not the key=value pairs the DCS reads; it was not imported, so the call is "
            "sent without it.")));
        QCOMPARE(json.details.at(1),
                 QStringLiteral("Content-Type application/json is replaced by "
                                "application/x-www-form-urlencoded, the only body the DCS reads."));
        QCOMPARE(json.request.method, DcsRequest::Method::Post);
        QCOMPARE(json.request.userId, QString());
        QVERIFY(json.request.rtbdJson);
        QVERIFY(json.request.signalList.isEmpty());

        // The same name twice in the collection: the second one is renamed, and says so.
        const CollectionImport::Item &again = plan.items.at(4);
        QCOMPARE(again.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(again.sourceName, QStringLiteral("Golf fan (raw URL)"));
        QCOMPARE(again.name, QStringLiteral("Golf fan (raw URL) (2)"));
        QCOMPARE(again.request.name, again.name);
        QCOMPARE(again.details,
                 QStringList{QStringLiteral(
                     "Saved as “Golf fan (raw URL) (2)”: a saved request named “Golf fan (raw "
                     "URL)” exists already in the workspace or earlier in this import. Rename "
                     "either one if you like.")});
        QCOMPARE(again.request.jsonVersion, QString());

        // A name the workspace has: never replaced.
        const CollectionImport::Item &sync = plan.items.at(5);
        QCOMPARE(sync.name, QStringLiteral("ID sync (2)"));
        QCOMPARE(sync.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(sync.request.path, QStringLiteral("/ibs"));
        QCOMPARE(sync.request.signalList.size(), 3);
        QCOMPARE(sync.request.signalList.at(0),
                 signal(QStringLiteral("dpid"), QStringLiteral("411")));
        QCOMPARE(sync.request.signalList.at(1),
                 signal(QStringLiteral("dpuuid"), QStringLiteral("abc123")));
        QCOMPARE(sync.request.signalList.at(2).key, QStringLiteral("redir"));

        // Another host's API.
        const CollectionImport::Item &crm = plan.items.at(6);
        QCOMPARE(crm.outcome, CollectionImport::Outcome::Skipped);
        QCOMPARE(crm.name, QString());
        QCOMPARE(crm.details,
                 QStringList{QStringLiteral(
                     "Not a DCS call: it goes to api.example.com/v2/customers, which is not an "
                     "Audience Manager DCS address (a demdex.net host with /event, /ibs, /id or "
                     "/demoptout.jpg). Nothing to do if it belongs to another API; to import it, "
                     "point its URL at the DCS.")});

        QCOMPARE(plan.notes,
                 (QStringList{
                     QStringLiteral("The collection's pre-request script was not imported (DCS "
                                    "Desk runs no scripts; use checks to test answers)."),
                     QStringLiteral("The collection's apikey authorization was not imported (the "
                                    "DCS reads none)."),
                     QStringLiteral("Folder “Checkout”: its test script was not imported (DCS "
                                    "Desk runs no scripts; use checks to test answers)."),
                     QStringLiteral("1 saved example(s) (example responses) were not imported."),
                     QStringLiteral("The requests went to usw2.demdex.net, {{region}}.demdex.net "
                                    "(alias acme), {{dcs}}, dcs-beta.demdex.net, and "
                                    "dpm.demdex.net. A saved request holds no address: it is sent "
                                    "where the console's profile says (alias, region or base "
                                    "URL). Choose or add a profile for these calls."),
                     QStringLiteral("The requests use the variables {{region}}, {{ecid}}, "
                                    "{{dcs}}, and {{crmToken}}, kept as written. Define them in "
                                    "an environment (Console › Environments) before sending."),
                     QStringLiteral("The collection gives values to region and dcs; the values "
                                    "are not imported. Add them to an environment if the requests "
                                    "need them.")}));

        // Applied: appended after the workspace's own, in the collection's order, one ChangeSet.
        const ChangeSet changes = plan.changes(ws);
        QVERIFY(changes.savedRequests);
        QCOMPARE(changes.savedRequests->size(), 1 + 6);
        QCOMPARE(changes.savedRequests->at(0), ws.savedRequests.at(0));
        QCOMPARE(changes.savedRequests->at(2).toObject().value(QStringLiteral("folder")),
                 QJsonValue(QJsonArray{QStringLiteral("Team"), QStringLiteral("Checkout"),
                                       QStringLiteral("Mobile")}));
        const ChangeSet some = plan.changes(ws, {6, 4, 0});
        QCOMPARE(some.savedRequests->size(), 1 + 2); // the skipped one is not taken
        QCOMPARE(some.savedRequests->at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Golf fan (raw URL) (2)"));
    }

    // A folder of the collection with no DCS request (its calls skipped, or nothing in it) is
    // created empty, in the collection's order, and the review says so; the import is one undo
    // step. Nothing imported: no folder either.
    void foldersWithoutDcsRequestsAreCreatedEmpty()
    {
        const QJsonObject dcs{{"name", "Golf"},
                              {"request", QJsonObject{{"method", "GET"},
                                                      {"url", "https://acme.demdex.net/event?"
                                                              "d_rtbd=json&c_interest=golf"}}}};
        const QJsonObject crm{
            {"name", "CRM"},
            {"request", QJsonObject{{"method", "GET"}, {"url", "https://api.example.com/c"}}}};
        const auto folder = [](const QString &name, const QJsonArray &items) {
            return QJsonObject{{"name", name}, {"item", items}};
        };
        const QJsonObject info{
            {"name", "Shape"},
            {"schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}};
        const auto write = [](const QString &path, const QJsonObject &o) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shape.postman_collection.json"));
        QVERIFY(write(path,
                      QJsonObject{{"info", info},
                                  {"item", QJsonArray{folder("CRM", {crm}),
                                                      folder("Checkout", {folder("Mobile", {dcs})}),
                                                      folder("Empty", {})}}}));
        const CollectionRead read = PostmanCollection::readFile(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.folders,
                 (QVector<QStringList>{{"CRM"}, {"Checkout"}, {"Checkout", "Mobile"}, {"Empty"}}));
        WorkspaceDocument doc;
        doc.reset(workspaceWithIdSync());
        const CollectionImport::Plan plan =
            CollectionImport::plan(doc.workspace(), read, QStringList{QStringLiteral("Team")});
        QCOMPARE(plan.emptyFolders, (QVector<QStringList>{{"Team", "CRM"}, {"Team", "Empty"}}));
        QVERIFY(plan.notes.contains(QStringLiteral(
            "Folder “Team/CRM” holds no DCS request: it is created empty, so the collection keeps "
            "its folders. Delete it in the Saved requests pane if you do not need it.")));
        QVERIFY(plan.notes.contains(QStringLiteral(
            "Folder “Team/Empty” holds no DCS request: it is created empty, so the collection "
            "keeps its folders. Delete it in the Saved requests pane if you do not need it.")));
        doc.apply(plan.changes(doc.workspace()), QStringLiteral("import"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(SavedRequestCollection::childFoldersOf(doc.workspace(), {"Team"}),
                 (QVector<QStringList>{{"Team", "CRM"}, {"Team", "Checkout"}, {"Team", "Empty"}}));
        QCOMPARE(SavedRequestCollection::requestsIn(doc.workspace(), {"Team"}, true),
                 QStringList{"Golf"});
        doc.undo();
        QVERIFY(!SavedRequestCollection::folderExists(doc.workspace(), {"Team"}));

        // Only calls that are not DCS calls: nothing is imported, no folder is made.
        QVERIFY(
            write(path, QJsonObject{{"info", info}, {"item", QJsonArray{folder("CRM", {crm})}}}));
        const CollectionImport::Plan none =
            CollectionImport::plan(doc.workspace(), PostmanCollection::readFile(path), {"Team"});
        QVERIFY(none.emptyFolders.isEmpty());
        QVERIFY(none.changes(doc.workspace()).isEmpty());
    }

    void brunoFolderWithoutDcsRequestsIsCreatedEmpty()
    {
        QTemporaryDir dir;
        const QString source = dataPath(QStringLiteral("bruno-dcs/"));
        QVERIFY(QFile::copy(source + "bruno.json", dir.filePath("bruno.json")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Other")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Calls")));
        QVERIFY(QFile::copy(source + "Weather (not DCS).bru", dir.filePath("Other/Weather.bru")));
        QVERIFY(QFile::copy(source + "Golf fan.bru", dir.filePath("Calls/Golf fan.bru")));
        const CollectionRead read = CollectionImport::readPath(dir.path());
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.folders, (QVector<QStringList>{{"Calls"}, {"Other"}}));
        const CollectionImport::Plan plan = CollectionImport::plan(Workspace(), read, {});
        QCOMPARE(plan.emptyFolders, QVector<QStringList>{{"Other"}});
        const ChangeSet changes = plan.changes(Workspace());
        QVERIFY(changes.savedRequestFolders);
        const Workspace after = SavedRequestCollection::after(Workspace(), changes);
        QCOMPARE(SavedRequestCollection::folders(after),
                 (QVector<QStringList>{{"Calls"}, {"Other"}}));
    }

    void postmanOtherVersionsAreRefused()
    {
        const CollectionRead v20 = PostmanCollection::readFile(
            dataPath(QStringLiteral("dcs-team-v2.0.postman_collection.json")));
        QVERIFY(!v20.ok);
        QCOMPARE(v20.error,
                 QStringLiteral("This is a Postman Collection v2.0 file; DCS Desk reads v2.1, "
                                "whose requests and authorization are laid out differently. In "
                                "Postman, export the collection again as “Collection v2.1” and "
                                "import that file."));
        const CollectionRead v1 = PostmanCollection::read(
            R"({"id":"1","name":"old","order":[],"folders":[],"requests":[]})");
        QVERIFY(!v1.ok);
        QVERIFY(v1.error.startsWith(QStringLiteral("This is a Postman Collection v1 file;")));
        const CollectionRead notJson = PostmanCollection::read("{\"info\": ");
        QVERIFY(!notJson.ok);
        QVERIFY(notJson.error.startsWith(QStringLiteral("The file is not valid JSON")));
    }

    void bruno()
    {
        const CollectionRead read =
            CollectionImport::readPath(dataPath(QStringLiteral("bruno-dcs")));
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.format, QStringLiteral("Bruno collection"));
        QCOMPARE(read.name, QStringLiteral("DCS team (Bruno)"));
        const Workspace ws = test::smallWorkspace();
        const CollectionImport::Plan plan = CollectionImport::plan(ws, read, {});
        QStringList order;
        for (const CollectionImport::Item &item : plan.items)
            order.append(item.source);
        // seq inside each folder; the folders by their own seq, after the collection's requests.
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Tennis fan.bru"), QStringLiteral("Golf fan.bru"),
                              QStringLiteral("Weather (not DCS).bru"), QStringLiteral("Broken.bru"),
                              QStringLiteral("Checkout/Cart.bru"),
                              QStringLiteral("Checkout/Order placed.bru"),
                              QStringLiteral("Sync/Partner sync.bru")}));
        QCOMPARE(plan.summary(), QStringLiteral("1 imported, 4 imported with changes, 2 skipped"));
        const DcsHeader team{QStringLiteral("X-Team"), QStringLiteral("dcs"), true};

        const CollectionImport::Item &tennis = plan.items.at(0);
        QCOMPARE(tennis.outcome, CollectionImport::Outcome::Imported);
        QCOMPARE(tennis.name, QStringLiteral("Tennis fan"));
        QCOMPARE(tennis.folder, QStringList());
        DcsRequest expected;
        expected.name = QStringLiteral("Tennis fan");
        expected.userId = kUuid;
        expected.jsonVersion.clear();
        expected.signalList = {signal(QStringLiteral("c_interest"), QStringLiteral("tennis"))};
        expected.headers = {team};
        QCOMPARE(tennis.request.toJson(), expected.toJson());

        // {{host}}, params:query with a disabled row, disabled header, asserts and tests.
        const CollectionImport::Item &golf = plan.items.at(1);
        QCOMPARE(golf.outcome, CollectionImport::Outcome::Changed);
        QCOMPARE(golf.details,
                 (QStringList{QStringLiteral("2 assertion(s) (line 26) were not imported: add "
                                             "checks (Console › Checks) to test the answer."),
                              QStringLiteral("The tests (line 31) were not imported: add checks "
                                             "(Console › Checks) to test the answer.")}));
        expected = DcsRequest();
        expected.name = QStringLiteral("Golf fan");
        expected.userId = QStringLiteral("{{uuid}}");
        expected.jsonVersion.clear();
        expected.destinations = true;
        expected.signalList = {signal(QStringLiteral("c_interest"), QStringLiteral("golf")),
                               signal(QStringLiteral("c_level"), QStringLiteral("pro"), false)};
        expected.headers = {
            team,
            DcsHeader{QStringLiteral("User-Agent"), QStringLiteral("DCS-Desk-Tests/1.0"), true},
            DcsHeader{QStringLiteral("X-Debug"), QStringLiteral("1"), false}};
        QCOMPARE(golf.request.toJson(), expected.toJson());

        QCOMPARE(plan.items.at(2).outcome, CollectionImport::Outcome::Skipped);
        QCOMPARE(plan.items.at(2).sourceName, QStringLiteral("Weather"));
        QVERIFY(plan.items.at(2).details.at(0).startsWith(
            QStringLiteral("Not a DCS call: it goes to api.weather.example/v1/forecast,")));
        QCOMPARE(plan.items.at(3).outcome, CollectionImport::Outcome::Skipped);
        QCOMPARE(plan.items.at(3).details,
                 QStringList{QStringLiteral(
                     "Broken.bru, line 7: the block “get” is not closed: put “}” on a line of its "
                     "own before line 11. The file was skipped; correct it (or open and save it "
                     "in Bruno) and import again.")});

        const DcsHeader flow{QStringLiteral("X-Flow"), QStringLiteral("checkout"), true};
        const CollectionImport::Item &cart = plan.items.at(4);
        QCOMPARE(cart.folder, QStringList{QStringLiteral("Checkout flow")});
        QCOMPARE(cart.details.size(), 1);
        QVERIFY(cart.details.at(0).endsWith(
            QStringLiteral("is JSON, not the key=value pairs the DCS reads; it was not imported, "
                           "so the call is sent without it.")));
        QCOMPARE(cart.request.method, DcsRequest::Method::Post);
        QCOMPARE(cart.request.headers, (QVector<DcsHeader>{team, flow}));

        const CollectionImport::Item &placed = plan.items.at(5);
        QCOMPARE(placed.details,
                 (QStringList{QStringLiteral("The post-response script (line 20) was not "
                                             "imported: DCS Desk runs no scripts."),
                              QStringLiteral("The pre-request variables (line 24) were not "
                                             "imported: set them in an environment (Console › "
                                             "Environments).")}));
        expected = DcsRequest();
        expected.name = QStringLiteral("Order placed");
        expected.method = DcsRequest::Method::Post;
        expected.userId = kUuid;
        expected.jsonVersion.clear();
        expected.signalList = {signal(QStringLiteral("c_order"), QStringLiteral("golf clubs")),
                               signal(QStringLiteral("c_debug"), QStringLiteral("1"), false)};
        expected.headers = {team, flow};
        ImportFolder::set(&expected, {QStringLiteral("Checkout flow")});
        QCOMPARE(placed.request.toJson(), expected.toJson());

        const CollectionImport::Item &sync = plan.items.at(6);
        QCOMPARE(sync.folder, QStringList{QStringLiteral("ID syncs")});
        QCOMPARE(sync.details,
                 QStringList{QStringLiteral("The docs (line 13) were not imported.")});
        QCOMPARE(sync.request.path, QStringLiteral("/ibs"));
        QVERIFY(!sync.request.rtbdJson);
        QCOMPARE(sync.request.signalList,
                 (QVector<DcsSignal>{signal(QStringLiteral("dpid"), QStringLiteral("411")),
                                     signal(QStringLiteral("dpuuid"), QStringLiteral("abc123"))}));

        QCOMPARE(plan.notes,
                 (QStringList{
                     QStringLiteral("The collection: its headers X-Team are added to each request "
                                    "below it, as Bruno sends them."),
                     QStringLiteral("The collection: not imported: script:pre-request (DCS Desk "
                                    "runs no scripts and the DCS reads no authorization; use "
                                    "checks to test answers)."),
                     QStringLiteral("1 environment(s) in environments/ were not imported: define "
                                    "their variables in Console › Environments."),
                     QStringLiteral("Folder “Checkout”: its headers X-Flow are added to each "
                                    "request below it, as Bruno sends them."),
                     QStringLiteral("The requests went to usw2.demdex.net, {{host}}, and "
                                    "dpm.demdex.net. A saved request holds no address: it is sent "
                                    "where the console's profile says (alias, region or base "
                                    "URL). Choose or add a profile for these calls."),
                     QStringLiteral("The requests use the variables {{host}} and {{uuid}}, kept "
                                    "as written. Define them in an environment (Console › "
                                    "Environments) before sending.")}));
    }

    void bruLangBlocks()
    {
        const BruLang::File f = BruLang::parse(QStringLiteral(
            "meta {\n  name: A \"quoted\" name\n  seq: 3\n  tags: [\n    smoke\n    dcs\n  ]\n}\n\n"
            "headers {\n  \"X-Key: odd\": one\n  ~X-Off: two\n  X-Multi: '''\n    line 1\n"
            "    line 2\n  '''\n}\n\nbody:json {\n  {\n    \"a\": {\n      \"b\": 1\n    }\n  "
            "}\n}\n"
            "docs {}\n"));
        QCOMPARE(f.error, QString());
        QCOMPARE(f.blocks.size(), 4);
        const BruBlock *meta = f.block(QStringLiteral("meta"));
        QVERIFY(meta);
        QCOMPARE(meta->value(QStringLiteral("name")), QStringLiteral("A \"quoted\" name"));
        QCOMPARE(meta->value(QStringLiteral("seq")), QStringLiteral("3"));
        QCOMPARE(meta->value(QStringLiteral("tags")), QStringLiteral("smoke,dcs"));
        const BruBlock *headers = f.block(QStringLiteral("headers"));
        QCOMPARE(headers->line, 10);
        QCOMPARE(headers->entries.size(), 3);
        QCOMPARE(headers->entries[0].key, QStringLiteral("X-Key: odd"));
        QCOMPARE(headers->entries[0].value, QStringLiteral("one"));
        QCOMPARE(headers->entries[1].enabled, false);
        QCOMPARE(headers->entries[1].line, 12);
        QCOMPARE(headers->entries[2].value, QStringLiteral("line 1\nline 2"));
        const BruBlock *body = f.block(QStringLiteral("body:json"));
        QVERIFY(body->isText);
        QCOMPARE(body->text, QStringLiteral("{\n  \"a\": {\n    \"b\": 1\n  }\n}"));
        QVERIFY(f.block(QStringLiteral("docs"))->text.isEmpty());
    }

    void bruLangErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("text outside a block")
            << QStringLiteral("meta {\n  name: x\n}\nurl: https://x\n") << 4
            << QStringLiteral("line 4: “url: https://x” is outside any block; a block opens with a "
                              "name and “{”, such as “headers {”.");
        QTest::newRow("not key: value")
            << QStringLiteral("headers {\n  X-One: 1\n  just words\n}\n") << 3
            << QStringLiteral("line 3: “just words” in the block “headers” is not “name: value”.");
        QTest::newRow("text block never closed")
            << QStringLiteral("meta {\n  name: x\n}\n\nscript:pre-request {\n  let a = 1;\n  }\n")
            << 5
            << QStringLiteral("line 5: the block “script:pre-request” is never closed: add “}” on "
                              "a line of its own.");
        QTest::newRow("multi-line value never ends")
            << QStringLiteral("headers {\n  X: '''\n    a\n}\n") << 2
            << QStringLiteral("line 2: the value of “X” opens with ''' but never ends with '''.");
    }

    void bruLangErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const BruLang::File f = BruLang::parse(text);
        QCOMPARE(f.error, message);
        QCOMPARE(f.errorLine, line);
    }
};

QTEST_GUILESS_MAIN(TstCollectionImport)
#include "tst_collectionimport.moc"
