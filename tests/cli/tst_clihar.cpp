#include "inprocesscli.h"
#include "cli/cliapp.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

namespace {

using Run = test::CliRun;

QString har(const char *name)
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har-unit/") + QLatin1String(name);
}

} // namespace

// dcsdesk-cli har: the Audience Manager calls of a capture listed and decoded, and clear
// messages (with the exit code) for a file that is not one or holds no such call.
class TestCliHar : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) { return test::runCli(*m_registry, args); }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
    }

    void listsTheAudienceManagerCalls()
    {
        const Run r = run({QStringLiteral("har"), har("chromium-shaped.har")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 Audience Manager call")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("/event?d_rtbd=json")));
        QVERIFY(r.out.contains(QStringLiteral("ID sync (/ibs)")));
        QVERIFY(!r.out.contains(QStringLiteral("www.acme.com")));
        const Run alias = run({QStringLiteral("har"), har("chromium-shaped.har"),
                               QStringLiteral("--alias"), QStringLiteral("metrics.acme.com")});
        QVERIFY(alias.out.contains(QStringLiteral("3 Audience Manager call")));
    }

    void decodesACall()
    {
        const Run r = run({QStringLiteral("har"), har("chromium-shaped.har"),
                           QStringLiteral("--call"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("c_interest = golf")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Cookies sent")));
        QVERIFY(r.out.contains(QStringLiteral("expires 6/2/2027")));
        QVERIFY(r.out.contains(QStringLiteral("uuid")));

        const Run json = run({QStringLiteral("--json"), QStringLiteral("har"),
                              har("chromium-shaped.har"), QStringLiteral("--decode")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QLatin1String("audienceManagerCalls")).toInt(), 2);
        const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("event"));
        QCOMPARE(first.value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("uuid"))
                     .toString(),
                 QStringLiteral("12345"));
        QVERIFY(!first.value(QLatin1String("cookiesSent")).toArray().isEmpty());
    }

    // More calls than one batch of the decoding threads: printed in the capture's order, and a
    // form POST's request read as the POST the browser sent.
    void decodesManyCallsInOrder()
    {
        QFile in(har("chromium-shaped.har"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject log = doc.value(QLatin1String("log")).toObject();
        const QJsonObject model = log.value(QLatin1String("entries")).toArray().first().toObject();
        QJsonArray entries;
        const int count = 150;
        for (int i = 1; i <= count; ++i) {
            QJsonObject entry = model;
            QJsonObject request = entry.value(QLatin1String("request")).toObject();
            request.insert(
                QLatin1String("url"),
                QStringLiteral("https://sample.demdex.net/event?d_rtbd=json&c_n=%1").arg(i));
            if (i == count) {
                request.insert(QLatin1String("method"), QStringLiteral("POST"));
                request.insert(QLatin1String("postData"),
                               QJsonObject{{QLatin1String("mimeType"),
                                            QStringLiteral("application/x-www-form-urlencoded")},
                                           {QLatin1String("text"), QStringLiteral("c_post=1")}});
            }
            entry.insert(QLatin1String("request"), request);
            entries.append(entry);
        }
        log.insert(QLatin1String("entries"), entries);
        doc.insert(QLatin1String("log"), log);
        const QString path = m_dir.filePath(QStringLiteral("many.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(doc).toJson());
        file.close();

        const Run json = run(
            {QStringLiteral("--json"), QStringLiteral("har"), path, QStringLiteral("--decode")});
        QCOMPARE(json.code, 0);
        const QJsonArray listed = json.json().value(QLatin1String("entries")).toArray();
        QCOMPARE(listed.size(), count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject e = listed.at(i).toObject();
            QCOMPARE(e.value(QLatin1String("number")).toInt(), i + 1);
            QVERIFY(e.value(QLatin1String("url"))
                        .toString()
                        .endsWith(QStringLiteral("c_n=%1").arg(i + 1)));
        }
        const QJsonObject post =
            listed.last().toObject().value(QLatin1String("request")).toObject();
        QCOMPARE(post.value(QLatin1String("method")).toString(), QStringLiteral("POST"));

        const Run text = run({QStringLiteral("har"), path, QStringLiteral("--decode")});
        QCOMPARE(text.code, 0);
        qsizetype at = 0;
        for (int i = 1; i <= count; ++i) {
            at = text.out.indexOf(QStringLiteral("c_n = %1\n").arg(i), at);
            QVERIFY2(at >= 0,
                     qPrintable(QStringLiteral("c_n = %1 missing or out of order").arg(i)));
        }
        QVERIFY(text.out.contains(QStringLiteral("c_post = 1")));
    }

    void noAudienceManagerCallsListsTheHosts()
    {
        QFile in(har("chromium-shaped.har"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("demdex.net", "example.org");
        const QString path = m_dir.filePath(QStringLiteral("no-aam.har"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run r = run({QStringLiteral("har"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("No call in this capture")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("sample.example.org")));
        QVERIFY(r.out.contains(QStringLiteral("--alias")));
    }

    void badFilesExitTwo()
    {
        const QString path = m_dir.filePath(QStringLiteral("workspace.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": 1, \"destinations\": []}");
        out.close();
        Run r = run({QStringLiteral("har"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a HAR capture")), qPrintable(r.err));
        r = run({QStringLiteral("har"), m_dir.filePath(QStringLiteral("missing.har"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.har")));
        r = run({QStringLiteral("har"), har("chromium-shaped.har"), QStringLiteral("--call"),
                 QStringLiteral("9")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("from 1 to 4")));
    }
    void masksACopy()
    {
        const QString source =
            QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/chromium-event-calls.har");
        const QString out = m_dir.filePath(QStringLiteral("masked.har"));
        Run r = run({QStringLiteral("har"), source, QStringLiteral("--mask"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Wrote the masked copy")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("p_ value")));
        QVERIFY(!r.out.contains(QLatin1String("62668066"))); // counts, never the values
        QFile masked(out);
        QVERIFY(masked.open(QIODevice::ReadOnly));
        const QByteArray bytes = masked.readAll();
        QVERIFY(!bytes.contains("p_age=22"));
        QVERIFY(bytes.contains("Masked by DCS Desk"));

        // The copy lists the same calls.
        r = run({QStringLiteral("--json"), QStringLiteral("har"), out});
        QCOMPARE(r.json().value(QStringLiteral("audienceManagerCalls")).toInt(), 7);

        // An existing file is kept unless --force; the source never.
        r = run({QStringLiteral("har"), source, QStringLiteral("--mask"), out});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        r = run({QStringLiteral("--json"), QStringLiteral("har"), source, QStringLiteral("--mask"),
                 out, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(QStringLiteral("values")).toInt() >= 10);
        QCOMPARE(r.json()
                     .value(QStringLiteral("valuesByKind"))
                     .toObject()
                     .value(QStringLiteral("privateValue"))
                     .toInt(),
                 1);
        const QString copy = m_dir.filePath(QStringLiteral("source.har"));
        QVERIFY(QFile::copy(source, copy));
        r = run({QStringLiteral("har"), copy, QStringLiteral("--mask"), copy,
                 QStringLiteral("--force")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("original stays")));

        // A cut-off capture gets the reader's message and no file.
        const QString cut = m_dir.filePath(QStringLiteral("cut.har"));
        r = run({QStringLiteral("har"),
                 QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/har/truncated.har"),
                 QStringLiteral("--mask"), cut});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("cut short")));
        QVERIFY(!QFile::exists(cut));
    }
};

QTEST_GUILESS_MAIN(TestCliHar)
#include "tst_clihar.moc"
