#include "aam/aamdiff.h"
#include "aamrest/aampull.h"
#include "aamrest/aampush.h"
#include "aamrest/aamrestclient.h"
#include "cli/cliapp.h"
#include "cli/cliregistry.h"
#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dcsdesk;

namespace {

const char kPushSecret[] = "push-s3cret-Only-In-The-Environment-4d2a";
const qint64 kMapping = 5001;     // sample: destination 2001 (URL), segment 1001
const qint64 kDestination = 2002; // sample: a URL destination
const qint64 kS2s = 2011;         // sample: a server-to-server destination

AamDiff::Account accountOf(const AamRestClient::PullResult &pulled)
{
    return AamDiff::Account{pulled.destinations, pulled.mappings, pulled.mappingDestinations};
}

// A segment of the workspace not yet mapped to the destination.
qint64 freeSegmentOf(const Workspace &ws, qint64 destinationId)
{
    for (const Segment &s : ws.segments) {
        bool mapped = false;
        for (const SegmentMapping &m : ws.mappings)
            mapped = mapped || (m.destinationId == destinationId && m.sid == s.sid);
        if (!mapped)
            return s.sid;
    }
    return 0;
}

QVector<AamPush::Choice> acceptAll(const AamDiff &diff)
{
    QVector<AamPush::Choice> choices;
    for (const AamDiff::Item &item : diff.items())
        choices.append(AamPush::Choice{item, false, {}});
    return choices;
}

} // namespace

// "aam push": the push engine against the sandbox's offline account on 127.0.0.1 - order,
// write-back and the identity with a fresh pull, retries, token renewal, stops that report every
// item, refusals before sending - and the CLI with the secret in the environment only.
class TestAamPush : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRegistry> m_registry;

    static AamRestClient::Settings settingsOf(SandboxService &service)
    {
        AamRestClient::Settings settings;
        const AamRestApi::Credentials credentials = service.aam()->credentials();
        settings.baseUrl = service.baseUrl();
        settings.clientId = credentials.clientId;
        settings.clientSecret = credentials.clientSecret;
        settings.orgId = credentials.orgId;
        settings.backoffMs = 10;
        return settings;
    }

    AamRestClient::PullResult pull(SandboxService &service)
    {
        AamRestClient client(&m_nam);
        client.setSettings(settingsOf(service));
        QSignalSpy finished(&client, &AamRestClient::finished);
        client.pull();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<AamRestClient::PullResult>();
    }

    // Pushes; onProgress runs at each step, so a test can change the account mid-push.
    AamPush::Report push(SandboxService &service, const Workspace &ws,
                         const QVector<AamPush::Choice> &choices,
                         std::function<void(int)> onProgress = {})
    {
        AamPush pusher(&m_nam);
        pusher.setSettings(settingsOf(service));
        if (onProgress)
            connect(&pusher, &AamPush::progress, &pusher, [&](int done, int) { onProgress(done); });
        QSignalSpy finished(&pusher, &AamPush::finished);
        pusher.push(ws, choices);
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<AamPush::Report>();
    }

    // The sample as pulled, with a mapping and a destination edited, a mapping created on an
    // existing destination, and a new URL destination with a mapping of its own (IDs the account
    // will not give, so the write-back must move them).
    struct Edited
    {
        Workspace ws;
        qint64 newDestination = 0;
        qint64 newMapping = 0;
        qint64 newMappingOfNew = 0;
    };
    Edited edited(const Workspace &pulled)
    {
        Edited e;
        e.ws = pulled;
        Workspace &ws = e.ws;
        ws.mappings[ws.mappingIndex(kMapping)].endDate = QDate(2031, 1, 1);
        ws.destinations[ws.destinationIndex(kDestination)].description =
            QStringLiteral("Edited before the push");
        SegmentMapping added = ws.mappings.at(ws.mappingIndexesOf(kDestination).first());
        added.id = e.newMapping = ws.nextMappingId() + 50;
        added.sid = freeSegmentOf(ws, kDestination);
        added.remote = QJsonObject();
        ws.mappings.append(added);
        Destination d = *ws.destination(kDestination);
        d.id = e.newDestination = ws.nextDestinationId() + 50;
        d.name = QStringLiteral("Created by the push");
        d.remote = QJsonObject();
        ws.destinations.append(d);
        SegmentMapping ofNew = added;
        ofNew.id = e.newMappingOfNew = added.id + 1;
        ofNew.destinationId = d.id;
        ws.mappings.append(ofNew);
        ws.rebuildIndex();
        return e;
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    QVector<Run> m_runs;
    Run cli(const QStringList &args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        CliIo io(out, err, [] { return QByteArray(); });
        r.code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *m_registry);
        out.flush();
        err.flush();
        m_runs.append(r);
        return r;
    }

    Workspace m_pulled;

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
        m_pulled = AamPull::apply(Workspace(), pulled).workspace;
        m_pulled.rebuildIndex();
        QVERIFY(m_pulled.mappingIndex(kMapping) >= 0);
        QVERIFY(m_pulled.destination(kDestination));
        QVERIFY(freeSegmentOf(m_pulled, kDestination) > 0);
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
        QVERIFY(report.items.at(2).message.contains(QLatin1String("cancelled")));
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
        const AamPush::Report theirs =
            AamPush::plan(m_pulled, {AamPush::Choice{conflict, true, {QStringLiteral("endDate")}}});
        QCOMPARE(theirs.toSend(), 1);
        QCOMPARE(theirs.items.first().body.value(QStringLiteral("endDate")).toString(),
                 QStringLiteral("2030-06-30"));

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

    // The CLI against a running sandbox: dry run, push, the file written back, diff shows none.
    void cliPush()
    {
        qputenv(AamRestApi::SecretVariable, kPushSecret);
        SandboxService service;
        AamRestApi::Credentials credentials;
        credentials.clientSecret = QLatin1String(kPushSecret);
        service.aam()->setCredentials(credentials);
        service.aam()->load(m_pulled);
        QVERIFY(service.start());
        const QString file = m_dir.filePath(QStringLiteral("account.json"));
        const QStringList connection{QStringLiteral("--base-url"),  service.baseUrl().toString(),
                                     QStringLiteral("--client-id"), credentials.clientId,
                                     QStringLiteral("--org-id"),    credentials.orgId};
        const QString aam = QStringLiteral("aam");
        QCOMPARE(cli(QStringList{aam, QStringLiteral("pull"), QStringLiteral("--out"), file} +
                     connection)
                     .code,
                 0);
        const QStringList pushArgs = QStringList{aam, QStringLiteral("push"), file} + connection;
        const Run nothing = cli(pushArgs);
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(QLatin1String("Nothing to push")), qPrintable(nothing.out));

        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        QVERIFY(loaded.ok);
        loaded.workspace.rebuildIndex();
        const Edited e = edited(loaded.workspace);
        QString error;
        QVERIFY2(WorkspaceFile::save(e.ws, file, loaded.stamp, nullptr, &error), qPrintable(error));

        const int callsBefore = service.aam()->callCount();
        const Run dry = cli(pushArgs + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(QLatin1String("1 destination to update, 1 to create; "
                                                "1 mapping to update, 2 to create")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("Dry run: 5 would be sent, 0 would not")));
        const int pullCalls = service.aam()->callCount() - callsBefore;
        QVERIFY(pullCalls > 0); // the dry run pulls to compare, and sends nothing
        QCOMPARE(WorkspaceFile::load(file).workspace.mappings, e.ws.mappings);

        const Run pushed = cli(pushArgs + QStringList{QStringLiteral("--json")});
        QCOMPARE(pushed.code, 0);
        const QJsonObject json = pushed.json();
        QCOMPARE(json.value(QStringLiteral("sent")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("savedTo")).toString(), file);
        QCOMPARE(json.value(QStringLiteral("writtenBack")).toInt(), 5);
        const QJsonObject first = json.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 201);

        const Run same = cli(QStringList{aam, QStringLiteral("diff"), file} + connection);
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains(QLatin1String("No differences")), qPrintable(same.out));

        // A conflict: listed and not pushed (exit 1) until resolved.
        loaded = WorkspaceFile::load(file);
        loaded.workspace.rebuildIndex();
        Workspace conflicting = loaded.workspace;
        conflicting.mappings[conflicting.mappingIndex(kMapping)].endDate = QDate(2035, 5, 5);
        QVERIFY(WorkspaceFile::save(conflicting, file, loaded.stamp, nullptr, &error));
        Workspace other = loaded.workspace;
        other.mappings[other.mappingIndex(kMapping)].endDate = QDate(2034, 4, 4);
        {
            AamPush pusher(&m_nam);
            AamRestClient::Settings settings = settingsOf(service);
            pusher.setSettings(settings);
            QSignalSpy finished(&pusher, &AamPush::finished);
            const AamDiff d = AamDiff::compare(other, accountOf(pull(service)));
            pusher.push(other, acceptAll(d));
            QVERIFY(finished.wait(30000));
        }
        const Run open = cli(pushArgs);
        QCOMPARE(open.code, 1);
        QVERIFY2(open.out.contains(QLatin1String("[not sent] Mapping 5001")), qPrintable(open.out));
        QVERIFY(open.out.contains(QLatin1String("endDate")));
        const Run resolved = cli(
            pushArgs + QStringList{QStringLiteral("--keep-workspace"), QStringLiteral("endDate")});
        QCOMPARE(resolved.code, 0);
        QVERIFY2(resolved.out.contains(QLatin1String("[sent, HTTP 201] Mapping 5001")),
                 qPrintable(resolved.out));

        // Bad input and a refused secret, as the other aam commands have them.
        QCOMPARE(cli(pushArgs + QStringList{QStringLiteral("--out"), file}).code, 2);
        QCOMPARE(cli({aam, QStringLiteral("push"), m_dir.filePath(QStringLiteral("none.json")),
                      QStringLiteral("--sandbox")})
                     .code,
                 2);
        qputenv(AamRestApi::SecretVariable, "not-the-push-secret");
        const Run refused = cli(pushArgs);
        QCOMPARE(refused.code, 3);
        QVERIFY(!refused.err.contains(QLatin1String("not-the-push-secret")));
        qunsetenv(AamRestApi::SecretVariable);
    }

    // --sandbox: the in-process account, as for aam diff.
    void cliSandboxPush()
    {
        const QString file = m_dir.filePath(QStringLiteral("sandbox.json"));
        QCOMPARE(cli({QStringLiteral("aam"), QStringLiteral("pull"), QStringLiteral("--sandbox"),
                      QStringLiteral("--out"), file})
                     .code,
                 0);
        WorkspaceFile::LoadResult loaded = WorkspaceFile::load(file);
        loaded.workspace.rebuildIndex();
        Workspace ws = loaded.workspace;
        ws.mappings[ws.mappingIndex(kMapping)].endDate = QDate(2031, 1, 1);
        QString error;
        QVERIFY(WorkspaceFile::save(ws, file, loaded.stamp, nullptr, &error));
        const Run pushed =
            cli({QStringLiteral("aam"), QStringLiteral("push"), file, QStringLiteral("--sandbox")});
        QCOMPARE(pushed.code, 0);
        QVERIFY2(pushed.out.contains(QLatin1String("1 sent to the account, 0 failed, 0 not sent")),
                 qPrintable(pushed.out));
        QVERIFY(pushed.out.contains(file));
    }

    // The secret in no output and no file of the run's folders.
    void cleanupTestCase()
    {
        for (const Run &r : std::as_const(m_runs)) {
            QVERIFY(!r.out.contains(QLatin1String(kPushSecret)));
            QVERIFY(!r.err.contains(QLatin1String(kPushSecret)));
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
                QVERIFY2(!file.readAll().contains(kPushSecret), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 2);
    }
};

QTEST_MAIN(TestAamPush)
#include "tst_aampush.moc"
