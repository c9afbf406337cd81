#include "inprocesscli.h"
#include "cli/cliapp.h"
#include "collections/importfolder.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

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

} // namespace

// Issue 20 item 5 from a terminal: `dcsdesk-cli import-collection FILE|DIR --into WORKSPACE`
// prints a result per request, writes the workspace only without --dry-run (with a backup),
// never replaces a saved request, and exits 1 when something was changed or skipped, 2 when
// the collection cannot be read.
class TstCliImportCollection : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;
    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) { return test::runCli(*m_registry, args); }

    QString sampleCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(test::samplePath(), path))
            qWarning("cannot copy the sample");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    void dryRunWritesNothing()
    {
        const QString ws = sampleCopy(QStringLiteral("dry.json"));
        const QByteArray before = [&ws] {
            QFile f(ws);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run r = run({QStringLiteral("import-collection"),
                           dataPath(QStringLiteral("dcs-team.postman_collection.json")),
                           QStringLiteral("--into"), ws, QStringLiteral("--dry-run"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("format")).toString(),
                 QStringLiteral("Postman Collection v2.1"));
        QCOMPARE(o.value(QStringLiteral("collection")).toString(),
                 QStringLiteral("DCS team calls"));
        QCOMPARE(o.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 1);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 7);
        QCOMPARE(items.at(6).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("skipped"));
        QVERIFY(!items.at(6).toObject().contains(QStringLiteral("request")));
        QCOMPARE(items.at(1)
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("folder")),
                 QJsonValue(QJsonArray{QStringLiteral("DCS team calls"), QStringLiteral("Checkout"),
                                       QStringLiteral("Mobile")}));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 1);
        QFile after(ws);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void importsTwiceWithoutReplacing()
    {
        const QString ws = sampleCopy(QStringLiteral("bruno.json"));
        const QStringList args = {QStringLiteral("import-collection"),
                                  dataPath(QStringLiteral("bruno-dcs")),
                                  QStringLiteral("--into"),
                                  ws,
                                  QStringLiteral("--folder"),
                                  QStringLiteral("Team/Bruno")};
        Run r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Imported: Tennis fan  [Team/Bruno]\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral(
            "Skipped: Broken\n    - Broken.bru, line 7: the block “get” is not closed: "
            "put “}” on a line of its own before line 11. The file was skipped; correct it (or "
            "open and save it in Bruno) and import again.\n")));
        QVERIFY(r.out.contains(QStringLiteral("1 imported, 4 imported with changes, 2 skipped. %1 "
                                              "saved; the previous file is kept "
                                              "as a backup.")
                                   .arg(ws)));
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(ws);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.workspace.savedRequests.size(), 3 + 5);
        r = run(args);
        QCOMPARE(r.code, 1);
        loaded = WorkspaceFile::load(ws);
        QCOMPARE(loaded.workspace.savedRequests.size(), 3 + 10);
        QStringList names;
        for (const QJsonValue &v : loaded.workspace.savedRequests)
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(
            names.mid(3),
            (QStringList{QStringLiteral("Tennis fan"), QStringLiteral("Golf fan"),
                         QStringLiteral("Cart"), QStringLiteral("Order placed"),
                         QStringLiteral("Partner sync"), QStringLiteral("Tennis fan (2)"),
                         QStringLiteral("Golf fan (2)"), QStringLiteral("Cart (2)"),
                         QStringLiteral("Order placed (2)"), QStringLiteral("Partner sync (2)")}));
        QCOMPARE(loaded.workspace.savedRequests.at(7).toObject().value(QStringLiteral("folder")),
                 QJsonValue(QJsonArray{QStringLiteral("Team"), QStringLiteral("Bruno"),
                                       QStringLiteral("ID syncs")}));
    }

    // A folder whose calls are all skipped is created empty, and the output says so.
    void createsAFolderWithoutDcsRequestsEmpty()
    {
        const QString collection = m_dir.filePath(QStringLiteral("shape.postman_collection.json"));
        QFile f(collection);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QJsonObject lookup{
            {"name", "Lookup"},
            {"request", QJsonObject{{"method", "GET"}, {"url", "https://api.example.com/c"}}}};
        const QJsonObject golf{
            {"name", "Golf"},
            {"request",
             QJsonObject{{"method", "GET"}, {"url", "https://acme.demdex.net/event?d_rtbd=json"}}}};
        const QJsonObject info{
            {"name", "Shape"},
            {"schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}};
        f.write(
            QJsonDocument(QJsonObject{{"info", info},
                                      {"item", QJsonArray{QJsonObject{{"name", "CRM"},
                                                                      {"item", QJsonArray{lookup}}},
                                                          golf}}})
                .toJson());
        f.close();
        const QString ws = sampleCopy(QStringLiteral("shape.json"));
        Run r =
            run({QStringLiteral("import-collection"), collection, QStringLiteral("--into"), ws});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "  - Folder “Shape/CRM” holds no DCS request: it is created empty, so the "
                     "collection keeps its folders. Delete it in the Saved requests pane if you "
                     "do not need it.\n")),
                 qPrintable(r.out));
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(ws);
        QVERIFY(loaded.ok);
        QVERIFY(loaded.workspace.savedRequestFolders.contains(
            QJsonArray{QStringLiteral("Shape"), QStringLiteral("CRM")}));
        r = run({QStringLiteral("import-collection"), collection, QStringLiteral("--into"), ws,
                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
        // Appended, not brace-nested: clang reads QJsonArray{QJsonArray{..}} as a copy.
        QJsonArray emptyFolders;
        emptyFolders.append(QJsonArray{QStringLiteral("Shape"), QStringLiteral("CRM")});
        QCOMPARE(r.json().value(QStringLiteral("emptyFolders")).toArray(), emptyFolders);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("Postman v2.0")
            << dataPath(QStringLiteral("dcs-team-v2.0.postman_collection.json"))
            << QStringLiteral("dcsdesk-cli: This is a Postman Collection v2.0 file; DCS Desk reads "
                              "v2.1, whose requests and authorization are laid out differently. "
                              "In Postman, export the collection again as “Collection v2.1” and "
                              "import that file.\n");
        QTest::newRow("no bruno.json")
            << dataPath(QString())
            << QStringLiteral("dcsdesk-cli: %1 has no bruno.json, so it is not a Bruno collection. "
                              "Choose the collection's folder (the one that holds bruno.json).\n")
                   .arg(QDir::toNativeSeparators(QDir::cleanPath(dataPath(QString()))));
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString ws = sampleCopy(QStringLiteral("refused.json"));
        const Run r =
            run({QStringLiteral("import-collection"), path, QStringLiteral("--into"), ws});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, message);
    }
};

QTEST_GUILESS_MAIN(TstCliImportCollection)
#include "tst_cliimportcollection.moc"
