#include "inprocesscli.h"
#include "aam/aamdiff.h"
#include "aampushfixture.h"
#include "aam/aamrestwriter.h"
#include "aamrest/aampull.h"
#include "aamrest/aamrestclient.h"
#include "cli/cliapp.h"
#include "cli/cliregistry.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace dcsdesk;

namespace {

const char kDiffSecret[] = "diff-s3cret-Only-In-The-Environment-9c1e";
const qint64 kMapping = 5001;     // sample: destination 2001 (URL), segment 1001
const qint64 kS2s = 2011;         // sample: a server-to-server destination
const qint64 kDestination = 2002; // sample: a URL destination

AamDiff::Account accountOf(const AamRestClient::PullResult &pulled)
{
    return AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations};
}

int accountMappingIndex(const AamDiff::Account &account, qint64 id)
{
    for (int i = 0; i < account.mappings.size(); ++i) {
        const QJsonObject o = account.mappings.at(i).toObject();
        for (const char *key : {"destinationMappingId", "mappingId", "traitToDataOrderId"}) {
            if (o.value(QLatin1String(key)).toInteger() == id)
                return i;
        }
    }
    return -1;
}

void setAccountMappingField(AamDiff::Account &account, qint64 id, const QString &key,
                            const QJsonValue &value)
{
    const int i = accountMappingIndex(account, id);
    QJsonObject o = account.mappings.at(i).toObject();
    o.insert(key, value);
    account.mappings.replace(i, o);
}

const AamDiff::Item *itemOf(const AamDiff &diff, EntityKind kind, qint64 id)
{
    for (const AamDiff::Item &item : diff.items()) {
        if (item.kind == kind && item.id == id)
            return &item;
    }
    return nullptr;
}

SegmentMapping &mappingOf(Workspace &ws, qint64 id)
{
    return ws.mappings[ws.mappingIndex(id)];
}

} // namespace

// "aam diff": the three-way comparison of a workspace (its REST snapshots and its edits) with a
// fresh pull, outcome by outcome and field by field, and the CLI against the sandbox's account
// on 127.0.0.1 with the secret in the environment only.
class TestAamDiff : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRegistry> m_registry;
    Workspace m_pulledWorkspace;
    AamDiff::Account m_account;

    AamRestClient::PullResult pull(SandboxService &service)
    {
        AamRestClient client(&m_nam);
        AamRestClient::Settings settings;
        const AamRestApi::Credentials credentials = service.aam()->credentials();
        settings.baseUrl = service.baseUrl();
        settings.clientId = credentials.clientId;
        settings.clientSecret = credentials.clientSecret;
        settings.orgId = credentials.orgId;
        settings.backoffMs = 10;
        client.setSettings(settings);
        QSignalSpy finished(&client, &AamRestClient::finished);
        client.pull();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<AamRestClient::PullResult>();
    }

    using Run = test::CliRun;

    Run cli(const QStringList &args) { return test::runCli(*m_registry, args); }
    QVector<Run> m_runs;

    // A PUT of the REST API the sandbox serves, as another user of the account would send it.
    static int putMapping(SandboxService &service, qint64 id, const QJsonObject &changes)
    {
        return test::restCall(service, "PUT", "/v1/destinations/mappings/" + QByteArray::number(id),
                              changes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
        SandboxService service;
        service.aam()->load(test::sampleWorkspace());
        QVERIFY(service.start());
        const AamRestClient::PullResult pulled = pull(service);
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        m_pulledWorkspace = AamPull::apply(Workspace(), pulled).workspace;
        m_pulledWorkspace.rebuildIndex();
        m_account = accountOf(pulled);
        QVERIFY(m_pulledWorkspace.mappingIndex(kMapping) >= 0);
        QVERIFY(m_pulledWorkspace.destination(kS2s));
        QCOMPARE(m_pulledWorkspace.destination(kS2s)->type, Destination::Type::ServerToServer);
    }

    void identityHasNoDifference()
    {
        const AamDiff diff = AamDiff::compare(m_pulledWorkspace, m_account);
        QVERIFY(!diff.hasDifferences());
        QCOMPARE(diff.counts(EntityKind::Destination).unchanged,
                 int(m_pulledWorkspace.destinations.size()));
        QCOMPARE(diff.counts(EntityKind::Mapping).unchanged,
                 int(m_pulledWorkspace.mappings.size()));
        QVERIFY(diff.notes().isEmpty());
        // What the diff's shortcut for unedited mappings relies on: the writer gives back the
        // snapshot itself.
        for (const SegmentMapping &m : m_pulledWorkspace.mappings)
            QCOMPARE(AamRestWriter::mappingToRest(
                         m, *m_pulledWorkspace.destination(m.destinationId), m_pulledWorkspace),
                     m.remote);
    }

    void changedLocallyIsOneField()
    {
        Workspace ws = m_pulledWorkspace;
        mappingOf(ws, kMapping).endDate = QDate(2031, 1, 1);
        const AamDiff diff = AamDiff::compare(ws, m_account);
        QCOMPARE(diff.items().size(), 1);
        const AamDiff::Item &item = diff.items().first();
        QCOMPARE(item.kind, EntityKind::Mapping);
        QCOMPARE(item.id, kMapping);
        QCOMPARE(item.outcome, AamDiff::Outcome::ChangedLocally);
        QCOMPARE(item.fields.size(), 1);
        QCOMPARE(item.fields.first().name, QStringLiteral("endDate"));
        QCOMPARE(item.fields.first().change, AamDiff::Change::Local);
        QCOMPARE(item.fields.first().local.toString(), QStringLiteral("2031-01-01"));
        QCOMPARE(item.fields.first().account, item.fields.first().base);
        QCOMPARE(diff.counts(EntityKind::Mapping).toUpdate, 1);
        QCOMPARE(AamDiff::resolved(item, {}), item.local);
    }

    void changedInAccountIsToTake()
    {
        AamDiff::Account account = m_account;
        setAccountMappingField(account, kMapping, QStringLiteral("endDate"),
                               QStringLiteral("2030-06-30"));
        const AamDiff diff = AamDiff::compare(m_pulledWorkspace, account);
        QCOMPARE(diff.items().size(), 1);
        const AamDiff::Item &item = diff.items().first();
        QCOMPARE(item.outcome, AamDiff::Outcome::ChangedInAccount);
        QCOMPARE(item.fields.size(), 1);
        QCOMPARE(item.fields.first().change, AamDiff::Change::Account);
        QCOMPARE(diff.counts(EntityKind::Mapping).toTake, 1);
        QCOMPARE(diff.counts(EntityKind::Mapping).toUpdate, 0);
    }

    void conflictListsTheField()
    {
        Workspace ws = m_pulledWorkspace;
        mappingOf(ws, kMapping).endDate = QDate(2031, 1, 1);
        AamDiff::Account account = m_account;
        setAccountMappingField(account, kMapping, QStringLiteral("endDate"),
                               QStringLiteral("2030-06-30"));
        setAccountMappingField(account, kMapping, QStringLiteral("priority"), 7);
        const AamDiff diff = AamDiff::compare(ws, account);
        QCOMPARE(diff.items().size(), 1);
        const AamDiff::Item &item = diff.items().first();
        QCOMPARE(item.outcome, AamDiff::Outcome::Conflict);
        QCOMPARE(item.fields.size(), 2);
        const AamDiff::Field &end = item.fields.at(0);
        QCOMPARE(end.name, QStringLiteral("endDate"));
        QCOMPARE(end.change, AamDiff::Change::Conflict);
        QVERIFY(end.base.isNull());
        QCOMPARE(end.local.toString(), QStringLiteral("2031-01-01"));
        QCOMPARE(end.account.toString(), QStringLiteral("2030-06-30"));
        QCOMPARE(item.fields.at(1).name, QStringLiteral("priority"));
        QCOMPARE(item.fields.at(1).change, AamDiff::Change::Account);
        QCOMPARE(diff.counts(EntityKind::Mapping).conflicts, 1);
        // The user's choice per conflicting field; the account's other changes always come.
        const QJsonObject mine = AamDiff::resolved(item, {});
        QCOMPARE(mine.value(QStringLiteral("endDate")).toString(), QStringLiteral("2031-01-01"));
        QCOMPARE(mine.value(QStringLiteral("priority")).toInt(), 7);
        const QJsonObject theirs = AamDiff::resolved(item, {QStringLiteral("endDate")});
        QCOMPARE(theirs.value(QStringLiteral("endDate")).toString(), QStringLiteral("2030-06-30"));
    }

    void bothSidesDifferentFieldsAndAlike()
    {
        Workspace ws = m_pulledWorkspace;
        mappingOf(ws, kMapping).endDate = QDate(2031, 1, 1);
        AamDiff::Account account = m_account;
        setAccountMappingField(account, kMapping, QStringLiteral("priority"), 7);
        const AamDiff both = AamDiff::compare(ws, account);
        QCOMPARE(both.items().size(), 1);
        QCOMPARE(both.items().first().outcome, AamDiff::Outcome::ChangedBoth);
        QCOMPARE(both.counts(EntityKind::Mapping).toUpdate, 1);
        QCOMPARE(both.counts(EntityKind::Mapping).toTake, 1);

        // The same change on both sides is no difference.
        AamDiff::Account alike = m_account;
        setAccountMappingField(alike, kMapping, QStringLiteral("endDate"),
                               QStringLiteral("2031-01-01"));
        QVERIFY(!AamDiff::compare(ws, alike).hasDifferences());
    }

    void createdAndDeletedOnEachSide()
    {
        Workspace ws = m_pulledWorkspace;
        // New in the workspace: no snapshot.
        SegmentMapping added = mappingOf(ws, kMapping);
        added.id = ws.nextMappingId();
        added.sid = 1002;
        added.remote = QJsonObject();
        ws.mappings.append(added);
        // Deleted in the workspace: only the account has it now.
        const qint64 removedId = ws.mappings.at(1).id;
        ws.mappings.removeAt(1);
        ws.rebuildIndex();
        // Deleted in the account: one untouched, one edited here.
        AamDiff::Account account = m_account;
        const qint64 goneId = ws.mappings.at(2).id;
        const qint64 goneEditedId = ws.mappings.at(3).id;
        ws.mappings[3].endDate = QDate(2032, 2, 2);
        for (const qint64 id : {goneId, goneEditedId}) {
            const int i = accountMappingIndex(account, id);
            account.mappings.removeAt(i);
            account.mappingDestinations.removeAt(i);
        }

        const AamDiff diff = AamDiff::compare(ws, account);
        QCOMPARE(itemOf(diff, EntityKind::Mapping, added.id)->outcome,
                 AamDiff::Outcome::CreatedLocally);
        QCOMPARE(itemOf(diff, EntityKind::Mapping, removedId)->outcome,
                 AamDiff::Outcome::CreatedInAccount);
        QCOMPARE(itemOf(diff, EntityKind::Mapping, goneId)->outcome,
                 AamDiff::Outcome::DeletedInAccount);
        const AamDiff::Item *editedGone = itemOf(diff, EntityKind::Mapping, goneEditedId);
        QCOMPARE(editedGone->outcome, AamDiff::Outcome::Conflict);
        QCOMPARE(editedGone->fields.size(), 1);
        QVERIFY(editedGone->fields.first().account.isUndefined());
        const AamDiff::Counts c = diff.counts(EntityKind::Mapping);
        QCOMPARE(c.toCreate, 1);
        QCOMPARE(c.createdInAccount, 1);
        QCOMPARE(c.deletedInAccount, 1);
        QCOMPARE(c.conflicts, 1);
        // Nothing was deleted in the workspace (no aamDeleted entry): nothing to delete.
        QCOMPARE(c.toDelete, 0);

        // A destination new in the account, and one new in the workspace.
        Workspace wsd = m_pulledWorkspace;
        Destination copy = *wsd.destination(kDestination);
        copy.id = wsd.nextDestinationId();
        copy.remote = QJsonObject();
        wsd.destinations.append(copy);
        wsd.destinations.removeAt(wsd.destinationIndex(kDestination));
        wsd.rebuildIndex();
        const AamDiff destinations = AamDiff::compare(wsd, m_account);
        QCOMPARE(itemOf(destinations, EntityKind::Destination, copy.id)->outcome,
                 AamDiff::Outcome::CreatedLocally);
        QCOMPARE(itemOf(destinations, EntityKind::Destination, kDestination)->outcome,
                 AamDiff::Outcome::CreatedInAccount);
    }

    void serverToServerCannotBePushed()
    {
        Workspace ws = m_pulledWorkspace;
        ws.destinations[ws.destinationIndex(kS2s)].name = QStringLiteral("Renamed here");
        const AamDiff diff = AamDiff::compare(ws, m_account);
        QCOMPARE(diff.items().size(), 1);
        const AamDiff::Item &item = diff.items().first();
        QCOMPARE(item.outcome, AamDiff::Outcome::ChangedLocally);
        QVERIFY(item.readOnly);
        QVERIFY(item.reason.contains(QLatin1String("Server-to-server")));
        QCOMPARE(item.fields.size(), 1);
        QCOMPARE(item.fields.first().name, QStringLiteral("name"));
        QCOMPARE(diff.counts(EntityKind::Destination).cannotPush, 1);
        QCOMPARE(diff.counts(EntityKind::Destination).toUpdate, 0);
    }

    // A workspace never pulled, beside an account that has the same IDs (the sample against the
    // local account made of it): creating its objects would make second copies, so none can be
    // pushed; each says to take the account's first.
    void neverPulledObjectsWithTheAccountsIdsCannotBeCreated()
    {
        const Workspace ws = test::sampleWorkspace();
        const AamDiff diff = AamDiff::compare(ws, m_account);
        QCOMPARE(diff.counts(EntityKind::Mapping).toCreate, 0);
        QCOMPARE(diff.counts(EntityKind::Destination).toCreate, 0);
        int refused = 0;
        for (const AamDiff::Item &item : diff.items()) {
            if (item.outcome != AamDiff::Outcome::CreatedLocally)
                continue;
            QVERIFY(item.readOnly);
            if (item.kind == EntityKind::Mapping) {
                QVERIFY2(item.reason.contains(QLatin1String("pushing would create a second one")),
                         qPrintable(item.reason));
                ++refused;
            }
        }
        QCOMPARE(refused, int(ws.mappings.size()));
    }

    void orderIsByDestinationThenMapping()
    {
        Workspace ws = m_pulledWorkspace;
        for (SegmentMapping &m : ws.mappings)
            m.endDate = QDate(2033, 3, 3);
        for (Destination &d : ws.destinations)
            d.description = QStringLiteral("edited");
        std::reverse(ws.mappings.begin(), ws.mappings.end());
        ws.rebuildIndex();
        const AamDiff diff = AamDiff::compare(ws, m_account);
        QCOMPARE(diff.items().size(), ws.destinations.size() + ws.mappings.size());
        for (int i = 1; i < diff.items().size(); ++i) {
            const AamDiff::Item &a = diff.items().at(i - 1);
            const AamDiff::Item &b = diff.items().at(i);
            QVERIFY(a.destinationId < b.destinationId ||
                    (a.destinationId == b.destinationId &&
                     (a.kind == EntityKind::Destination ||
                      (b.kind == EntityKind::Mapping && a.id < b.id))));
        }
    }

    // The CLI end to end: pull, diff (nothing), an edit in the file, an edit in the account
    // through its REST PUT, both; the secret from the environment only.
    void cliDiffAgainstTheAccount()
    {
        qputenv(AamRestApi::SecretVariable, kDiffSecret);
        SandboxService service;
        AamRestApi::Credentials credentials;
        credentials.clientSecret = QLatin1String(kDiffSecret);
        service.aam()->setCredentials(credentials);
        service.aam()->load(test::sampleWorkspace());
        QVERIFY(service.start());
        const QString file = m_dir.filePath(QStringLiteral("account.json"));
        const QStringList connection{QStringLiteral("--base-url"),  service.baseUrl().toString(),
                                     QStringLiteral("--client-id"), credentials.clientId,
                                     QStringLiteral("--org-id"),    credentials.orgId};
        QCOMPARE(cli(QStringList{QStringLiteral("aam"), QStringLiteral("pull"),
                                 QStringLiteral("--out"), file} +
                     connection)
                     .code,
                 0);
        const QStringList diff =
            QStringList{QStringLiteral("aam"), QStringLiteral("diff"), file} + connection;

        const Run same = cli(diff);
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains(QLatin1String("No differences")), qPrintable(same.out));
        QVERIFY2(same.out.contains(QLatin1String("0 destinations to update, 0 to create, 0 to "
                                                 "delete; 0 mappings to update, 0 to create, 0 "
                                                 "to delete; 0 conflicts")),
                 qPrintable(same.out));

        // An edit in the workspace file: exactly that field.
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        QVERIFY(loaded.ok);
        Workspace edited = loaded.workspace;
        edited.rebuildIndex();
        mappingOf(edited, kMapping).endDate = QDate(2031, 1, 1);
        QString error;
        QVERIFY2(WorkspaceFile::save(edited, file, loaded.stamp, nullptr, &error),
                 qPrintable(error));
        const Run local = cli(diff + QStringList{QStringLiteral("--json")});
        QCOMPARE(local.code, 1);
        const QJsonObject json = local.json();
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("differences")).toBool(), true);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("mapping"));
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), kMapping);
        QCOMPARE(item.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("changed-locally"));
        const QJsonArray fields = item.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("endDate")},
                              {QStringLiteral("change"), QStringLiteral("local")},
                              {QStringLiteral("base"), QJsonValue::Null},
                              {QStringLiteral("local"), QStringLiteral("2031-01-01")},
                              {QStringLiteral("account"), QJsonValue::Null}}));
        QCOMPARE(json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("mappings"))
                     .toObject()
                     .value(QStringLiteral("toUpdate"))
                     .toInt(),
                 1);

        // The account changes the same field through its REST API: a conflict.
        QCOMPARE(putMapping(service, kMapping,
                            QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2030-06-30")}}),
                 201); // the API answers a PUT with 201 too
        const Run conflict = cli(diff);
        QCOMPARE(conflict.code, 1);
        QVERIFY2(conflict.out.contains(QLatin1String("[conflict] Mapping 5001")),
                 qPrintable(conflict.out));
        QVERIFY2(conflict.out.contains(QLatin1String("endDate (conflict): last pulled null, "
                                                     "workspace \"2031-01-01\", account "
                                                     "\"2030-06-30\"")),
                 qPrintable(conflict.out));
        QVERIFY(conflict.out.contains(QLatin1String("1 conflict;")));

        // Without the workspace edit: changed in the account, to take.
        QVERIFY(WorkspaceFile::save(loaded.workspace, file, {}, nullptr, &error));
        const Run taken = cli(diff + QStringList{QStringLiteral("--json")});
        QCOMPARE(taken.code, 1);
        const QJsonObject takenItem =
            taken.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(takenItem.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("changed-in-account"));
        bool endDateTaken = false;
        for (const QJsonValue &f : takenItem.value(QStringLiteral("fields")).toArray()) {
            QCOMPARE(f.toObject().value(QStringLiteral("change")).toString(),
                     QStringLiteral("account"));
            endDateTaken = endDateTaken ||
                           f.toObject().value(QStringLiteral("name")) == QLatin1String("endDate");
        }
        QVERIFY(endDateTaken);

        // Connection failures and bad input, as aam pull has them.
        qputenv(AamRestApi::SecretVariable, "not-the-diff-secret");
        const Run refused = cli(diff);
        QCOMPARE(refused.code, 3);
        QVERIFY(!refused.err.contains(QLatin1String("not-the-diff-secret")));
        qunsetenv(AamRestApi::SecretVariable);
        QCOMPARE(cli(diff).code, 2);
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("diff")}).code, 2);
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("diff"),
                      m_dir.filePath(QStringLiteral("missing.json")), QStringLiteral("--sandbox")})
                     .code,
                 2);
        QCOMPARE(cli(diff + QStringList{QStringLiteral("--out"), file}).code, 2);
    }

    // The sandbox's own account against a pull of it.
    void cliSandboxIdentity()
    {
        const QString file = m_dir.filePath(QStringLiteral("sandbox.json"));
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--sandbox"),
                      QStringLiteral("--out"), file})
                     .code,
                 0);
        const Run same = cli({QStringLiteral("aam"), QStringLiteral("diff"), file,
                              QStringLiteral("--sandbox"), QStringLiteral("--json")});
        QCOMPARE(same.code, 0);
        QCOMPARE(same.json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    // The secret in no output and no file of the run's folders.
    void cleanupTestCase()
    {
        for (const Run &r : std::as_const(m_runs)) {
            QVERIFY(!r.out.contains(QLatin1String(kDiffSecret)));
            QVERIFY(!r.err.contains(QLatin1String(kDiffSecret)));
        }
        QStringList roots{m_dir.path()};
        for (auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
              QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation})
            roots.append(QStandardPaths::writableLocation(location));
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                QVERIFY2(!file.readAll().contains(kDiffSecret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 1);
    }
};

QTEST_GUILESS_MAIN(TestAamDiff)
#include "tst_aamdiff.moc"
