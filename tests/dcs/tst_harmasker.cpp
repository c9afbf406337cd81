#include "capture/harcapture.h"
#include "capture/harmasker.h"
#include "dcs/amcvcookie.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace dcsdesk;

namespace {

QByteArray realHar(const QString &name)
{
    QFile file(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString jsonField(const QByteArray &body, const char *field)
{
    const QRegularExpression re(
        QStringLiteral("\"%1\"\\s*:\\s*\"([^\"]*)\"").arg(QLatin1String(field)));
    return re.match(QString::fromUtf8(body)).captured(1);
}

QString queryValue(const QString &url, const QString &key)
{
    return QUrlQuery(QUrl(url)).queryItemValue(key, QUrl::FullyDecoded);
}

// Every value the masker must hide in a capture, read independently of its rules: cookie values
// (the AMCV cookie's IDs), the answers' uuid and d_mid, d_mid, dpuuid and d_cid IDs, p_ values.
QStringList secretsOf(const HarCapture &capture)
{
    QStringList out;
    for (const HarEntry &e : capture.entries()) {
        for (const auto *list : {&e.requestCookies, &e.responseCookies}) {
            for (const HarCookie &c : *list) {
                if (c.name.startsWith(QLatin1String("AMCV_"))) {
                    const AmcvCookie amcv = AmcvCookie::parse(c.name + QLatin1Char('=') + c.value);
                    for (const auto &f : amcv.fields) {
                        if (f.key == QLatin1String("MCMID") || f.key == QLatin1String("MCAAMB"))
                            out << f.value;
                    }
                } else if (c.value != QLatin1String("NOTARGET")) {
                    out << QUrl::fromPercentEncoding(c.value.toUtf8());
                }
            }
        }
        if (e.audienceManager) {
            const QByteArray body = capture.responseBody(e);
            out << jsonField(body, "uuid") << jsonField(body, "d_mid") << jsonField(body, "d_blob");
            out << queryValue(e.url, QStringLiteral("d_mid"));
            const QRegularExpression dpuuid(QStringLiteral("dpuuid=([^&]+)"));
            out << dpuuid.match(e.url).captured(1);
            const QString cid = queryValue(e.url, QStringLiteral("d_cid"));
            if (!cid.isEmpty())
                out << cid.section(QChar(1), 1, 1);
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QByteArray withCredentials(const QByteArray &har)
{
    QJsonObject root = QJsonDocument::fromJson(har).object();
    QJsonObject log = root.value(QStringLiteral("log")).toObject();
    QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        if (!request.value(QStringLiteral("url")).toString().contains(QLatin1String("/event?")))
            continue;
        QJsonArray headers = request.value(QStringLiteral("headers")).toArray();
        headers.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                        {QStringLiteral("value"), QStringLiteral("Bearer tok3n-S3CRET-value")}});
        headers.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Api-Key")},
                        {QStringLiteral("value"), QStringLiteral("k3y-0123456789abcdef")}});
        request.insert(QStringLiteral("headers"), headers);
        request.insert(QStringLiteral("url"),
                       request.value(QStringLiteral("url")).toString() +
                           QStringLiteral("&p_email=jane.doe%40example.org&p_zip=90210"));
        entry.insert(QStringLiteral("request"), request);
        entries.replace(i, entry);
        break;
    }
    log.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("log"), log);
    return QJsonDocument(root).toJson();
}

} // namespace

// Masking a capture for a support ticket, on the real Chromium captures: no secret left in any
// form, the same calls read back, one consistent token per value, and refusals that say why.
class TestHarMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void hidesEverySecret_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("event calls") << "chromium-event-calls.har";
        QTest::newRow("base64 bodies") << "base64-bodies.har";
        QTest::newRow("opt-out") << "chromium-optout.har";
        QTest::newRow("omitted bodies") << "chromium-event-calls-omit.har";
    }

    void hidesEverySecret()
    {
        QFETCH(QString, file);
        const QByteArray bytes = realHar(file);
        HarCapture original;
        QVERIFY(original.read(bytes).ok);
        const QStringList secrets = secretsOf(original);
        QVERIFY(secrets.size() >= 4);

        const HarMasker::Result r = HarMasker::mask(bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.valueCount >= 4);
        QVERIFY(!r.items.isEmpty());

        HarCapture masked;
        QVERIFY2(masked.read(r.masked).ok, "the masked copy reads back");
        // Every secret, in any form, in the raw bytes and in the decoded bodies.
        QByteArray everything = r.masked;
        for (const HarEntry &e : masked.entries())
            everything += masked.responseBody(e);
        for (const QString &secret : secrets) {
            const QByteArray s = secret.toUtf8();
            if (s.size() < HarMasker::MinGlobalLength)
                continue; // "1", "22": masked under their name only (checked below)
            QVERIFY2(!everything.contains(s), qPrintable(secret));
            QVERIFY2(!everything.contains(s.toPercentEncoding()), qPrintable(secret));
        }
        QVERIFY(!r.masked.contains("p_age=22"));
        for (const HarEntry &e : masked.entries()) {
            for (const auto *list : {&e.requestCookies, &e.responseCookies}) {
                for (const HarCookie &c : *list) {
                    QVERIFY2(c.value.startsWith(QLatin1String("MASKED-COOKIE-")) ||
                                 c.value.startsWith(QLatin1String("00000000")) ||
                                 c.value == QLatin1String("NOTARGET") ||
                                 c.name.startsWith(QLatin1String("AMCV_")),
                             qPrintable(c.name + QLatin1Char('=') + c.value));
                }
            }
        }

        QCOMPARE(masked.entries().size(), original.entries().size());
        QCOMPARE(masked.audienceManagerCount(), original.audienceManagerCount());
        for (int i = 0; i < original.entries().size(); ++i) {
            QCOMPARE(masked.entries()[i].kind, original.entries()[i].kind);
            QCOMPARE(masked.entries()[i].status, original.entries()[i].status);
            QCOMPARE(masked.entries()[i].host(), original.entries()[i].host());
            QCOMPARE(masked.entries()[i].started, original.entries()[i].started);
            QCOMPARE(masked.entries()[i].timeMs, original.entries()[i].timeMs);
        }
        QVERIFY(r.masked.contains("Masked by DCS Desk"));
    }

    void oneTokenPerValue()
    {
        const HarMasker::Result r =
            HarMasker::mask(realHar(QStringLiteral("chromium-event-calls.har")));
        QVERIFY2(r.ok, qPrintable(r.error));
        HarCapture masked;
        QVERIFY(masked.read(r.masked).ok);
        QString demdex, mid;
        int answers = 0;
        for (const HarEntry &e : masked.entries()) {
            for (const HarCookie &c : e.responseCookies) {
                if (c.name == QLatin1String("demdex"))
                    demdex = c.value;
            }
            if (e.kind == HarEntry::Kind::IdService)
                mid = jsonField(masked.responseBody(e), "d_mid");
        }
        QCOMPARE(demdex.size(), 38); // a 38-digit ID stays a 38-digit ID
        QVERIFY(demdex.startsWith(QLatin1String("000000")));
        QCOMPARE(mid.size(), 38);
        QVERIFY(mid != demdex);
        for (const HarEntry &e : masked.entries()) {
            if (!e.audienceManager)
                continue;
            const QString uuid = jsonField(masked.responseBody(e), "uuid");
            if (!uuid.isEmpty()) {
                QCOMPARE(uuid, demdex);
                ++answers;
            }
            for (const HarCookie &c : e.requestCookies) {
                if (c.name == QLatin1String("demdex"))
                    QCOMPARE(c.value, demdex);
            }
            if (e.kind == HarEntry::Kind::Event)
                QCOMPARE(queryValue(e.url, QStringLiteral("d_mid")), mid);
            if (e.status == 302) {
                const auto location = std::find_if(
                    e.responseHeaders.begin(), e.responseHeaders.end(),
                    [](const HarNameValue &h) { return h.name == QLatin1String("location"); });
                QVERIFY(location != e.responseHeaders.end());
                QVERIFY(location->value.endsWith(demdex));
            }
        }
        QCOMPARE(answers, 3); // the three JSON/JSONP /event answers
        // The AMCV cookie still decodes, with the masked ECID.
        for (const HarEntry &e : masked.entries()) {
            for (const HarCookie &c : e.requestCookies) {
                if (c.name.startsWith(QLatin1String("AMCV_")))
                    QCOMPARE(AmcvCookie::parse(c.name + QLatin1Char('=') + c.value).fields.size() >
                                 3,
                             true);
            }
        }
        // The preview's rows: where, and the same token as in the file.
        const auto row = std::find_if(r.items.begin(), r.items.end(), [](const HarMaskItem &i) {
            return i.name == QLatin1String("p_age");
        });
        QVERIFY(row != r.items.end());
        QCOMPARE(row->where(), QStringLiteral("p_age in POST body"));
        QCOMPARE(row->original, QStringLiteral("22"));
        QVERIFY(row->replacement.startsWith(QLatin1String("MASKED-P-")));
        QVERIFY(r.masked.contains("p_age=" + row->replacement.toUtf8()));
        QVERIFY(r.summary().contains(QLatin1String("user ID")));
    }

    void hidesCredentialsAndPrivateValues()
    {
        const QByteArray bytes =
            withCredentials(realHar(QStringLiteral("chromium-event-calls.har")));
        const HarMasker::Result r = HarMasker::mask(bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const char *secret :
             {"tok3n-S3CRET-value", "k3y-0123456789abcdef", "jane.doe", "p_zip=90210"})
            QVERIFY2(!r.masked.contains(secret), secret);
        QCOMPARE(r.valuesOf(HarMaskItem::Kind::Credential), 2);
        QVERIFY(std::any_of(r.items.begin(), r.items.end(), [](const HarMaskItem &i) {
            return i.where() == QLatin1String("Authorization header");
        }));
    }

    void maskingTwiceChangesNothingMore()
    {
        const HarMasker::Result once =
            HarMasker::mask(realHar(QStringLiteral("chromium-optout.har")));
        QVERIFY2(once.ok, qPrintable(once.error));
        QVERIFY(!once.notes.isEmpty()); // NOTARGET kept, and said so
        QVERIFY(once.masked.contains("NOTARGET"));
        const HarMasker::Result twice = HarMasker::mask(once.masked);
        QVERIFY2(twice.ok, qPrintable(twice.error));
        QCOMPARE(twice.valueCount, 0);
        QCOMPARE(twice.masked, once.masked);
    }

    void badInputGetsTheReadersMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated") << "truncated.har";
        QTest::newRow("not a HAR") << "not-a-har.json";
        QTest::newRow("invalid UTF-8") << "invalid-utf8.har";
    }

    void badInputGetsTheReadersMessage()
    {
        QFETCH(QString, file);
        const QByteArray bytes = realHar(file);
        HarCapture capture;
        const HarCapture::Result read = capture.read(bytes);
        QVERIFY(!read.ok);
        const HarMasker::Result r = HarMasker::mask(bytes);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, read.error);
        QVERIFY(r.masked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHarMasker)
#include "tst_harmasker.moc"
