#include "inprocesscli.h"
#include "aam/aamtake.h"
#include "aampushfixture.h"
#include "cli/cliapp.h"
#include "cli/cliregistry.h"
#include "workspace/aamdeletedlist.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace dcsdesk;
using namespace dcsdesk::test;

namespace {

const AamDiff::Item *itemOf(const AamDiff &diff, EntityKind kind, qint64 id)
{
    for (const AamDiff::Item &item : diff.items()) {
        if (item.kind == kind && item.id == id)
            return &item;
    }
    return nullptr;
}

int putMapping(SandboxService &service, qint64 id, const QJsonObject &changes)
{
    return restCall(service, "PUT", "/v1/destinations/mappings/" + QByteArray::number(id),
                    changes);
}

} // namespace

// Pull into a workspace that was pulled before (AamTake, "aam pull WORKSPACE"): three ways, so no
// edit of the workspace is overwritten; and deletions (Workspace::aamDeleted): recorded with the
// snapshot when a pulled object is deleted, undone with it, compared, pushed as DELETE (mappings
// before their destination) and forgotten once the account has deleted them too.
class TestAamTake : public AamPushTestBase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRegistry> m_registry;

    using Run = test::CliRun;
    Run cli(const QStringList &args) { return test::runCli(*m_registry, args); }

    static Workspace applied(const Workspace &ws, const ChangeSet &changes)
    {
        WorkspaceDocument document;
        document.reset(ws);
        document.apply(changes, QStringLiteral("test"));
        Workspace out = document.workspace();
        out.rebuildIndex();
        return out;
    }

    static qint64 otherMappingOf(const Workspace &ws, qint64 destinationId, qint64 notThis)
    {
        for (int i : ws.mappingIndexesOf(destinationId)) {
            if (ws.mappings.at(i).id != notThis)
                return ws.mappings.at(i).id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
        QVERIFY(pullSample());
    }

    void takesTheAccountsChangesAndKeepsTheWorkspaces()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        QVERIFY(service.start());
        const qint64 conflicted = otherMappingOf(m_pulled, 2001, kMapping);
        const qint64 goneThere = otherMappingOf(m_pulled, kDestination, 0);
        QVERIFY(conflicted > 0 && goneThere > 0);

        // The account: kMapping's and the conflicted mapping's end dates, one mapping deleted.
        QCOMPARE(putMapping(service, kMapping, {{QStringLiteral("endDate"), "2033-03-03"}}), 201);
        QCOMPARE(putMapping(service, conflicted, {{QStringLiteral("endDate"), "2034-04-04"}}),
                 201);
        QCOMPARE(restCall(service, "DELETE",
                          "/v1/destinations/" + QByteArray::number(kDestination) + "/segments/" +
                              QByteArray::number(goneThere)),
                 204);
        // The workspace: the conflicted mapping's end date too, and kMapping's URL.
        Workspace ws = m_pulled;
        ws.mappings[ws.mappingIndex(conflicted)].endDate = QDate(2035, 5, 5);
        const QString url = QStringLiteral("https://example.com/edited-here?s=1");
        ws.mappings[ws.mappingIndex(kMapping)].value = url;

        const AamRestClient::PullResult pulled = pull(service);
        QVERIFY(pulled.ok);
        const AamTake::Outcome outcome =
            AamTake::build(ws, accountOf(pulled), pulled.segments, AamTake::Choices());
        QCOMPARE(outcome.removedMappings, 1);
        QCOMPARE(outcome.kept.size(), 1);
        QVERIFY2(outcome.kept.first().contains(QLatin1String("endDate")),
                 qPrintable(outcome.kept.first()));
        Workspace after = applied(ws, outcome.changes);
        QVERIFY(after.aamDeleted.isEmpty()); // the account's delete is not one to push
        QCOMPARE(after.mappingIndex(goneThere), -1);
        const SegmentMapping &both = after.mappings.at(after.mappingIndex(kMapping));
        QCOMPARE(both.endDate, QDate(2033, 3, 3)); // the account's
        QCOMPARE(both.value, url);                  // the workspace's, still to push
        QCOMPARE(after.mappings.at(after.mappingIndex(conflicted)).endDate, QDate(2035, 5, 5));

        // The next comparison: kMapping is a change to push, the conflict is still one.
        const AamDiff again = AamDiff::compare(after, accountOf(pulled));
        QCOMPARE(itemOf(again, EntityKind::Mapping, kMapping)->outcome,
                 AamDiff::Outcome::ChangedLocally);
        QCOMPARE(itemOf(again, EntityKind::Mapping, conflicted)->outcome,
                 AamDiff::Outcome::Conflict);
        QCOMPARE(again.counts(EntityKind::Mapping).deletedInAccount, 0);

        // The account's side of the conflict, chosen by field name.
        AamTake::Choices choices;
        choices.takeFieldEverywhere = {QStringLiteral("endDate")};
        const AamTake::Outcome settled =
            AamTake::build(after, accountOf(pulled), pulled.segments, choices);
        QVERIFY(settled.kept.isEmpty());
        const Workspace resolved = applied(after, settled.changes);
        QCOMPARE(resolved.mappings.at(resolved.mappingIndex(conflicted)).endDate,
                 QDate(2034, 4, 4));
        const AamDiff last = AamDiff::compare(resolved, accountOf(pulled));
        QCOMPARE(last.items().size(), 1); // only kMapping's URL, to push
        QCOMPARE(last.counts(EntityKind::Mapping).toUpdate, 1);
    }

    void deletionIsRecordedUndoneAndSaved()
    {
        WorkspaceDocument document;
        document.reset(m_pulled);
        const qint64 nextBefore = document.workspace().nextMappingId();
        const qint64 highest = nextBefore - 1;
        ChangeSet remove;
        remove.removeMappings = {kMapping, highest};
        document.apply(remove, QStringLiteral("Delete"));
        QCOMPARE(document.workspace().aamDeleted.size(), 2);
        const QVector<AamDeletedList::Entry> entries =
            AamDeletedList::read(document.workspace().aamDeleted);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().id, kMapping);
        QCOMPARE(entries.first().destinationId, qint64(2001));
        QVERIFY(!entries.first().remote.isEmpty());
        // A new mapping does not take the ID of one still to delete.
        QCOMPARE(document.workspace().nextMappingId(), nextBefore);

        document.undo();
        QVERIFY(document.workspace().aamDeleted.isEmpty());
        document.redo();
        QCOMPARE(document.workspace().aamDeleted.size(), 2);

        const QString file = m_dir.filePath(QStringLiteral("deleted.json"));
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY2(WorkspaceFile::save(document.workspace(), file, WorkspaceFile::Stamp(), &stamp,
                                     &error),
                 qPrintable(error));
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.workspace.aamDeleted, document.workspace().aamDeleted);

        // A mapping made in the workspace (no snapshot) leaves no record.
        Workspace fresh = loaded.workspace;
        fresh.rebuildIndex();
        SegmentMapping made = fresh.mappings.first();
        made.id = fresh.nextMappingId();
        made.remote = QJsonObject();
        ChangeSet add;
        add.addMappings = {made};
        const Workspace withMade = applied(fresh, add);
        ChangeSet removeMade;
        removeMade.removeMappings = {made.id};
        QCOMPARE(applied(withMade, removeMade).aamDeleted.size(), 2);
    }

    void deletionsArePushedMappingsFirst()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        QVERIFY(service.start());
        WorkspaceDocument document;
        document.reset(m_pulled);
        const int mapped = document.workspace().mappingCountOf(kDestination);
        QVERIFY(mapped > 0);
        document.removeDestinations({kDestination}, true);
        QCOMPARE(document.workspace().aamDeleted.size(), mapped + 1);
        Workspace ws = document.workspace();
        ws.rebuildIndex();

        const AamDiff diff = AamDiff::compare(ws, accountOf(pull(service)));
        QCOMPARE(diff.counts(EntityKind::Mapping).toDelete, mapped);
        QCOMPARE(diff.counts(EntityKind::Destination).toDelete, 1);
        QVERIFY2(diff.summary().contains(QLatin1String("1 to delete")), qPrintable(diff.summary()));
        const AamDiff::Item *destination = itemOf(diff, EntityKind::Destination, kDestination);
        QVERIFY(destination && !destination->readOnly);

        const AamPush::Report report = push(service, ws, acceptAll(diff));
        QCOMPARE(report.count(AamPush::State::Sent), mapped + 1);
        QCOMPARE(report.items.last().kind, EntityKind::Destination); // after its mappings
        QCOMPARE(report.items.last().method, QByteArray("DELETE"));
        QCOMPARE(report.items.last().status, 204);

        const AamPush::WriteBack back = AamPush::writeBack(ws, report);
        const Workspace written = applied(ws, back.changes);
        QVERIFY(written.aamDeleted.isEmpty());
        const AamDiff after = AamDiff::compare(written, accountOf(pull(service)));
        QVERIFY2(!after.hasDifferences(), qPrintable(after.summary()));
    }

    void destinationWithMappingsLeftIsNotDeleted()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        QVERIFY(service.start());
        WorkspaceDocument document;
        document.reset(m_pulled);
        document.removeDestinations({kDestination}, true);
        Workspace ws = document.workspace();
        ws.rebuildIndex();
        // Meanwhile the account gets a mapping under it that the workspace never saw.
        const SegmentMapping &sibling = m_pulled.mappings.at(m_pulled.mappingIndexesOf(kDestination).first());
        QJsonObject created = sibling.remote;
        for (const char *key : {"destinationMappingId", "mappingId", "traitToDataOrderId",
                                "createTime", "updateTime", "crUID", "upUID"})
            created.remove(QLatin1String(key));
        created.insert(QStringLiteral("sid"), freeSegmentOf(m_pulled, kDestination));
        QCOMPARE(restCall(service, "POST",
                          "/v1/destinations/" + QByteArray::number(kDestination) + "/mappings/",
                          created),
                 201);
        const AamDiff diff = AamDiff::compare(ws, accountOf(pull(service)));
        const AamDiff::Item *item = itemOf(diff, EntityKind::Destination, kDestination);
        QVERIFY(item);
        QVERIFY(item->readOnly);
        QVERIFY2(item->reason.contains(QLatin1String("mapping")), qPrintable(item->reason));
        const AamPush::Report plan = AamPush::plan(ws, acceptAll(diff));
        for (const AamPush::ItemResult &r : plan.items) {
            if (r.kind == EntityKind::Destination)
                QVERIFY(r.method.isEmpty()); // refused before sending, with the reason
        }
    }

    void deletedHereChangedThereIsAConflict()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        QVERIFY(service.start());
        WorkspaceDocument document;
        document.reset(m_pulled);
        ChangeSet remove;
        remove.removeMappings = {kMapping};
        document.apply(remove, QStringLiteral("Delete"));
        Workspace ws = document.workspace();
        ws.rebuildIndex();
        QCOMPARE(putMapping(service, kMapping, {{QStringLiteral("endDate"), "2036-06-06"}}), 201);
        const AamRestClient::PullResult pulled = pull(service);
        const AamDiff diff = AamDiff::compare(ws, accountOf(pulled));
        const AamDiff::Item *item = itemOf(diff, EntityKind::Mapping, kMapping);
        QVERIFY(item);
        QCOMPARE(item->outcome, AamDiff::Outcome::Conflict);
        QVERIFY(item->deletedLocally);

        // Not pushed until a side is chosen; the account's side deletes nothing.
        const AamPush::Report plan = AamPush::plan(ws, acceptAll(diff));
        QVERIFY(plan.items.first().method.isEmpty());
        QVERIFY(!plan.items.first().message.isEmpty());

        // A pull keeps it deleted and says so; the account's side brings it back.
        const AamTake::Outcome kept =
            AamTake::build(ws, diff, pulled.segments, AamTake::Choices());
        QCOMPARE(kept.kept.size(), 1);
        QCOMPARE(applied(ws, kept.changes).mappingIndex(kMapping), -1);
        AamTake::Choices all;
        all.takeFieldEverywhere = {QStringLiteral("*")};
        const Workspace back = applied(ws, AamTake::build(ws, diff, pulled.segments, all).changes);
        QVERIFY(back.mappingIndex(kMapping) >= 0);
        QCOMPARE(back.mappings.at(back.mappingIndex(kMapping)).endDate, QDate(2036, 6, 6));
        QVERIFY(back.aamDeleted.isEmpty());
        QVERIFY(!AamDiff::compare(back, accountOf(pulled)).hasDifferences());
    }

    // A workspace never pulled whose IDs the account has too (the sample beside the local
    // account made of it): alike objects are linked, one the user changed is kept, never
    // replaced unasked.
    void neverPulledObjectsAreLinkedOrKeptNeverReplaced()
    {
        SandboxService service;
        service.aam()->load(sampleWorkspace());
        QVERIFY(service.start());
        const AamRestClient::PullResult pulled = pull(service);
        Workspace ws = sampleWorkspace();
        ws.destinations[ws.destinationIndex(kDestination)].name = QStringLiteral("Mine");
        ws.rebuildIndex();
        const AamTake::Outcome outcome =
            AamTake::build(ws, accountOf(pulled), pulled.segments, AamTake::Choices());
        QCOMPARE(outcome.kept.size(), 1);
        QVERIFY2(outcome.kept.first().contains(QLatin1String("never pulled")) &&
                     outcome.kept.first().contains(QLatin1String("(name)")),
                 qPrintable(outcome.kept.first()));
        QVERIFY(outcome.taken.first().contains(QLatin1String("linked to the account's")));
        const Workspace after = applied(ws, outcome.changes);
        QCOMPARE(after.destination(kDestination)->name, QStringLiteral("Mine"));
        QVERIFY(after.destination(kDestination)->remote.isEmpty());
        QVERIFY(!after.destination(kS2s)->remote.isEmpty()); // linked
        // Only the kept one still differs.
        const AamDiff diff = AamDiff::compare(after, accountOf(pulled));
        QCOMPARE(diff.counts(EntityKind::Destination).unchanged,
                 int(after.destinations.size()) - 1);
        QCOMPARE(diff.counts(EntityKind::Mapping).unchanged, int(after.mappings.size()));
    }

    void cliPullsIntoAWorkspaceThreeWays()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.json"));
        const QString accountFile = m_dir.filePath(QStringLiteral("account.json"));
        const QStringList sandbox{QStringLiteral("--sandbox"), QStringLiteral("--aam-workspace"),
                                  accountFile};
        QString error;
        WorkspaceFile::Stamp stamp;
        QVERIFY(WorkspaceFile::save(sampleWorkspace(), accountFile, WorkspaceFile::Stamp(), &stamp,
                                    &error));
        QCOMPARE(cli(QStringList{QStringLiteral("aam"), QStringLiteral("pull"),
                                 QStringLiteral("--out"), file} +
                     sandbox)
                     .code,
                 0);
        // --out never replaces a file.
        const Run refused = cli(QStringList{QStringLiteral("aam"), QStringLiteral("pull"),
                                            QStringLiteral("--out"), file} +
                                sandbox);
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("aam pull ") + file), qPrintable(refused.err));

        // The workspace changes a mapping's URL; the account its end date and a name.
        WorkspaceFile::LoadResult local = WorkspaceFile::load(file);
        local.workspace.rebuildIndex();
        const QString url = QStringLiteral("https://example.com/cli-edit?s=2");
        local.workspace.mappings[local.workspace.mappingIndex(kMapping)].value = url;
        QVERIFY(WorkspaceFile::save(local.workspace, file, local.stamp, &stamp, &error));
        Workspace account = sampleWorkspace();
        account.rebuildIndex();
        account.mappings[account.mappingIndex(kMapping)].endDate = QDate(2037, 7, 7);
        account.destinations[account.destinationIndex(kDestination)].name =
            QStringLiteral("Renamed in the account");
        QVERIFY(WorkspaceFile::save(account, accountFile, WorkspaceFile::Stamp(), &stamp, &error));

        const Run dry = cli(QStringList{QStringLiteral("aam"), QStringLiteral("pull"), file,
                                        QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                            sandbox);
        QCOMPARE(dry.code, 0);
        QCOMPARE(dry.json().value(QStringLiteral("taken")).toArray().size(), 2);
        QCOMPARE(WorkspaceFile::load(file).workspace.mappings, local.workspace.mappings);

        const Run run = cli(QStringList{QStringLiteral("aam"), QStringLiteral("pull"), file} +
                            sandbox);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("1 updated")) ||
                     run.out.contains(QLatin1String("2 updated")),
                 qPrintable(run.out));
        Workspace after = WorkspaceFile::load(file).workspace;
        after.rebuildIndex();
        const SegmentMapping &m = after.mappings.at(after.mappingIndex(kMapping));
        QCOMPARE(m.value, url);
        QCOMPARE(m.endDate, QDate(2037, 7, 7));
        QCOMPARE(after.destination(kDestination)->name, QStringLiteral("Renamed in the account"));

        // What is left to push is the workspace's own change.
        const Run diff = cli(QStringList{QStringLiteral("aam"), QStringLiteral("diff"), file,
                                         QStringLiteral("--json")} +
                             sandbox);
        QCOMPARE(diff.code, 1);
        const QJsonObject counts =
            diff.json().value(QStringLiteral("counts")).toObject().value("mappings").toObject();
        QCOMPARE(counts.value(QStringLiteral("toUpdate")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("toTake")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAamTake)
#include "tst_aamtake.moc"
