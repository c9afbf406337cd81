#include "sandbox/sandboxengine.h"
#include "sandbox/sandboxidcalls.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace dcsdesk;

namespace {

const QByteArray Uuid = "12345678901234567890123456789012345678";
const QByteArray OrgId = "5DC5123F5245B1D20A490D46@AdobeOrg";

} // namespace

// The DCS endpoints around /event in the sandbox (domain.md §7): what each answers, and that an
// opt-out or an ID sync shows in the /event calls that follow.
class TestSandboxIdCalls : public QObject
{
    Q_OBJECT

private:
    Workspace m_sample;

    void prepare(SandboxEngine &engine)
    {
        Workspace ws = m_sample;
        ws.profiles[0].orgId = QString::fromLatin1(OrgId);
        engine.setWorkspace(ws);
    }

    HttpResponse send(SandboxEngine &engine, const QByteArray &target,
                      const QByteArray &method = "GET",
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        HttpRequest request;
        request.method = method;
        request.target = target;
        request.headers.append(qMakePair(QByteArray("Host"), QByteArray("sample.demdex.net")));
        request.headers += extraHeaders;
        return engine.handle(request);
    }

    QList<int> eventErrors(SandboxEngine &engine, const QByteArray &query)
    {
        const HttpResponse r = send(engine, "/event?d_rtbd=json&" + query);
        QList<int> codes;
        for (const QJsonValue &e :
             QJsonDocument::fromJson(r.body).object().value(QLatin1String("errors")).toArray())
            codes.append(e.toObject().value(QLatin1String("code")).toInt());
        return codes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_sample = test::sampleWorkspace();
        QVERIFY(!m_sample.profiles.isEmpty());
    }

    void optOutByUuidSticksForLaterEvents()
    {
        SandboxEngine engine;
        prepare(engine);
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid), QList<int>{});
        const HttpResponse r = send(engine, "/demoptout.jpg?d_uuid=" + Uuid);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(r.body.startsWith("\xFF\xD8\xFF"));
        QVERIFY(r.body.endsWith("\xFF\xD9"));
        QVERIFY(r.header("Set-Cookie").startsWith("demdex=NOTARGET;"));
        QVERIFY(r.header("X-Sandbox-Detail").contains(Uuid));
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid), QList<int>{171});
        QVERIFY(engine.profiles().isOptedOut(QString::fromLatin1(Uuid)));
        engine.profiles().clear(); // a new sandbox run forgets it
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid), QList<int>{});
    }

    void optOutByMidAndDeclaredId()
    {
        SandboxEngine engine;
        prepare(engine);
        const QByteArray mid = "11111111111111111111111111111111111111";
        QCOMPARE(send(engine, "/demoptout.jpg?d_mid=" + mid + "&d_orgid=" + OrgId).status, 200);
        QCOMPARE(eventErrors(engine, "d_mid=" + mid + "&d_orgid=" + OrgId), QList<int>{171});

        // Partner level: the CRM ID and the last device linked to it.
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid + "&d_cid=123%01crm-7"), QList<int>{});
        const HttpResponse r = send(engine, "/demoptout.jpg?d_cid=123%01crm-7");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-Sandbox-Detail").contains(Uuid));
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid), QList<int>{171});
        QCOMPARE(eventErrors(engine, "d_cid=123%01crm-7"), QList<int>{171});
    }

    void optOutByDemdexCookie()
    {
        SandboxEngine engine;
        prepare(engine);
        const HttpResponse r =
            send(engine, "/demoptout.jpg", "GET", {{"Cookie", "demdex=" + Uuid + ";dextp=12"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(eventErrors(engine, "d_uuid=" + Uuid), QList<int>{171});
    }

    void optOutWithoutIdIsAClearError()
    {
        SandboxEngine engine;
        prepare(engine);
        const HttpResponse r = send(engine, "/demoptout.jpg");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("d_uuid"));
        QVERIFY(r.body.contains("d_cid"));
    }

    void idSyncRedirectsWithTheUuid()
    {
        SandboxEngine engine;
        prepare(engine);
        const QByteArray redir =
            QUrl::toPercentEncoding(QStringLiteral("https://partner.example/sync?aam=${DD_UUID}"));
        const HttpResponse r = send(engine, "/ibs:dpid=411&dpuuid=vendor-42&redir=" + redir, "GET",
                                    {{"Cookie", "demdex=" + Uuid}});
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), "https://partner.example/sync?aam=" + Uuid);
        QVERIFY(r.header("X-Sandbox-Detail").contains("cid:411:vendor-42"));
        QVERIFY(engine.profiles()
                    .linksOf(QString::fromLatin1(Uuid))
                    .contains(QStringLiteral("cid:411:vendor-42")));
        // An /event call with that declared ID now finds the synced user.
        const HttpResponse event = send(engine, "/event?d_rtbd=json&d_cid=411%01vendor-42");
        QCOMPARE(QJsonDocument::fromJson(event.body).object().value(QLatin1String("uuid")),
                 QJsonValue(QString::fromLatin1(Uuid)));
    }

    void idSyncWithoutRedirIsAPixel()
    {
        SandboxEngine engine;
        prepare(engine);
        const HttpResponse r = send(engine, "/ibs:d_cid=411%01vendor-43");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("GIF89a"));
        const QString uuid = engine.profiles().uuidOfLink(QStringLiteral("cid:411:vendor-43"));
        QVERIFY(!uuid.isEmpty()); // a new user, as for a browser without the demdex cookie
        QVERIFY(r.header("Set-Cookie").startsWith("demdex=" + uuid.toLatin1()));
    }

    void idSyncWithoutIdsIsAClearError()
    {
        SandboxEngine engine;
        prepare(engine);
        const HttpResponse r = send(engine, "/ibs:dpid=411");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("dpuuid"));
        QCOMPARE(send(engine, "/ibs:dpid=1&dpuuid=2", "POST").status, 405);
    }

    void idServiceAnswersVisitorFields()
    {
        SandboxEngine engine;
        prepare(engine);
        const HttpResponse r =
            send(engine, "/id?d_orgid=" + OrgId + "&d_cid=123%01crm-9&d_ver=2&d_rtbd=json");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString mid = o.value(QLatin1String("d_mid")).toString();
        QCOMPARE(mid.size(), 38);
        for (const char *key : {"id_sync_ttl", "d_blob", "dcs_region", "subdomain", "d_ottl"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QLatin1String("ibs")).isArray());
        QCOMPARE(o.value(QLatin1String("subdomain")).toString(), QStringLiteral("sample"));
        QVERIFY(!o.contains(QLatin1String("errors")));

        // The same MID again is the same user; an /event with it finds that profile.
        const HttpResponse again =
            send(engine, "/id?d_orgid=" + OrgId + "&d_mid=" + mid.toLatin1());
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QLatin1String("d_mid")),
                 QJsonValue(mid));
        const QString uuid = engine.profiles().uuidOfLink(QStringLiteral("mid:") + mid);
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(engine.profiles().uuidOfLink(QStringLiteral("cid:123:crm-9")), uuid);

        // JSONP, and an unknown org ID.
        const HttpResponse jsonp = send(engine, "/id?d_orgid=nope@AdobeOrg&d_cb=cb");
        QVERIFY(jsonp.body.startsWith("cb({"));
        QCOMPARE(jsonp.header("X-Error"), QByteArray("2"));
    }

    void idServiceForAnOptedOutUser()
    {
        SandboxEngine engine;
        prepare(engine);
        const QByteArray mid = "22222222222222222222222222222222222222";
        QCOMPARE(send(engine, "/demoptout.jpg?d_mid=" + mid + "&d_orgid=" + OrgId).status, 200);
        const HttpResponse r = send(engine, "/id?d_orgid=" + OrgId + "&d_mid=" + mid);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QVERIFY(!o.contains(QLatin1String("d_mid")));
        QCOMPARE(o.value(QLatin1String("d_optout")).toString(), QStringLiteral("partner"));
        QCOMPARE(r.header("X-Error"), QByteArray("171"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdCalls)
#include "tst_sandboxidcalls.moc"
