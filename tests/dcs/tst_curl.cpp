#include "dcs/curlimport.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/shellquote.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace dcsdesk;

class TestCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    // Inputs fuzz_curlimport found: what imports and can be sent exports to a cURL command that
    // imports again.
    void fuzzFindingsRoundTrip()
    {
        const QDir dir(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/curl-fuzz"));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const CurlImport::Result r = CurlImport::parse(QString::fromUtf8(file.readAll()));
            if (!r.ok)
                continue;
            Profile base;
            base.regionId = 9;
            const PreparedRequest p = DcsRequestBuilder::prepare(
                r.applyTo(base), r.request, QUrl(QStringLiteral("http://127.0.0.1:1")));
            if (p.isRefused())
                continue;
            const CurlImport::Result again = CurlImport::parse(p.toCurl());
            QVERIFY2(again.ok, qPrintable(name + QLatin1String(": ") + again.error +
                                          QLatin1String("\n") + p.toCurl()));
        }
    }

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
    void pastedForms_data();
    void pastedForms();
    void sameAsRealCurl_data();
    void sameAsRealCurl();
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
    QTest::newRow("empty double-quoted word")
        << "curl -d \"\" url" << QStringList{"curl", "-d", "", "url"};
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
    // curl sends "c_x=a+b%2Cc"; DCS Desk would write "a%20b%2Cc", so the pair is kept as pasted.
    QTest::newRow("-G moves data into the query")
        << "curl -G https://use.demdex.net/event -d d_rtbd=json --data-urlencode 'c_x=a b,c'"
        << "GET"
        << "" << 7 << ""
        << "c_x=a+b%2Cc"
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
    // As curl: the command's own Accept-Encoding replaces what --compressed would ask for.
    QTest::newRow("Accept-Encoding kept as the command sets it")
        << "curl https://sae.demdex.net/event -H 'Accept-Encoding: gzip' --compressed"
        << "GET"
        << "" << 4 << ""
        << ""
        << "Accept-Encoding: gzip";
    QTest::newRow("--compressed asks as curl does")
        << "curl https://sae.demdex.net/event --compressed"
        << "GET"
        << "" << 4 << ""
        << ""
        << "Accept-Encoding: deflate, gzip, br, zstd";
    QTest::newRow("Host not demdex")
        << "curl https://apse.demdex.net/event -H 'Host: custom.example.com'"
        << "GET"
        << "custom.example.com" << 3 << ""
        << ""
        << "";
}

// What people paste (issue 16, item 9): each form imports what curl would send, and every
// difference from it is a note or a "not imported" entry. "|" separates expected notes' parts.
void TestCurl::pastedForms_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url"); // PreparedRequest::urlText for region/base as imported
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("header");  // one "Name: value" that must be among the headers
    QTest::addColumn<QString>("unknown"); // must be in unknownOptions
    QTest::addColumn<QString>("note");    // a part of one note

    const QString base = QStringLiteral("https://usw2.demdex.net/event");
    QTest::newRow("combined short flags with a value")
        << "curl -sSX POST https://usw2.demdex.net/event -d 'd_uuid=1'"
        << "POST" << base << "d_uuid=1"
        << ""
        << ""
        << "";
    QTest::newRow("value attached to combined flags")
        << "curl -sXPOST https://usw2.demdex.net/event -d 'd_uuid=1'"
        << "POST" << base << "d_uuid=1"
        << ""
        << ""
        << "";
    QTest::newRow("unknown option keeps its value")
        << "curl --url-query x=1 'https://usw2.demdex.net/event?d_uuid=1'"
        << "GET" << base + "?d_uuid=1"
        << ""
        << ""
        << "--url-query x=1"
        << "";
    QTest::newRow("not a curl option")
        << "curl --frobnicate 'https://usw2.demdex.net/event?d_uuid=1'"
        << "GET" << base + "?d_uuid=1"
        << ""
        << ""
        << "--frobnicate"
        << "not a curl option";
    QTest::newRow("comment line")
        << "# the user from the ticket\ncurl 'https://usw2.demdex.net/event?d_uuid=1'"
        << "GET" << base + "?d_uuid=1"
        << ""
        << ""
        << ""
        << "comment line";
    QTest::newRow("shebang") << "#!/bin/sh\ncurl 'https://usw2.demdex.net/event?d_uuid=1'"
                             << "GET" << base + "?d_uuid=1"
                             << ""
                             << ""
                             << ""
                             << "comment line";
    QTest::newRow("Chrome, Windows cmd")
        << "curl ^\"https://usw2.demdex.net/event?d_uuid=1^&c_a=b c^\" ^\n  -H ^\"accept: */*^\" "
           "^\n"
           "  -H ^\"x-quote: say ^\\^\"hi^\\^\"^\" ^\n  --compressed"
        << "GET" << base + "?d_uuid=1&c_a=b%20c"
        << ""
        << "x-quote: say \"hi\""
        << ""
        << "Windows cmd";
    QTest::newRow("Firefox, Windows (\"\" and \"%\" quoting)")
        << "curl \"https://usw2.demdex.net/event?d_uuid=1&c_a=b\"%\"20c\" -H \"X-Quote: say "
           "\"\"hi\"\" it's\" -H \"Accept: */*\" --compressed"
        << "GET" << base + "?d_uuid=1&c_a=b%20c"
        << ""
        << "X-Quote: say \"hi\" it's"
        << ""
        << "older Firefox";
    QTest::newRow("ID sync: pairs after /ibs:, a ? inside redir")
        << "curl 'https://usw2.demdex.net/ibs:dpid=411&dpuuid=abc&redir=https%3A%2F%2Fp.example"
           "%2Fs%3Fu%3D%24%7BDD_UUID%7D'"
        << "GET"
        << "https://usw2.demdex.net/"
           "ibs:dpid=411&dpuuid=abc&redir=https%3A%2F%2Fp.example%2Fs%3Fu%3D"
           "%24%7BDD_UUID%7D"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("PowerShell line ends")
        << "curl.exe \"https://usw2.demdex.net/event?d_uuid=1\" `\n  -H \"X-A: 1\""
        << "GET" << base + "?d_uuid=1"
        << ""
        << "X-A: 1"
        << ""
        << "PowerShell";
    QTest::newRow("JSON body is not form pairs")
        << "curl https://usw2.demdex.net/event -H 'Content-Type: application/json' -d '{\"a\":1}'"
        << "POST" << base << ""
        << ""
        << "--data {\"a\":1}"
        << "is JSON";
    QTest::newRow("number body") << "curl https://usw2.demdex.net/event -d 123"
                                 << "POST" << base << "123="
                                 << ""
                                 << ""
                                 << "(“123=”)";
    QTest::newRow("charset of the form type")
        << "curl https://usw2.demdex.net/event -H 'Content-Type: "
           "application/x-www-form-urlencoded; "
           "charset=UTF-8' -d 'a=1'"
        << "POST" << base << "a=1"
        << ""
        << ""
        << "charset=UTF-8";
    QTest::newRow("two commands") << "curl 'https://usw2.demdex.net/event?d_uuid=1'\ncurl "
                                     "'https://use.demdex.net/event?d_uuid=2'"
                                  << "GET" << base + "?d_uuid=1"
                                  << ""
                                  << ""
                                  << ""
                                  << "1 more command";
    QTest::newRow("pipe") << "curl -s 'https://usw2.demdex.net/event?d_uuid=1' | jq ."
                          << "GET" << base + "?d_uuid=1"
                          << ""
                          << ""
                          << ""
                          << "| jq .";
    QTest::newRow("--next")
        << "curl 'https://usw2.demdex.net/event?d_uuid=1' --next 'https://use.demdex.net/event'"
        << "GET" << base + "?d_uuid=1"
        << ""
        << ""
        << "--next https://use.demdex.net/event"
        << "starts another request";
    QTest::newRow("UTF-8 header value")
        << "curl 'https://usw2.demdex.net/event?d_uuid=1' -H 'X-City: Köln'"
        << "GET" << base + "?d_uuid=1"
        << ""
        << "X-City: Köln"
        << ""
        << "User-Agent: curl";
}

void TestCurl::pastedForms()
{
    QFETCH(QString, command);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, body);
    QFETCH(QString, header);
    QFETCH(QString, unknown);
    QFETCH(QString, note);
    const CurlImport::Result r = CurlImport::parse(command);
    QVERIFY2(r.ok, qPrintable(r.error));
    Profile profile;
    profile.alias = QStringLiteral("acme");
    const PreparedRequest p = DcsRequestBuilder::prepare(r.applyTo(profile), r.request);
    QCOMPARE(QString::fromLatin1(p.method), method);
    QCOMPARE(QString::fromUtf8(p.urlText), url);
    QCOMPARE(QString::fromUtf8(p.body), body);
    if (!header.isEmpty()) {
        QStringList got;
        for (const auto &h : p.headers)
            got << QString::fromUtf8(h.first + ": " + h.second);
        QVERIFY2(got.contains(header), qPrintable(got.join(QLatin1String(" | "))));
    }
    if (unknown.isEmpty())
        QVERIFY2(r.unknownOptions.isEmpty(), qPrintable(r.unknownOptions.join(QLatin1Char(' '))));
    else
        QVERIFY2(r.unknownOptions.contains(unknown), qPrintable(r.unknownOptions.join(" | ")));
    if (!note.isEmpty()) {
        bool found = false;
        for (const QString &n : r.notes)
            found = found || n.contains(note);
        QVERIFY2(found, qPrintable(r.notes.join(QLatin1String(" | "))));
    }
}

// tests/data/curl-truth: each command and what Debian's curl sent for it on a loopback capture
// (tools/gen-curl-truth.sh). The import must send the same method, target, body and headers, up
// to the differences its notes name: curl's own User-Agent and Accept, its Host for a command
// without one. Pairs DCS Desk would encode with other bytes are kept as pasted.
void TestCurl::sameAsRealCurl_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(DCSDESK_SOURCE_DIR "/tests/data/curl-truth"));
    const QStringList commands = dir.entryList({QStringLiteral("*.cmd")}, QDir::Files, QDir::Name);
    QVERIFY(commands.size() >= 7);
    for (const QString &c : commands)
        QTest::newRow(qPrintable(c)) << dir.filePath(c.chopped(4));
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestCurl::sameAsRealCurl()
{
    QFETCH(QString, name);
    QByteArray command = readAll(name + QStringLiteral(".cmd"));
    command.replace("BASE", "http://127.0.0.1:9");
    const QByteArray wire = readAll(name + QStringLiteral(".wire"));
    QVERIFY(!wire.isEmpty());
    const qsizetype headEnd = wire.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = wire.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    HeaderList curlHeaders;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        curlHeaders.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const QByteArray curlBody = wire.mid(headEnd + 4);

    const CurlImport::Result r = CurlImport::parse(QString::fromUtf8(command));
    QVERIFY2(r.ok, qPrintable(r.error));
    const PreparedRequest p = DcsRequestBuilder::prepare(r.applyTo(Profile()), r.request);
    QVERIFY2(!p.isRefused(),
             qPrintable(p.findings.isEmpty() ? QString() : p.findings.first().message));
    const QString notes = r.notes.join(QLatin1Char('\n'));

    QCOMPARE(p.method, requestLine.at(0));
    const QByteArray target = p.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    QCOMPARE(target, requestLine.at(1));
    QCOMPARE(p.body, curlBody);

    // Headers: the same set, but for what curl adds by itself and the notes name.
    const auto without = [](HeaderList headers, const QByteArray &field) {
        headers.erase(std::remove_if(headers.begin(), headers.end(),
                                     [&](const auto &h) {
                                         return h.first.compare(field, Qt::CaseInsensitive) == 0;
                                     }),
                      headers.end());
        return headers;
    };
    HeaderList ours = p.headers;
    HeaderList theirs = curlHeaders;
    if (r.alias.isEmpty()) {
        theirs = without(theirs, "Host"); // curl's is the capture server's address
        ours = without(ours, "Host");
    }
    if (notes.contains(QStringLiteral("User-Agent: curl"))) {
        theirs = without(theirs, "User-Agent");
        ours = without(ours, "User-Agent");
    }
    if (notes.contains(QStringLiteral("Accept: */*")))
        theirs = without(theirs, "Accept");
    if (notes.contains(QStringLiteral("Content-Type is sent as"))) {
        theirs = without(theirs, "Content-Type");
        ours = without(ours, "Content-Type");
    }
    const auto sorted = [](HeaderList h) {
        std::sort(h.begin(), h.end());
        return h;
    };
    QCOMPARE(sorted(ours), sorted(theirs));
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
