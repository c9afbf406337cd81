#include "aampushfixture.h"
#include "workspace/workspacedocument.h"

#include <QJsonArray>

using namespace dcsdesk;
using namespace dcsdesk::test;

// "aam push": the push engine against the sandbox's offline account on 127.0.0.1 - order,
// write-back and the identity with a fresh pull, retries, token renewal, stops that report every
// item, a lost connection, a cancel, refusals before sending. The CLI: tst_aampushcli.
class TestAamPush : public AamPushTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initTestEnvironment();
        QVERIFY(pullSample());
    }

    // pull -> edit -> diff -> push -> write-back -> pull again: no difference; undo restores.
    void pushThenPullIsTheIdentity()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        QCOMPARE(diff.items().size(), 5);

        QVector<int> steps;
        const AamPush::Report report =
            push(service, e.ws, acceptAll(diff), [&](int done) { steps.append(done); });
        QCOMPARE(report.count(AamPush::State::Sent), 5);
        QVERIFY(!report.stopped);
        QCOMPARE(steps, (QVector<int>{0, 1, 2, 3, 4, 5}));
        // Destinations first; the created destination's new ID is its mapping's.
        QCOMPARE(report.items.at(0).kind, EntityKind::Destination);
        QCOMPARE(report.items.at(1).kind, EntityKind::Destination);
        qint64 assigned = 0;
        for (const AamPush::ItemResult &r : report.items) {
            QVERIFY2(r.status == 201, qPrintable(r.title + r.message));
            QVERIFY(r.accountId > 0);
            if (r.id == e.newDestination && r.kind == EntityKind::Destination) {
                assigned = r.accountId;
                QCOMPARE(r.method, QByteArray("POST"));
            }
        }
        QVERIFY(assigned > 0 && assigned != e.newDestination);
        const AamPush::ItemResult &last = report.items.last();
        QCOMPARE(last.id, e.newMappingOfNew);
        QCOMPARE(last.path, QStringLiteral("/v1/destinations/%1/mappings/").arg(assigned));

        const AamPush::WriteBack back = AamPush::writeBack(e.ws, report);
        QCOMPARE(back.written, 5);
        WorkspaceDocument document;
        document.reset(e.ws);
        document.apply(back.changes, back.undoText);
        QCOMPARE(document.undoStack()->count(), 1);
        const Workspace written = document.workspace();
        QVERIFY(written.destination(assigned));
        QVERIFY(!written.destination(e.newDestination));
        QCOMPARE(written.destination(assigned)->name, QStringLiteral("Created by the push"));
        for (const SegmentMapping &m : written.mappings) {
            QVERIFY2(!m.remote.isEmpty(), qPrintable(QString::number(m.id)));
            QVERIFY(m.id != e.newMapping && m.id != e.newMappingOfNew);
        }
        QCOMPARE(written.mappingCountOf(assigned), 1);

        const AamDiff again = AamDiff::compare(written, accountOf(pull(service)));
        QVERIFY2(!again.hasDifferences(),
                 qPrintable(again.items().isEmpty() ? QString() : again.items().first().title));

        document.undo();
        QCOMPARE(document.workspace().destinations, e.ws.destinations);
        QCOMPARE(document.workspace().mappings, e.ws.mappings);
    }

    // A 429 with Retry-After mid-push: waited for, retried, and every item sent.
    void tooManyRequestsIsRetried()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        const AamPush::Report report = push(service, e.ws, acceptAll(diff), [&](int done) {
            if (done == 2)
                service.aam()->failNextCalls(429, 1);
        });
        QCOMPARE(report.count(AamPush::State::Sent), 5);
        QCOMPARE(report.counters.retries, 1);
        QCOMPARE(report.counters.tokenRenewals, 0);
    }

    // The token expires mid-push: renewed once, the call repeated, the push goes on.
    void expiredTokenIsRenewed()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        const AamPush::Report report = push(service, e.ws, acceptAll(diff), [&](int done) {
            if (done == 3)
                service.aam()->revokeTokens();
        });
        QCOMPARE(report.count(AamPush::State::Sent), 5);
        QCOMPARE(report.counters.tokenRenewals, 1);
    }

    // A second 401, or a 403: the push stops; the report says exactly what went through, and the
    // account agrees.
    void authenticationOrPermissionFailureStops_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("second 401") << 401;
        QTest::newRow("403") << 403;
    }
    void authenticationOrPermissionFailureStops()
    {
        QFETCH(int, status);
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        const AamPush::Report report = push(service, e.ws, acceptAll(diff), [&](int done) {
            if (done == 2) // a 401 twice: the renewed token is refused too
                service.aam()->failNextCalls(status, status == 401 ? 2 : 1);
        });
        QVERIFY(report.stopped);
        QCOMPARE(report.stopStatus, status);
        QCOMPARE(report.items.size(), 5);
        QCOMPARE(report.items.at(0).state, AamPush::State::Sent);
        QCOMPARE(report.items.at(1).state, AamPush::State::Sent);
        QCOMPARE(report.items.at(2).state, AamPush::State::Failed);
        QCOMPARE(report.items.at(2).status, status);
        QCOMPARE(report.items.at(3).state, AamPush::State::NotSent);
        QCOMPARE(report.items.at(4).state, AamPush::State::NotSent);
        QVERIFY(report.items.at(4).message.contains(QLatin1String("stopped")));
        QVERIFY(report.summary().contains(QLatin1String("2 sent to the account")));

        // What was sent is written back; a fresh diff lists exactly the rest.
        Workspace written = e.ws;
        const AamPush::WriteBack back = AamPush::writeBack(e.ws, report);
        WorkspaceDocument document;
        document.reset(e.ws);
        document.apply(back.changes, back.undoText);
        written = document.workspace();
        const AamDiff rest = AamDiff::compare(written, accountOf(pull(service)));
        QCOMPARE(rest.items().size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rest.items().at(i).id, report.items.at(i + 2).id);
    }

    // The secret is revoked mid-push: the token cannot be renewed, nothing more is sent.
    void refusedTokenStops()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        const AamPush::Report report = push(service, e.ws, acceptAll(diff), [&](int done) {
            if (done == 2) {
                AamRestApi::Credentials rotated = service.aam()->credentials();
                rotated.clientSecret = QStringLiteral("rotated");
                service.aam()->setCredentials(rotated); // also drops the tokens given out
            }
        });
        QVERIFY(report.stopped);
        QCOMPARE(report.count(AamPush::State::Sent), 2);
        QCOMPARE(report.count(AamPush::State::Failed), 0);
        QCOMPARE(report.count(AamPush::State::NotSent), 3);
        QVERIFY2(report.stopReason.contains(QLatin1String("token service refused")),
                 qPrintable(report.stopReason));
        QCOMPARE(report.counters.tokenRenewals, 1);
    }

    // The connection is lost mid-push: the item without an answer may or may not have reached
    // the account, and is reported so; the ones before it went through, the rest were not sent.
    void lostConnectionStops()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        const AamPush::Report report = push(service, e.ws, acceptAll(diff), [&](int done) {
            if (done == 3)
                service.stop(0);
        });
        QVERIFY(report.stopped);
        QCOMPARE(report.count(AamPush::State::Sent), 3);
        QCOMPARE(report.items.at(3).state, AamPush::State::Failed);
        QCOMPARE(report.items.at(3).status, 0);
        QVERIFY(report.items.at(3).message.contains(QLatin1String("may or may not")));
        QCOMPARE(report.items.at(4).state, AamPush::State::NotSent);
    }

    // Cancel between two calls: what was answered stays sent, the rest is not sent.
    void cancelKeepsWhatWasSent()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const Edited e = edited(m_pulled);
        const AamDiff diff = AamDiff::compare(e.ws, accountOf(pull(service)));
        AamPush pusher(&m_nam);
        pusher.setSettings(settingsOf(service));
        connect(&pusher, &AamPush::progress, &pusher, [&](int done, int) {
            if (done == 2)
                pusher.cancel();
        });
        QSignalSpy finished(&pusher, &AamPush::finished);
        pusher.push(e.ws, acceptAll(diff));
        QTRY_COMPARE(finished.size(), 1);
        const AamPush::Report report = finished.first().first().value<AamPush::Report>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.count(AamPush::State::Sent), 2);
        QCOMPARE(report.count(AamPush::State::NotSent), 3);
        QVERIFY(report.items.at(2).message.contains(QLatin1String("canceled")));
        QCOMPARE(service.aam()->destinationCount(), m_pulled.destinations.size() + 1);
    }

    // What AAM forbids is refused before anything is sent: a server-to-server destination to
    // create, a read-only change, an unresolved conflict, a mapping whose new destination stays.
    void forbiddenIsRefusedBeforeSending()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        Workspace ws = m_pulled;
        Destination s2s = *ws.destination(kS2s);
        s2s.id = ws.nextDestinationId() + 10;
        s2s.name = QStringLiteral("A new server-to-server one");
        s2s.remote = QJsonObject();
        ws.destinations.append(s2s);
        ws.destinations[ws.destinationIndex(kS2s)].description = QStringLiteral("edited");
        SegmentMapping waiting = ws.mappings.first();
        waiting.id = ws.nextMappingId() + 10;
        waiting.destinationId = s2s.id;
        waiting.remote = QJsonObject();
        ws.mappings.append(waiting);
        ws.rebuildIndex();
        const AamDiff diff = AamDiff::compare(ws, accountOf(pull(service)));
        QCOMPARE(diff.items().size(), 3);
        const int callsBefore = service.aam()->callCount();
        const AamPush::Report report = push(service, ws, acceptAll(diff));
        QCOMPARE(service.aam()->callCount(), callsBefore);
        QCOMPARE(report.count(AamPush::State::NotSent), 3);
        QCOMPARE(report.toSend(), 0);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(report.items.at(i).message.contains(QLatin1String("Server-to-server")),
                     qPrintable(report.items.at(i).message));
        QCOMPARE(report.items.at(2).id, waiting.id);
        QVERIFY2(report.items.at(2).message.contains(QLatin1String("cannot be created")),
                 qPrintable(report.items.at(2).message));

        // The REST rule itself, also for an item the diff did not mark.
        AamDiff::Item created = diff.items().at(1);
        QCOMPARE(created.outcome, AamDiff::Outcome::CreatedLocally);
        created.readOnly = false;
        const AamPush::Report planned = AamPush::plan(ws, {AamPush::Choice{created, false, {}}});
        QCOMPARE(planned.toSend(), 0);
        QVERIFY2(planned.items.first().message.contains(QLatin1String("(PUSH) and cookie (ADS)")),
                 qPrintable(planned.items.first().message));

        // A conflict is pushed only once resolved, with the chosen side.
        AamDiff::Item conflict;
        conflict.kind = EntityKind::Mapping;
        conflict.outcome = AamDiff::Outcome::Conflict;
        conflict.id = kMapping;
        conflict.destinationId = 2001;
        conflict.local = QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2031-01-01")}};
        conflict.account = QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2030-06-30")}};
        conflict.fields = AamDiff::compareFields(QJsonObject(), conflict.local, conflict.account);
        const AamPush::Report open =
            AamPush::plan(m_pulled, {AamPush::Choice{conflict, false, {}}});
        QCOMPARE(open.toSend(), 0);
        QVERIFY(open.items.first().message.contains(QLatin1String("endDate")));
        const AamPush::Report ours = AamPush::plan(m_pulled, {AamPush::Choice{conflict, true, {}}});
        QCOMPARE(ours.toSend(), 1);
        QCOMPARE(ours.items.first().body.value(QStringLiteral("endDate")).toString(),
                 QStringLiteral("2031-01-01"));

        // A mapping on a new destination that is not pushed with it.
        const Edited e = edited(m_pulled);
        const AamDiff withNew = AamDiff::compare(e.ws, accountOf(pull(service)));
        QVector<AamPush::Choice> onlyMappings;
        for (const AamDiff::Item &item : withNew.items()) {
            if (item.kind == EntityKind::Mapping)
                onlyMappings.append(AamPush::Choice{item, false, {}});
        }
        const AamPush::Report orphan = AamPush::plan(e.ws, onlyMappings);
        QCOMPARE(orphan.items.last().id, e.newMappingOfNew);
        QVERIFY(orphan.items.last().method.isEmpty());
        QVERIFY(orphan.items.last().message.contains(QString::number(e.newDestination)));
    }

    // The account's side taken for every field that differs: the object to send is the
    // account's, so no call is made and the item says so (a PUT that changes nothing was sent).
    void takingTheAccountsSideEverywhereSendsNothing()
    {
        SandboxService service;
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        AamDiff::Item conflict;
        conflict.kind = EntityKind::Mapping;
        conflict.outcome = AamDiff::Outcome::Conflict;
        conflict.id = kMapping;
        conflict.destinationId = 2001;
        conflict.base = QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2029-01-01")},
                                    {QStringLiteral("priority"), 1}};
        conflict.local = QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2031-01-01")},
                                     {QStringLiteral("priority"), 1}};
        conflict.account = QJsonObject{{QStringLiteral("endDate"), QStringLiteral("2030-06-30")},
                                       {QStringLiteral("priority"), 2}};
        conflict.fields = AamDiff::compareFields(conflict.base, conflict.local, conflict.account);
        QCOMPARE(conflict.fields.size(), 2); // endDate in conflict, priority changed there only
        const int callsBefore = service.aam()->callCount();
        const AamPush::Report theirs =
            push(service, m_pulled, {AamPush::Choice{conflict, true, {QStringLiteral("endDate")}}});
        QCOMPARE(service.aam()->callCount(), callsBefore);
        QCOMPARE(theirs.toSend(), 0);
        QCOMPARE(theirs.items.size(), 1);
        QCOMPARE(theirs.items.first().state, AamPush::State::NotSent);
        QVERIFY(theirs.items.first().method.isEmpty());
        QVERIFY2(theirs.items.first().message.contains(
                     QLatin1String("the account already has these values")),
                 qPrintable(theirs.items.first().message));
    }
};

QTEST_MAIN(TestAamPush)
#include "tst_aampush.moc"
