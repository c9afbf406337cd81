#include "sandbox/sandboxservice.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace dcsdesk;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

const qint64 kStart = 1764892800000; // 2025-12-05, a fixed clock for token lifetimes

} // namespace

// The sandbox's offline Audience Manager: the REST paths, their documented status codes and
// rules, the token endpoint and the headers every call needs, over real HTTP on 127.0.0.1.
class TestAamSandbox : public QObject
{
    Q_OBJECT

    SandboxService *m_service = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
    Workspace m_sample;

    Answer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool authorized = true)
    {
        QUrl url = m_service->baseUrl();
        const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        if (authorized) {
            request.setRawHeader("Authorization", "Bearer " + m_token);
            request.setRawHeader("x-api-key", "dcsdesk-sandbox");
            request.setRawHeader("x-gw-ims-org-id", "DCSDESKSANDBOX@AdobeOrg");
        }
        request.setRawHeader("Content-Type", "application/json");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    Answer tokenCall(const QByteArray &form)
    {
        QNetworkRequest request(
            m_service->baseUrl().resolved(QUrl(QStringLiteral("/ims/token/v3"))));
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.post(request, form);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    static QByteArray goodForm()
    {
        return "grant_type=client_credentials&client_id=dcsdesk-sandbox&client_secret="
               "dcsdesk-sandbox-secret&scope=openid,AdobeID";
    }

    // Destination of the sample that has mappings, and one that is server-to-server.
    qint64 mappedDestination() const
    {
        for (const Destination &d : m_sample.destinations) {
            if (d.type != Destination::Type::ServerToServer && m_sample.mappingCountOf(d.id) > 0)
                return d.id;
        }
        return 0;
    }
    qint64 s2sDestination() const
    {
        for (const Destination &d : m_sample.destinations) {
            if (d.type == Destination::Type::ServerToServer)
                return d.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_sample = test::sampleWorkspace();
        m_sample.rebuildIndex();
        QVERIFY(mappedDestination() > 0);
        QVERIFY(s2sDestination() > 0);
    }

    void init()
    {
        m_service = new SandboxService;
        m_service->aam()->setNow(kStart);
        m_service->aam()->load(m_sample);
        QVERIFY(m_service->start());
        const Answer token = tokenCall(goodForm());
        QCOMPARE(token.status, 200);
        m_token = token.object().value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        delete m_service;
        m_service = nullptr;
    }

    void tokenEndpoint()
    {
        const Answer ok = tokenCall(goodForm());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("bearer"));
        QCOMPARE(ok.object().value(QStringLiteral("expires_in")).toInt(), 86399);
        QVERIFY(ok.object().value(QStringLiteral("access_token")).toString().toUtf8() != m_token);

        struct Case
        {
            QByteArray form;
            int status;
            const char *error;
        };
        const QList<Case> cases = {
            {"grant_type=client_credentials&client_id=dcsdesk-sandbox&client_secret=wrong&scope=x",
             401, "invalid_client"},
            {"grant_type=client_credentials&client_id=other&client_secret=dcsdesk-sandbox-secret"
             "&scope=x",
             401, "invalid_client"},
            {"grant_type=password&client_id=dcsdesk-sandbox&client_secret=dcsdesk-sandbox-secret"
             "&scope=x",
             400, "unsupported_grant_type"},
            {"grant_type=client_credentials&client_secret=dcsdesk-sandbox-secret&scope=x", 400,
             "invalid_request"},
            {"grant_type=client_credentials&client_id=dcsdesk-sandbox&client_secret="
             "dcsdesk-sandbox-secret",
             400, "invalid_scope"},
        };
        for (const Case &c : cases) {
            const Answer a = tokenCall(c.form);
            QCOMPARE(a.status, c.status);
            QCOMPARE(a.object().value(QStringLiteral("error")).toString(), QLatin1String(c.error));
            QVERIFY(!a.object().value(QStringLiteral("error_description")).toString().isEmpty());
            QVERIFY(!a.body.contains("dcsdesk-sandbox-secret"));
        }
        QCOMPARE(send("GET", QStringLiteral("/ims/token/v3"), {}, {}, false).status, 405);

        // A secret with form-encoded characters reaches the sandbox intact.
        AamRestApi::Credentials credentials;
        credentials.clientSecret = QStringLiteral("a+b&c=d é");
        m_service->aam()->setCredentials(credentials);
        const Answer encoded =
            tokenCall("grant_type=client_credentials&client_id=dcsdesk-sandbox"
                      "&client_secret=" +
                      QUrl::toPercentEncoding(credentials.clientSecret) + "&scope=openid");
        QCOMPARE(encoded.status, 200);
    }

    void tokenRequiredInvalidExpired()
    {
        const QString path = QStringLiteral("/v1/destinations/");
        const Answer none = send("GET", path, {}, {}, false);
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer realm=\"oauth\""));
        QCOMPARE(none.object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("401013"));

        const Answer invalid = send("GET", path, {}, {{"Authorization", "Bearer not-a-token"}});
        QCOMPARE(invalid.status, 401);
        QVERIFY(invalid.header("WWW-Authenticate").contains("invalid_token"));

        const Answer basic = send("GET", path, {}, {{"Authorization", "Basic Zm9vOmJhcg=="}});
        QCOMPARE(basic.status, 401);

        m_service->aam()->setNow(kStart + 86399LL * 1000 - 1);
        QCOMPARE(send("GET", path).status, 200);
        m_service->aam()->setNow(kStart + 86399LL * 1000);
        const Answer expired = send("GET", path);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").contains("Access token expired"));
        m_service->aam()->setNow(kStart);

        m_service->aam()->revokeTokens();
        QCOMPARE(send("GET", path).status, 401);
    }

    void apiKeyAndOrganizationHeaders()
    {
        const QString path = QStringLiteral("/v1/segments/");
        const auto withHeaders = [&](const QByteArray &key, const QByteArray &org) {
            QList<QPair<QByteArray, QByteArray>> h{{"Authorization", "Bearer " + m_token}};
            if (!key.isNull())
                h.append({"x-api-key", key});
            if (!org.isNull())
                h.append({"x-gw-ims-org-id", org});
            return send("GET", path, {}, h, false);
        };
        const Answer noKey = withHeaders(QByteArray(), "DCSDESKSANDBOX@AdobeOrg");
        QCOMPARE(noKey.status, 403);
        QCOMPARE(noKey.object().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("403000"));
        QCOMPARE(withHeaders("other", "DCSDESKSANDBOX@AdobeOrg").status, 403);
        QCOMPARE(withHeaders("dcsdesk-sandbox", QByteArray()).status, 403);
        QCOMPARE(withHeaders("dcsdesk-sandbox", "OTHER@AdobeOrg").status, 403);
        QCOMPARE(withHeaders("dcsdesk-sandbox", "DCSDESKSANDBOX@AdobeOrg").status, 200);
    }

    void destinationsGetAllAndOne()
    {
        const Answer all = send("GET", QStringLiteral("/v1/destinations/"));
        QCOMPARE(all.status, 200);
        QVERIFY(all.header("Content-Type").startsWith("application/json"));
        QCOMPARE(all.array().size(), m_sample.destinations.size());
        const qint64 id = mappedDestination();
        const Answer one = send("GET", QStringLiteral("/v1/destinations/%1").arg(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("destinationId")).toInteger(), id);
        QCOMPARE(one.object().value(QStringLiteral("mappings")).toArray().size(),
                 m_sample.mappingCountOf(id));
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/999999")).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/abc")).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/v1/traits/")).status, 404);
        QCOMPARE(send("PATCH", QStringLiteral("/v1/destinations/")).status, 405);
    }

    void paging()
    {
        const int total = int(m_sample.destinations.size());
        QJsonArray seen;
        for (int page = 0;; ++page) {
            const Answer a =
                send("GET", QStringLiteral("/v1/destinations/?page=%1&pageSize=5").arg(page));
            QCOMPARE(a.status, 200);
            const QJsonObject o = a.object();
            QCOMPARE(o.value(QStringLiteral("total")).toInt(), total);
            QCOMPARE(o.value(QStringLiteral("page")).toInt(), page);
            QCOMPARE(o.value(QStringLiteral("pageSize")).toInt(), 5);
            const QJsonArray list = o.value(QStringLiteral("list")).toArray();
            for (const QJsonValue &v : list)
                seen.append(v);
            if (list.size() < 5)
                break;
        }
        QCOMPARE(seen, send("GET", QStringLiteral("/v1/destinations/")).array());
        // pageSize defaults to 10 once page is given; a page past the end is empty.
        const QJsonObject first = send("GET", QStringLiteral("/v1/destinations/?page=0")).object();
        QCOMPARE(first.value(QStringLiteral("pageSize")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("list")).toArray().size(), qMin(10, total));
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/?page=99&pageSize=5"))
                     .object()
                     .value(QStringLiteral("list"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/?page=-1")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/?pageSize=0")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/v1/segments/?page=x")).status, 400);

        const QJsonArray sorted =
            send("GET", QStringLiteral("/v1/destinations/?sortBy=destinationId&descending=true"))
                .array();
        QVERIFY(sorted.first().toObject().value(QStringLiteral("destinationId")).toDouble() >
                sorted.last().toObject().value(QStringLiteral("destinationId")).toDouble());
        const QString name = m_sample.destinations.first().name;
        const QJsonArray found =
            send("GET", QStringLiteral("/v1/destinations/?search=%1")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(name))))
                .array();
        QVERIFY(!found.isEmpty());
        const QJsonArray mappings =
            send("GET", QStringLiteral("/v1/destinations/%1/mappings?page=0&pageSize=1")
                            .arg(mappedDestination()))
                .object()
                .value(QStringLiteral("list"))
                .toArray();
        QCOMPARE(mappings.size(), 1);
    }

    void createUpdateDestinations()
    {
        const QByteArray url =
            "{\"name\":\"New URL\",\"destinationType\":\"PUSH\", "
            "\"urlFormatString\":\"https://example.com/?%ALIAS%\",\"serializationEnabled\":false}";
        const Answer created = send("POST", QStringLiteral("/v1/destinations/"), url);
        QCOMPARE(created.status, 201);
        const QJsonObject o = created.object();
        const qint64 id = o.value(QStringLiteral("destinationId")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(o.value(QStringLiteral("createTime")).toInteger(), kStart);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/%1").arg(id))
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("New URL"));
        const QByteArray cookie =
            "{\"name\":\"New cookie\",\"destinationType\":\"ADS\", "
            "\"cookieName\":\"aam\",\"cnameDomain\":\"adobe.com\",\"adServerTypeID\":1}";
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"), cookie).status, 201);

        // Documented rule: server-to-server destinations cannot be created.
        const Answer s2s = send("POST", QStringLiteral("/v1/destinations/"),
                                "{\"name\":\"S2S\",\"destinationType\":\"S2S\"}");
        QCOMPARE(s2s.status, 400);
        QVERIFY(s2s.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("Server-to-server")));
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"), "{\"name\":\"No type\"}").status,
                 400);
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"), "{\"destinationType\":\"PUSH\"}")
                     .status,
                 400);
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"), "{not json").status, 400);
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"), "[1]").status, 400);

        // PUT answers 201 as documented; it cannot change a server-to-server destination.
        const Answer updated = send("PUT", QStringLiteral("/v1/destinations/%1").arg(id),
                                    "{\"name\":\"Renamed\",\"destinationType\":\"PUSH\"}");
        QCOMPARE(updated.status, 201);
        QCOMPARE(updated.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(updated.object().value(QStringLiteral("urlFormatString")).toString(),
                 QStringLiteral("https://example.com/?%ALIAS%"));
        QCOMPARE(send("PUT", QStringLiteral("/v1/destinations/%1").arg(s2sDestination()),
                      "{\"name\":\"x\"}")
                     .status,
                 403);
        QCOMPARE(send("PUT", QStringLiteral("/v1/destinations/%1").arg(id), "{\"destinationId\":1}")
                     .status,
                 400);
        QCOMPARE(send("PUT", QStringLiteral("/v1/destinations/999999"), "{\"name\":\"x\"}").status,
                 404);
    }

    void deleteDestinations()
    {
        const qint64 mapped = mappedDestination();
        // Documented rule: a destination that still has mapped segments cannot be deleted.
        const Answer conflict = send("DELETE", QStringLiteral("/v1/destinations/%1").arg(mapped));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(send("DELETE", QStringLiteral("/v1/destinations/%1").arg(s2sDestination())).status,
                 403);
        const QJsonArray mappings =
            send("GET", QStringLiteral("/v1/destinations/%1/mappings").arg(mapped)).array();
        for (const QJsonValue &m : mappings) {
            const qint64 mid = AamAccount::mappingIdOf(m.toObject());
            const Answer gone = send(
                "DELETE", QStringLiteral("/v1/destinations/%1/segments/%2").arg(mapped).arg(mid));
            QCOMPARE(gone.status, 204);
            QVERIFY(gone.body.isEmpty());
        }
        QCOMPARE(send("DELETE", QStringLiteral("/v1/destinations/%1").arg(mapped)).status, 204);
        QCOMPARE(send("DELETE", QStringLiteral("/v1/destinations/%1").arg(mapped)).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/%1").arg(mapped)).status, 404);

        // bulk-delete: all or none.
        const qint64 a = send("POST", QStringLiteral("/v1/destinations/"),
                              "{\"name\":\"A\",\"destinationType\":\"PUSH\"}")
                             .object()
                             .value(QStringLiteral("destinationId"))
                             .toInteger();
        const qint64 b = send("POST", QStringLiteral("/v1/destinations/"),
                              "{\"name\":\"B\",\"destinationType\":\"PUSH\"}")
                             .object()
                             .value(QStringLiteral("destinationId"))
                             .toInteger();
        const QByteArray withUnknown = QStringLiteral("[%1, 999999]").arg(a).toUtf8();
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/bulk-delete/"), withUnknown).status,
                 404);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/%1").arg(a)).status, 200);
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/bulk-delete/"), "{}").status, 400);
        const QByteArray both = QStringLiteral("[%1, %2]").arg(a).arg(b).toUtf8();
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/bulk-delete/"), both).status, 204);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/%1").arg(b)).status, 404);
    }

    void mappings()
    {
        const qint64 id = mappedDestination();
        const QString base = QStringLiteral("/v1/destinations/%1/mappings").arg(id);
        const QJsonArray list = send("GET", base).array();
        QCOMPARE(list.size(), m_sample.mappingCountOf(id));
        const qint64 mid = AamAccount::mappingIdOf(list.first().toObject());
        QCOMPARE(send("GET", base + QStringLiteral("/%1").arg(mid)).object(),
                 list.first().toObject());
        QCOMPARE(send("GET", base + QStringLiteral("/999999")).status, 404);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/999999/mappings")).status, 404);

        // A segment not mapped to this destination yet.
        qint64 freeSid = 0;
        for (const Segment &s : m_sample.segments) {
            bool used = false;
            for (int i : m_sample.mappingIndexesOf(id))
                used = used || m_sample.mappings[i].sid == s.sid;
            if (!used) {
                freeSid = s.sid;
                break;
            }
        }
        QVERIFY(freeSid > 0);
        const QByteArray mapping =
            QStringLiteral("{\"sid\":%1,\"traitAlias\":\"x\",\"url\":\"https://example.com/?x\"}")
                .arg(freeSid)
                .toUtf8();
        const Answer created = send("POST", base + QLatin1Char('/'), mapping);
        QCOMPARE(created.status, 201);
        const qint64 newId = AamAccount::mappingIdOf(created.object());
        QVERIFY(newId > 0);
        QCOMPARE(created.object().value(QStringLiteral("destinationId")).toInteger(), id);
        QCOMPARE(send("POST", base + QLatin1Char('/'), mapping).status, 409); // mapped already
        QCOMPARE(send("POST", base + QLatin1Char('/'), "{\"url\":\"x\"}").status, 400);
        QCOMPARE(send("POST", base + QLatin1Char('/'), "{\"sid\":987654321}").status, 400);

        const Answer updated =
            send("PUT", QStringLiteral("/v1/destinations/mappings/%1").arg(newId),
                 "{\"url\":\"https://example.com/?y\"}");
        QCOMPARE(updated.status, 201);
        QCOMPARE(updated.object().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.com/?y"));
        QCOMPARE(send("PUT", QStringLiteral("/v1/destinations/mappings/999999"), "{}").status, 404);

        QCOMPARE(
            send("DELETE", QStringLiteral("/v1/destinations/%1/segments/%2").arg(id).arg(newId))
                .status,
            204);
        QCOMPARE(
            send("DELETE", QStringLiteral("/v1/destinations/%1/segments/%2").arg(id).arg(newId))
                .status,
            404);

        // bulk-create: all or none.
        const QByteArray twoSame =
            QStringLiteral("[{\"sid\":%1},{\"sid\":%1}]").arg(freeSid).toUtf8();
        QCOMPARE(send("POST", base + QStringLiteral("/bulk-create"), twoSame).status, 409);
        QCOMPARE(send("GET", base).array().size(), list.size());
        const QByteArray one = QStringLiteral("[{\"sid\":%1}]").arg(freeSid).toUtf8();
        const Answer bulk = send("POST", base + QStringLiteral("/bulk-create"), one);
        QCOMPARE(bulk.status, 201);
        QCOMPARE(bulk.array().size(), 1);
    }

    void segments()
    {
        const QJsonArray all = send("GET", QStringLiteral("/v1/segments/")).array();
        QCOMPARE(all.size(), m_sample.segments.size());
        const qint64 sid = m_sample.segments.first().sid;
        QCOMPARE(send("GET", QStringLiteral("/v1/segments/%1").arg(sid))
                     .object()
                     .value(QStringLiteral("sid"))
                     .toInteger(),
                 sid);
        QCOMPARE(send("GET", QStringLiteral("/v1/segments/987654321")).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/v1/segments/"), "{}").status, 405);
    }

    void gatewayAndServerErrors()
    {
        const Answer limited =
            send("GET", QStringLiteral("/v1/destinations/"), {}, {{"X-Sandbox-Status", "429"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/"), {}, {{"X-Sandbox-Status", "500"}})
                     .status,
                 500);
        m_service->aam()->failNextCalls(503, 1);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/")).status, 503);
        QCOMPARE(send("GET", QStringLiteral("/v1/destinations/")).status, 200);
    }

    // Writes stay in memory: the workspace file the account came from is not touched, and the DCS
    // side of the sandbox still answers.
    void writesStayInMemory()
    {
        const QString path = test::samplePath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        QCOMPARE(send("POST", QStringLiteral("/v1/destinations/"),
                      "{\"name\":\"Memory\",\"destinationType\":\"PUSH\"}")
                     .status,
                 201);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(m_service->aam()->destinationCount(), m_sample.destinations.size() + 1);
        const Answer dcs = send("GET", QStringLiteral("/event?d_rtbd=json"), {}, {}, false);
        QVERIFY(dcs.status != 401);
    }
};

QTEST_GUILESS_MAIN(TestAamSandbox)
#include "tst_aamsandbox.moc"
