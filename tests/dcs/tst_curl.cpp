#include "dcs/curlimport.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/shellquote.h"
#include "testworkspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace dcsdesk;

class TestCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void shellSplit_data();
    void shellSplit();
    void shellSplitErrors();
    void quote();

    void docsHostForm();
    void docsGetExample();
    void docsPostExample();
    void faqDeclaredId();
    void importTable_data();
    void importTable();
    void unknownOptionsReported();
    void badEncodingKept();
    void errors_data();
    void errors();

    void exportRoundTrip_data();
    void exportRoundTrip();
    void exportRunsInPosixShell();
};

void TestCurl::shellSplit_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << "curl -i a b" << QStringList{"curl", "-i", "a", "b"};
    QTest::newRow("single quotes") << "curl 'a b' 'it'\\''s'" << QStringList{"curl", "a b", "it's"};
    QTest::newRow("double quotes")
        << "curl \"a \\\"b\\\" \\$x \\n\"" << QStringList{"curl", "a \"b\" $x \\n"};
    QTest::newRow("ansi-c") << "curl $'a\\nb\\x41\\'c'" << QStringList{"curl", "a\nbA'c"};
    QTest::newRow("continuations")
        << "curl \\\n  -X POST \\\r\n  url" << QStringList{"curl", "-X", "POST", "url"};
    QTest::newRow("cmd continuation") << "curl ^\n  url" << QStringList{"curl", "url"};
    QTest::newRow("adjacent quotes") << "a'b'\"c\"d" << QStringList{"abcd"};
    QTest::newRow("empty word") << "curl ''" << QStringList{"curl", ""};
    QTest::newRow("backslash escape") << "a\\ b" << QStringList{"a b"};
}

void TestCurl::shellSplit()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const ShellQuote::SplitResult r = ShellQuote::split(command);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.words, words);
}

void TestCurl::shellSplitErrors()
{
    QVERIFY(!ShellQuote::split(QStringLiteral("curl 'abc")).error.isEmpty());
    QVERIFY(!ShellQuote::split(QStringLiteral("curl \"abc")).error.isEmpty());
    QVERIFY(!ShellQuote::split(QStringLiteral("curl $'abc")).error.isEmpty());
}

void TestCurl::quote()
{
    QCOMPARE(ShellQuote::quote(QStringLiteral("abc")), QStringLiteral("abc"));
    QCOMPARE(ShellQuote::quote(QStringLiteral("a&b")), QStringLiteral("'a&b'"));
    QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(ShellQuote::quote(QString()), QStringLiteral("''"));
}

void TestCurl::docsHostForm()
{
    // domain.md §1.1, copied exactly, with the stray space before d_uuid and a trailing backtick.
    const CurlImport::Result r = CurlImport::parse(QStringLiteral(
        "\"Host:foo.demdex.net\" \"https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1& "
        "d_uuid=123456789\"`"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.alias, QStringLiteral("foo"));
    QCOMPARE(r.regionId, 9);
    QVERIFY(r.baseUrl.isEmpty());
    QCOMPARE(r.request.userId, QStringLiteral("123456789"));
    QCOMPARE(r.request.userIdKind, Profile::IdKind::Uuid);
    QVERIFY(r.request.rtbdJson);
    QCOMPARE(r.request.jsonVersion, QStringLiteral("1"));
    QVERIFY(r.request.signalList.isEmpty());
    QVERIFY(r.unknownOptions.isEmpty());
    QVERIFY(!r.notes.isEmpty()); // the removed space is mentioned

    Profile profile;
    profile.name = QStringLiteral("Mine");
    const Profile applied = r.applyTo(profile);
    QCOMPARE(applied.name, QStringLiteral("Mine"));
    const PreparedRequest p = DcsRequestBuilder::prepare(applied, r.request);
    QCOMPARE(p.urlText,
             QByteArray("https://usw2.demdex.net/event?d_rtbd=json&d_jsonv=1&d_uuid=123456789"));
    QCOMPARE(p.header("Host"), QByteArray("foo.demdex.net"));
}

void TestCurl::docsGetExample()
{
    const CurlImport::Result r = CurlImport::parse(QStringLiteral(
        "curl -i \"yourcompany.demdex.net/event?d_uuid=12345678901234567890123456789012345678"
        "&d_rtbd=json&c_likes=famous%20popstar&c_loves=famous%20actress\""));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.alias, QStringLiteral("yourcompany"));
    QCOMPARE(r.baseUrl, QStringLiteral("https://yourcompany.demdex.net"));
    QCOMPARE(r.request.method, DcsRequest::Method::Get);
    QCOMPARE(r.request.userId, QStringLiteral("12345678901234567890123456789012345678"));
    QVERIFY(r.request.rtbdJson);
    QVERIFY(r.request.jsonVersion.isEmpty());
    QCOMPARE(r.request.signalList.size(), 2);
    QCOMPARE(r.request.signalList.at(0).key, QStringLiteral("c_likes"));
    QCOMPARE(r.request.signalList.at(0).values, QStringList{QStringLiteral("famous popstar")});
    QVERIFY(!r.request.signalList.at(0).raw);
}

void TestCurl::docsPostExample()
{
    const CurlImport::Result r = CurlImport::parse(
        QStringLiteral("curl -X POST \\\n"
                       "  https://yourcompany.demdex.net/event \\\n"
                       "  -H 'content-type: application/x-www-form-urlencoded' \\\n"
                       "  -d "
                       "'c_likes=famous%20popstar&c_loves=famous%20actress&d_uuid="
                       "12345678901234567890123456789012345678'"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.request.method, DcsRequest::Method::Post);
    QCOMPARE(r.request.userId, QStringLiteral("12345678901234567890123456789012345678"));
    QVERIFY(!r.request.rtbdJson);
    QCOMPARE(r.request.signalList.size(), 2);
    QCOMPARE(r.request.signalList.at(1).values, QStringList{QStringLiteral("famous actress")});
    QVERIFY(r.request.headers.isEmpty()); // content-type is set by DCS Desk
    QVERIFY(r.unknownOptions.isEmpty());
}

void TestCurl::faqDeclaredId()
{
    const CurlImport::Result r = CurlImport::parse(
        QStringLiteral("https://apse2.demdex.net/"
                       "event?d_rtbd=json&d_cid=123456%01abc123&c_events=placed-an-order"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.regionId, 8);
    QCOMPARE(r.request.declaredIds.size(), 1);
    const DeclaredId d = r.request.declaredIds.first();
    QCOMPARE(d.kind, DeclaredId::Kind::DataSource);
    QCOMPARE(d.ns, QStringLiteral("123456"));
    QCOMPARE(d.id, QStringLiteral("abc123"));
    QCOMPARE(d.authState, int(DeclaredId::NoAuthState));
    QCOMPARE(r.request.signalList.first().values, QStringList{QStringLiteral("placed-an-order")});
}

void TestCurl::importTable_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("signalText"); // key=v1|v2;key=...
    QTest::addColumn<QString>("headers");    // Name: value;...

    QTest::newRow("-H Host with regional URL")
        << "curl -H 'Host: acme.demdex.net' 'https://irl1.demdex.net/event?d_rtbd=json&c_a=1'"
        << "GET"
        << "acme" << 6 << ""
        << "c_a=1"
        << "";
    QTest::newRow("-XPOST attached, -sSi combined")
        << "curl -sSi -XPOST --url https://use.demdex.net/event -H \"Host: a.demdex.net\" "
           "--data-raw 'c_x=1'"
        << "POST"
        << "a" << 7 << ""
        << "c_x=1"
        << "";
    QTest::newRow("-G moves data into the query")
        << "curl -G https://use.demdex.net/event -d d_rtbd=json --data-urlencode 'c_x=a b,c'"
        << "GET"
        << "" << 7 << ""
        << "c_x=a b,c"
        << "";
    QTest::newRow("data-urlencode forms")
        << "curl https://use.demdex.net/event --data-urlencode '=x' --data-urlencode 'c_y=1&2'"
        << "POST"
        << "" << 7 << ""
        << "x;c_y=1&2"
        << "";
    QTest::newRow("serialized values") << "curl 'https://use.demdex.net/event?c_s=1,2,3&c_t=a%2Cb'"
                                       << "GET"
                                       << "" << 7 << ""
                                       << "c_s=1|2|3;c_t=a,b"
                                       << "";
    QTest::newRow("user agent, referer, cookie, extra header")
        << "curl https://use.demdex.net/event -A 'UA/1' -e https://ref.example/ -b 'demdex=1' "
           "-H 'Accept-Language: de'"
        << "GET"
        << "" << 7 << ""
        << ""
        << "User-Agent: UA/1;Referer: https://ref.example/;Cookie: demdex=1;Accept-Language: de";
    QTest::newRow("ansi-c quoted data")
        << "curl https://use.demdex.net/event --data-binary $'c_x=caf\\xc3\\xa9'"
        << "POST"
        << "" << 7 << "" << QStringLiteral("c_x=caf\u00c3\u00a9") << "";
    QTest::newRow("sandbox on loopback")
        << "curl 'http://127.0.0.1:8080/event?d_rtbd=json' -H 'Host: foo.demdex.net'"
        << "GET"
        << "foo" << int(Profile::SandboxRegion) << "http://127.0.0.1:8080"
        << ""
        << "";
    QTest::newRow("localhost without scheme is http")
        << "curl localhost:9000/event"
        << "GET"
        << "" << int(Profile::SandboxRegion) << "http://localhost:9000"
        << ""
        << "";
    QTest::newRow("prompt and curl.exe") << "$ curl.exe https://tyo3.demdex.net/event"
                                         << "GET"
                                         << "" << 11 << ""
                                         << ""
                                         << "";
    QTest::newRow("markdown fence") << "```sh\ncurl https://ind1.demdex.net/event\n```"
                                    << "GET"
                                    << "" << 12 << ""
                                    << ""
                                    << "";
    QTest::newRow("Accept-Encoding dropped")
        << "curl https://sae.demdex.net/event -H 'Accept-Encoding: gzip' --compressed"
        << "GET"
        << "" << 4 << ""
        << ""
        << "";
    QTest::newRow("Host not demdex")
        << "curl https://apse.demdex.net/event -H 'Host: custom.example.com'"
        << "GET"
        << "custom.example.com" << 3 << ""
        << ""
        << "";
}

void TestCurl::importTable()
{
    QFETCH(QString, command);
    QFETCH(QString, method);
    QFETCH(QString, alias);
    QFETCH(int, region);
    QFETCH(QString, baseUrl);
    QFETCH(QString, signalText);
    QFETCH(QString, headers);
    const CurlImport::Result r = CurlImport::parse(command);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.unknownOptions.isEmpty(), qPrintable(r.unknownOptions.join(' ')));
    QCOMPARE(DcsRequest::methodName(r.request.method), method);
    QCOMPARE(r.alias, alias);
    QCOMPARE(r.regionId, region);
    QCOMPARE(r.baseUrl, baseUrl);
    QStringList gotSignals;
    for (const DcsSignal &s : r.request.signalList)
        gotSignals << s.key +
                          (s.values.isEmpty() ? QString() : QLatin1Char('=') + s.values.join('|'));
    QCOMPARE(gotSignals.join(QLatin1Char(';')), signalText);
    QStringList gotHeaders;
    for (const DcsHeader &h : r.request.headers)
        gotHeaders << h.name + QStringLiteral(": ") + h.value;
    QCOMPARE(gotHeaders.join(';'), headers);
}

void TestCurl::unknownOptionsReported()
{
    const CurlImport::Result r = CurlImport::parse(QStringLiteral(
        "curl --frobnicate -u user:pass -k -L -m 5 -d @body.txt https://use.demdex.net/event "
        "https://use.demdex.net/second"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.unknownOptions.contains(QStringLiteral("--frobnicate")));
    QVERIFY(r.unknownOptions.contains(QStringLiteral("-u user:pass")));
    QVERIFY(r.unknownOptions.contains(QStringLiteral("-d @body.txt")));
    QVERIFY(r.unknownOptions.contains(QStringLiteral("https://use.demdex.net/second")));
    const QString notes = r.notes.join('\n');
    QVERIFY(notes.contains(QStringLiteral("-k")));   // TLS errors never ignored
    QVERIFY(notes.contains(QStringLiteral("-L")));   // redirects shown
    QVERIFY(notes.contains(QStringLiteral("-m 5"))); // ignored, said so
}

void TestCurl::badEncodingKept()
{
    const CurlImport::Result r = CurlImport::parse(QStringLiteral(
        "curl 'https://use.demdex.net/event?d_rtbd=json&c_x=%esid!&d_cid=1%01a%01x'"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.badEncoding);
    QCOMPARE(r.request.signalList.size(), 2);
    const DcsSignal s = r.request.signalList.first();
    QVERIFY(s.raw);
    QCOMPARE(s.values, QStringList{QStringLiteral("%esid!")});
    QCOMPARE(r.request.signalList.at(1).key, QStringLiteral("d_cid")); // bad auth state: kept
    // As a GET it is refused (a URL cannot carry it); as a POST it goes out as given.
    Profile profile = r.applyTo(Profile());
    QVERIFY(DcsRequestBuilder::prepare(profile, r.request).isRefused());
    DcsRequest post = r.request;
    post.method = DcsRequest::Method::Post;
    const PreparedRequest p = DcsRequestBuilder::prepare(profile, post);
    QVERIFY(!p.isRefused());
    QVERIFY(p.body.contains("&c_x=%esid!&"));
}

void TestCurl::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("empty") << "";
    QTest::newRow("only curl") << "curl -i";
    QTest::newRow("unclosed quote") << "curl 'https://use.demdex.net/event";
    QTest::newRow("not http") << "curl ftp://use.demdex.net/event";
    QTest::newRow("option without value") << "curl https://use.demdex.net/event -H";
}

void TestCurl::errors()
{
    QFETCH(QString, command);
    const CurlImport::Result r = CurlImport::parse(command);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.error.contains('\n'));
}

void TestCurl::exportRoundTrip_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("GET") << int(DcsRequest::Method::Get);
    QTest::newRow("POST") << int(DcsRequest::Method::Post);
}

static DcsRequest richRequest(DcsRequest::Method method)
{
    DcsRequest r;
    r.method = method;
    r.userId = QStringLiteral("07955261652886032950143702505894272138");
    r.destinations = true;
    r.cts = 2;
    r.callback = QStringLiteral("cb");
    r.signalList.append(
        DcsSignal{QStringLiteral("c_q"), {QStringLiteral("it's \"quoted\" & $HOME")}});
    r.signalList.append(
        DcsSignal{QStringLiteral("c_s"), {QStringLiteral("a,b"), QStringLiteral("c")}});
    r.declaredIds.append(DeclaredId{DeclaredId::Kind::IntegrationCode, QStringLiteral("crm"),
                                    QStringLiteral("user 1"), DeclaredId::Authenticated, true});
    r.headers.append(DcsHeader{QStringLiteral("User-Agent"), QStringLiteral("Agent 'x'"), true});
    return r;
}

void TestCurl::exportRoundTrip()
{
    QFETCH(int, method);
    Profile profile;
    profile.alias = QStringLiteral("acme");
    profile.regionId = 9;
    const PreparedRequest p =
        DcsRequestBuilder::prepare(profile, richRequest(DcsRequest::Method(method)));
    QVERIFY(!p.isRefused());
    const CurlImport::Result r = CurlImport::parse(p.toCurl());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.unknownOptions.isEmpty());
    QCOMPARE(r.alias, QStringLiteral("acme"));
    QCOMPARE(r.regionId, 9);
    const PreparedRequest again = DcsRequestBuilder::prepare(r.applyTo(Profile()), r.request);
    QCOMPARE(again.urlText, p.urlText);
    QCOMPARE(again.body, p.body);
    QCOMPARE(again.headers, p.headers);
}

void TestCurl::exportRunsInPosixShell()
{
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (sh.isEmpty())
        QSKIP("no POSIX shell");
    Profile profile;
    profile.alias = QStringLiteral("acme");
    profile.regionId = 9;
    const PreparedRequest p =
        DcsRequestBuilder::prepare(profile, richRequest(DcsRequest::Method::Post));
    // A shell function named curl prints the words the shell passes, NUL-separated.
    QProcess process;
    process.start(sh,
                  {QStringLiteral("-c"),
                   QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n") +
                       p.toCurl()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QList<QByteArray> words = process.readAllStandardOutput().split('\0');
    words.removeLast();
    QStringList expected{QStringLiteral("-X"), QStringLiteral("POST"),
                         QString::fromUtf8(p.urlText)};
    // Every prepared header but Content-Length, which curl writes itself from the body, and
    // "Accept:", which stops curl from adding "Accept: */*" of its own.
    for (const auto &h : p.headers) {
        if (h.first != "Content-Length")
            expected << QStringLiteral("-H") << QString::fromUtf8(h.first + ": " + h.second);
    }
    QCOMPARE(p.headers.last().first, QByteArray("Content-Length"));
    expected << QStringLiteral("-H") << QStringLiteral("Accept:");
    expected << QStringLiteral("--data-raw") << QString::fromUtf8(p.body);
    QStringList got;
    for (const QByteArray &w : words)
        got << QString::fromUtf8(w);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
