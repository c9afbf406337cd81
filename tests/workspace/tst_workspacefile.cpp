#include "failingdevice.h"
#include "i18n.h"
#include "testworkspace.h"
#include "workspace/apppaths.h"
#include "workspace/jsongrammar.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"
#include "workspace/workspaceserializer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace dcsdesk;

// Persistence: round trips, git-friendly layout, corrupt and newer files, failing writes,
// backups. The rule under test everywhere: a file we cannot fully read is never written.
class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(bytes);
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    // The file as QJsonDocument writes each item (the writer before it wrote JSON directly).
    static void appendIndented(QByteArray &out, const QByteArray &json)
    {
        const QList<QByteArray> lines = json.trimmed().split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out += "        ";
            out += lines[i];
            if (i + 1 < lines.size())
                out += '\n';
        }
    }
    template <typename T>
    static QByteArray referenceList(const QVector<T> &items, QJsonObject (*toJson)(const T &),
                                    bool oneLine)
    {
        QByteArray out;
        for (int i = 0; i < items.size(); ++i) {
            out += "        ";
            appendIndented(out,
                           QJsonDocument(toJson(items[i]))
                               .toJson(oneLine ? QJsonDocument::Compact : QJsonDocument::Indented));
            out += i + 1 < items.size() ? ",\n" : "\n";
        }
        return out;
    }

    // Every string a user or a file can put in a field, including what JSON must escape.
    static QStringList hostileStrings()
    {
        return {QString(),
                QStringLiteral("plain"),
                QStringLiteral("quote \" back\\slash / slash"),
                QString::fromUtf8("\x01\x02\x1f \b\f\n\r\t \x7f end"),
                QString::fromUtf8("caf\xc3\xa9 \xc3\x9f \xe4\xb8\xad\xe6\x96\x87 "
                                  "\xf0\x9f\x98\x80"),
                QString(QChar(0x2028)) + QChar(0x2029) + QChar(0xfeff) + QChar(0xffff),
                QString(QChar(0xd800)) + QLatin1Char('a'), // lone high surrogate
                QString(QChar(0xdc00)),                    // lone low surrogate
                QStringLiteral("x") + QChar(0xdbff),       // high surrogate at the end
                QString(QChar(0)) + QStringLiteral("nul")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void roundTripIsLossless()
    {
        Workspace ws = test::smallWorkspace();
        ws.profiles.first().caFile = QStringLiteral("/etc/ssl/test-ca.pem");
        ws.profiles.first().pinnedPublicKey =
            QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        ws.profiles.first().headers = {
            DcsHeader{QStringLiteral("Accept-Language"), QStringLiteral("de-DE"), true},
            DcsHeader{QStringLiteral("X-Off"), QStringLiteral("Köln"), false}};
        const QByteArray first = WorkspaceSerializer::toJson(ws);
        const auto read = WorkspaceSerializer::fromJson(first);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.destinations, ws.destinations);
        QCOMPARE(read.workspace.segments, ws.segments);
        QCOMPARE(read.workspace.mappings, ws.mappings);
        QCOMPARE(read.workspace.profiles, ws.profiles);
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), first);
        // A profile without default headers writes no "headers" key: older files stay as they were.
        QCOMPARE(first.count("\"headers\""), 1);
    }

    void aBadDefaultHeaderIsNamed()
    {
        Workspace ws = test::smallWorkspace();
        ws.profiles.first().headers = {DcsHeader{QStringLiteral("X-A"), QStringLiteral("1"), true}};
        QByteArray bytes = WorkspaceSerializer::toJson(ws);
        bytes.replace("\"value\": \"1\"", "\"value\": 1");
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(QLatin1String("profiles[0].headers[0]")),
                 qPrintable(read.error));
    }

    void sampleRoundTripsByteForByte()
    {
        const QByteArray bytes = readAll(test::samplePath());
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.destinations.size(), 12);
        QCOMPARE(read.workspace.segments.size(), 40);
        // The bundled sample is stored in canonical form.
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), bytes);
    }

    void documentedExampleIsCanonical()
    {
        const QByteArray doc =
            readAll(QStringLiteral(DCSDESK_SOURCE_DIR "/docs/workspace-format.md"));
        const qsizetype start = doc.indexOf("```json\n");
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf("```", start + 8);
        const QByteArray example = doc.mid(start + 8, end - start - 8);
        const auto read = WorkspaceSerializer::fromJson(example);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.workspace.mappings.size(), 2);
        QCOMPARE(WorkspaceSerializer::toJson(read.workspace), example);
    }

    void formatIsGitFriendly()
    {
        Workspace ws = test::smallWorkspace();
        const QByteArray before = WorkspaceSerializer::toJson(ws);
        QVERIFY(before.endsWith("}\n"));
        QVERIFY(
            before.startsWith("{\n    \"format\": \"dcsdesk-workspace\",\n    \"version\": 1,"));
        ws.destinations[0].name = QStringLiteral("Renamed");
        ws.mappings[1].value = QStringLiteral("changed");
        const QByteArray after = WorkspaceSerializer::toJson(ws);
        const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
        QCOMPARE(a.size(), b.size());
        int changedLines = 0;
        for (int i = 0; i < a.size(); ++i)
            changedLines += a[i] != b[i] ? 1 : 0;
        QCOMPARE(changedLines, 2); // one line per field changed
    }

    void unknownKeysSurvive()
    {
        QJsonObject root =
            QJsonDocument::fromJson(WorkspaceSerializer::toJson(test::smallWorkspace())).object();
        root.insert(QStringLiteral("futureTopLevel"), QJsonObject{{QStringLiteral("a"), 1}});
        QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
        QJsonObject d = destinations[0].toObject();
        d.insert(QStringLiteral("futureField"), QStringLiteral("keep me"));
        destinations[0] = d;
        root.insert(QStringLiteral("destinations"), destinations);
        QJsonArray mappings = root.value(QStringLiteral("mappings")).toArray();
        QJsonObject m = mappings[0].toObject();
        m.insert(QStringLiteral("note"), QStringLiteral("x"));
        mappings[0] = m;
        root.insert(QStringLiteral("mappings"), mappings);

        const auto read = WorkspaceSerializer::fromJson(QJsonDocument(root).toJson());
        QVERIFY2(read.ok, qPrintable(read.error));
        const QByteArray out = WorkspaceSerializer::toJson(read.workspace);
        QVERIFY(out.contains("\"futureTopLevel\""));
        QVERIFY(out.contains("\"futureField\": \"keep me\""));
        QVERIFY(out.contains("\"note\":\"x\""));
    }

    void migratesVersion0()
    {
        const QByteArray v0 =
            R"({"name":"Old","destinations":[{"id":7,"name":"Old URL","type":"url",
            "mappings":[{"id":1,"sid":5,"value":"5","startDate":"2024-01-01"}]}],
            "segments":[{"sid":5,"name":"S"}]})";
        const auto read = WorkspaceSerializer::fromJson(v0);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.migrated);
        QCOMPARE(read.fileVersion, 0);
        QCOMPARE(read.workspace.mappings.size(), 1);
        QCOMPARE(read.workspace.mappings[0].destinationId, 7);
        QVERIFY(!read.workspace.destinations[0].unknownKeys.contains(QStringLiteral("mappings")));
    }

    void writerMatchesQJsonDocument()
    {
        Workspace ws = test::smallWorkspace();
        const QStringList strings = hostileStrings();
        qint64 id = 9000;
        for (const QString &text : strings) {
            Segment s;
            s.sid = ++id;
            s.name = s.description = s.integrationCode = s.rule = text;
            s.active = id % 2;
            ws.segments.append(s);
            Destination d;
            d.id = ++id;
            d.name = d.description = d.urlFormat = d.cookieName = d.singleKey = text;
            d.exportLabels = int(id % 16);
            d.siteIds = id % 3 ? QList<int>{} : QList<int>{1, -2, 2147483647};
            d.serialized = id % 2;
            d.updateTime = id % 2 ? QDateTime() : QDateTime(QDate(2026, 1, 15), QTime(8, 30));
            ws.destinations.append(d);
            SegmentMapping m;
            m.id = ++id;
            m.destinationId = d.id;
            m.sid = -9007199254740992LL;
            m.value = text;
            m.secondValue = id % 2 ? text : QString();
            m.startDate = id % 3 ? QDate(1, 1, 1) : QDate();
            m.endDate = id % 2 ? QDate(9999, 12, 31) : QDate();
            m.priority = int(id % 3);
            ws.mappings.append(m);
            Profile p;
            p.name = p.alias = p.orgId = text;
            p.regionId = id % 2 ? Profile::SandboxRegion : 7;
            p.idKind = id % 2 ? Profile::IdKind::Mid : Profile::IdKind::Uuid;
            if (id % 3 == 0) { // written only when set
                p.caFile = text;
                p.pinnedPublicKey = text;
                p.headers = {DcsHeader{text, text, id % 2 == 0}};
            }
            ws.profiles.append(p);
        }
        ws.mappings.last().unknownKeys.insert(QStringLiteral("aFirst"), 1);
        ws.segments.last().unknownKeys.insert(QStringLiteral("zLast"), QJsonArray{1, 2});
        const QByteArray out = WorkspaceSerializer::toJson(ws);
        QVERIFY(
            out.contains(referenceList(ws.profiles, &WorkspaceSerializer::profileToJson, false)));
        QVERIFY(
            out.contains(referenceList(ws.segments, &WorkspaceSerializer::segmentToJson, false)));
        QVERIFY(out.contains(
            referenceList(ws.destinations, &WorkspaceSerializer::destinationToJson, false)));
        QVERIFY(
            out.contains(referenceList(ws.mappings, &WorkspaceSerializer::mappingToJson, true)));
        QVERIFY(out.contains(
            "\"name\": " +
            QJsonDocument(QJsonArray{ws.name}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));

        // It reads back to the same workspace; a lone surrogate (no UTF-8 form) becomes U+FFFD.
        const auto read = WorkspaceSerializer::fromJson(out);
        QVERIFY2(read.ok, qPrintable(read.error));
        const QByteArray again = WorkspaceSerializer::toJson(read.workspace);
        QCOMPARE(WorkspaceSerializer::fromJson(again).workspace.mappings.size(),
                 ws.mappings.size());
        QCOMPARE(WorkspaceSerializer::toJson(WorkspaceSerializer::fromJson(again).workspace),
                 again);
        for (int i = 0; i < ws.segments.size(); ++i) {
            const QString &name = ws.segments[i].name;
            bool lone = false;
            for (int c = 0; c < name.size(); ++c)
                lone = lone ||
                       (name[c].isHighSurrogate() &&
                        (c + 1 == name.size() || !name[c + 1].isLowSurrogate())) ||
                       (name[c].isLowSurrogate() && (c == 0 || !name[c - 1].isHighSurrogate()));
            if (lone)
                QVERIFY(read.workspace.segments[i].name.contains(QChar(0xfffd)));
            else
                QCOMPARE(read.workspace.segments[i], ws.segments[i]);
        }
    }

    void readerAcceptsValidJsonSimdjsonRefuses()
    {
        // An integer beyond 64 bits in an unknown key: simdjson refuses it, the file still opens.
        QByteArray bytes = WorkspaceSerializer::toJson(test::smallWorkspace());
        bytes.replace("\"version\": 1,",
                      "\"version\": 1, \"big\": 123456789012345678901234567890,");
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.workspace.unknownKeys.value(QStringLiteral("big")).toDouble() > 1e29);
        // Nulls stand for defaults.
        const auto nulls = WorkspaceSerializer::fromJson(
            R"({"format":"dcsdesk-workspace","version":1,"name":null,
                "destinations":[{"id":5,"siteIds":[1,null,3],"maxSize":null}],
                "mappings":[{"id":1,"destinationId":5,"sid":7,"startDate":"2024-01-02"}]})");
        QVERIFY2(nulls.ok, qPrintable(nulls.error));
        QCOMPARE(nulls.workspace.destinations[0].siteIds, (QList<int>{1, 0, 3}));
        QCOMPARE(nulls.workspace.destinations[0].maxSize, 2048);
        QCOMPARE(nulls.workspace.mappings[0].startDate, QDate(2024, 1, 2));
    }

    // Issue 15 (6): what docs/workspace-format.md calls unreadable is refused, with the place;
    // nothing is coerced, cut to fit or read another way.
    void strictFields_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text for a number") << QByteArray(R"("sid":"7")") << "mappings[0].sid"
                                           << "not text";
        QTest::newRow("2^53 + 1") << QByteArray(R"("sid":9007199254740993)") << "mappings[0].sid"
                                  << "9007199254740992";
        QTest::newRow("beyond 64 bits")
            << QByteArray(R"("sid":18446744073709551616)") << QString() << "number";
        QTest::newRow("fraction") << QByteArray(R"("sid":7.5)") << "mappings[0].sid"
                                  << "fraction";
        QTest::newRow("int overflow")
            << QByteArray(R"("sid":7,"priority":4294967297)") << "mappings[0].priority"
            << "2147483647";
        QTest::newRow("negative priority")
            << QByteArray(R"("sid":7,"priority":-1)") << "mappings[0].priority"
            << "from 0";
        QTest::newRow("slash date")
            << QByteArray(R"("sid":7,"startDate":"2024/01/02")") << "mappings[0].startDate"
            << "YYYY-MM-DD";
        QTest::newRow("date and time")
            << QByteArray(R"("sid":7,"startDate":"2024-01-02T00:00")") << "mappings[0].startDate"
            << "YYYY-MM-DD";
    }

    void strictFields()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, place);
        QFETCH(QString, mentions);
        const QByteArray bytes =
            R"({"format":"dcsdesk-workspace","version":1,"mappings":[{"id":1,"destinationId":5,)" +
            field + "}]}";
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY(!read.ok);
        if (!place.isEmpty())
            QVERIFY2(read.error.contains(place), qPrintable(read.error));
        QVERIFY2(read.error.contains(mentions), qPrintable(read.error));
    }

    // Issue 15 (6): RFC 8259's grammar decides, not QJsonDocument's leniency. Cases written
    // from the grammar; each names the line and column of the first violation.
    void invalidJsonIsRefusedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        // Line 2 is `"name": <value>}`: the value starts at column 9.
        QTest::newRow("unknown escape") << QByteArray("\"a\\d\"") << 11 << "\\d";
        QTest::newRow("raw tab in string") << QByteArray("\"a\\tb\tc\"") << 14 << "control";
        QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << 11 << "control";
        QTest::newRow("short \\u") << QByteArray("\"\\u12\"") << 14 << "four hex";
        QTest::newRow("leading zero") << QByteArray("012") << 10 << "0 followed";
        QTest::newRow("plus sign") << QByteArray("+1") << 9 << "value";
        QTest::newRow("bare fraction") << QByteArray(".5") << 9 << "value";
        QTest::newRow("no fraction digits") << QByteArray("1.}") << 11 << "decimal point";
        QTest::newRow("empty exponent") << QByteArray("1e}") << 11 << "exponent";
        QTest::newRow("NaN") << QByteArray("NaN") << 9 << "value";
        QTest::newRow("single quotes") << QByteArray("'x'") << 9 << "value";
        QTest::newRow("trailing comma in list") << QByteArray("[1,]") << 12 << "trailing comma";
        QTest::newRow("trailing comma in object")
            << QByteArray(R"({"a":1,})") << 16 << "trailing comma";
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << 10 << "key";
        QTest::newRow("comment") << QByteArray("/* x */ 1") << 9 << "value";
        QTest::newRow("True") << QByteArray("True") << 9 << "value";
        QTest::newRow("truncated true") << QByteArray("tru}") << 12 << "words";
        QTest::newRow("invalid UTF-8") << QByteArray("\"\xC3\x28\"") << 10 << "UTF-8";
        QTest::newRow("overlong UTF-8") << QByteArray("\"\xC0\xAF\"") << 10 << "UTF-8";
        QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xED\xA0\x80\"") << 10 << "UTF-8";
        QTest::newRow("deep nesting") << QByteArray(600, '[') << 9 + 511 << "deeply";
    }

    void invalidJsonIsRefusedWhereItIs()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const QByteArray bytes =
            "{\"format\":\"dcsdesk-workspace\",\"version\":1,\n\"name\": " + value + "}\n";
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY2(!read.ok, "an invalid document was read");
        QVERIFY2(read.error.contains(mentions), qPrintable(read.error));
        QCOMPARE(read.line, 2);
        QCOMPARE(read.column, column);
        // The checker agrees when the invalid text is the whole document.
        QVERIFY(!JsonGrammar::check(value));
    }

    void validJsonPassesTheGrammar_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *valid :
             {"0", "-0", "1.5e-3", "-12E+2", "\"\"",
              "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"",
              "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"", "[]", "{}", " [ 1 , { \"a\" : [ null ] } ] ",
              "true", "false", "null", "\"\\ud800\""})
            QTest::newRow(valid) << QByteArray(valid);
    }

    void validJsonPassesTheGrammar()
    {
        QFETCH(QByteArray, value);
        qsizetype offset = -1;
        QString reason;
        QVERIFY2(JsonGrammar::check(value, &offset, &reason), qPrintable(reason));
    }

    void corruptInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << 0 << "empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << 0 << "empty";
        QTest::newRow("truncated")
            << QByteArray(
                   "{\n \"format\": \"dcsdesk-workspace\",\n \"version\": 1,\n \"segments\": [")
            << 4 << "JSON";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << 0 << "workspace";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"something-else","version":1})") << 0 << "format";
        QTest::newRow("wrong type list")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"segments":{}})") << 0
            << "segments";
        QTest::newRow("wrong type field")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":"abc"}]})")
            << 0 << "segments[0].sid";
        QTest::newRow("huge number")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":1e300}]})")
            << 0 << "segments[0].sid";
        QTest::newRow("fraction")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"segments":[{"sid":1.5}]})")
            << 0 << "whole number";
        QTest::newRow("bad date")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"mappings":[{"id":1,"destinationId":2,"sid":3,"startDate":"31/12/2024"}]})")
            << 0 << "mappings[0].startDate";
        QTest::newRow("bad enum")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"destinations":[{"id":1,"type":"fax"}]})")
            << 0 << "fax";
        QTest::newRow("duplicate key")
            << QByteArray("{\"format\":\"dcsdesk-workspace\",\"version\":1,\n\"name\":\"a\","
                          "\"name\":\"b\"}")
            << 2 << "twice";
        QByteArray deep(5000, '[');
        QTest::newRow("deep nesting") << deep << 1 << "JSON";
        QTest::newRow("duplicate key written differently")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"name":"a","na\u006de":"b"})")
            << 0 << "twice";
        QTest::newRow("duplicate key deep inside")
            << QByteArray("{\"format\":\"dcsdesk-workspace\",\"version\":1,\n\"segments\":"
                          "[{\"sid\":1,\"x\":{\"a\":1,\n\"a\":2}}]}")
            << 3 << "twice";
        QTest::newRow("duplicate before a type error")
            << QByteArray("{\"format\":\"dcsdesk-workspace\",\"version\":1,\"segments\":[{\"sid\":"
                          "\"x\"}],\n\"name\":\"a\",\"name\":\"b\"}")
            << 2 << "twice";
        QTest::newRow("item not an object")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"mappings":[3]})") << 0
            << "mappings[0]: expected an object";
        QTest::newRow("bad label")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"destinations":[{"id":1,"exportLabels":[1]}]})")
            << 0 << "destinations[0].exportLabels";
        QTest::newRow("bad site id")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"destinations":[{"id":1,"siteIds":[true]}]})")
            << 0 << "destinations[0].siteIds[0]";
        QTest::newRow("bad bool")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"destinations":[{"id":1,"serialized":"yes"}]})")
            << 0 << "destinations[0].serialized";
        QTest::newRow("impossible date")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"mappings":[{"id":1,"destinationId":2,"sid":3,"endDate":"2024-02-30"}]})")
            << 0 << "mappings[0].endDate";
        QTest::newRow("sandbox not an object")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"sandbox":[]})") << 0
            << "sandbox";
        QTest::newRow("opted-out ids not a list")
            << QByteArray(
                   R"({"format":"dcsdesk-workspace","version":1,"sandbox":{"optedOutIds":"x"}})")
            << 0 << "sandbox.optedOutIds";
        QTest::newRow("saved requests not a list")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":1,"savedRequests":{}})") << 0
            << "savedRequests";
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"format\":\"dcsdesk-workspace\",\"version\":1,\n\"name\":\"\xff\"}")
            << 2 << "JSON";
        QTest::newRow("version zero")
            << QByteArray(R"({"format":"dcsdesk-workspace","version":0})") << 0 << "version 0";
        QTest::newRow("missing version")
            << QByteArray(R"({"format":"dcsdesk-workspace"})") << 0 << "version";
    }

    void corruptInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const auto read = WorkspaceSerializer::fromJson(bytes);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(mentions, Qt::CaseInsensitive), qPrintable(read.error));
        if (line > 0)
            QCOMPARE(read.line, line);
    }

    void bomIsAccepted()
    {
        const QByteArray bytes =
            "\xEF\xBB\xBF" + WorkspaceSerializer::toJson(test::smallWorkspace());
        QVERIFY(WorkspaceSerializer::fromJson(bytes).ok);
    }

    void corruptFileIsNeverOverwritten()
    {
        const QByteArray garbage = "{ \"format\": \"dcsdesk-workspace\", \"version\": 1, oops";
        const QString path = write(QStringLiteral("corrupt.json"), garbage);
        WorkspaceDocument doc;
        QString error;
        QVERIFY(!doc.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("corrupt.json")) &&
                     error.contains(QStringLiteral("line 1")),
                 qPrintable(error));
        // Any attempt to save over it is refused.
        doc.reset(test::smallWorkspace());
        QVERIFY(!doc.saveAs(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not overwritten")), qPrintable(error));
        QCOMPARE(readAll(path), garbage);
        QVERIFY(!WorkspaceFile::save(test::smallWorkspace(), path, WorkspaceFile::Stamp(), nullptr,
                                     &error));
        QCOMPARE(readAll(path), garbage);
    }

    void newerVersionOpensReadOnly()
    {
        QByteArray bytes = WorkspaceSerializer::toJson(test::smallWorkspace());
        bytes.replace("\"version\": 1", "\"version\": 7");
        const QString path = write(QStringLiteral("newer.json"), bytes);
        WorkspaceDocument doc;
        QString error;
        QVERIFY2(doc.load(path, &error), qPrintable(error));
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QStringLiteral("newer")));
        doc.setDestinationField(10, Destination::Name, QStringLiteral("edited"));
        QVERIFY(!doc.save(&error));
        QVERIFY(!doc.saveAs(path, &error));
        QCOMPARE(readAll(path), bytes);
        // Save As elsewhere keeps a copy in this version's format.
        const QString copy = m_dir.filePath(QStringLiteral("newer-copy.json"));
        QVERIFY2(doc.saveAs(copy, &error), qPrintable(error));
        QVERIFY(!doc.isReadOnly());
        QCOMPARE(readAll(path), bytes);
    }

    void backgroundLoadMatchesLoad()
    {
        const QString good = write(QStringLiteral("background.json"),
                                   WorkspaceSerializer::toJson(test::smallWorkspace()));
        WorkspaceDocument doc;
        QSignalSpy started(&doc, &WorkspaceDocument::loadingStarted);
        QSignalSpy loaded(&doc, &WorkspaceDocument::workspaceLoaded);
        doc.loadInBackground(good);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), good);
        QVERIFY(doc.isLoading());
        QCOMPARE(doc.loadingPath(), good);
        QVERIFY(doc.workspace().destinations.isEmpty()); // replaced on this thread, later
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QVERIFY(!doc.isLoading());
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.workspace().destinations, test::smallWorkspace().destinations);
        QCOMPARE(doc.workspace().mappings, test::smallWorkspace().mappings);
        QVERIFY(!doc.isModified());

        // A corrupt file: the same message as load(), and the open workspace is untouched.
        const QString corrupt = write(QStringLiteral("background-corrupt.json"), "{ oops");
        QString syncError;
        WorkspaceDocument other;
        QVERIFY(!other.load(corrupt, &syncError));
        doc.loadInBackground(corrupt);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(1).at(0).toBool(), false);
        QCOMPARE(loaded.at(1).at(1).toString(), syncError);
        QCOMPARE(doc.filePath(), good);
        QCOMPARE(doc.workspace().destinations, test::smallWorkspace().destinations);

        // A newer format opens read-only, as with load().
        QByteArray bytes = WorkspaceSerializer::toJson(test::smallWorkspace());
        bytes.replace("\"version\": 1", "\"version\": 7");
        const QString newer = write(QStringLiteral("background-newer.json"), bytes);
        doc.loadInBackground(newer);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(2).at(0).toBool(), true);
        QVERIFY(doc.isReadOnly());
        QVERIFY(doc.readOnlyReason().contains(QStringLiteral("newer")));
    }

    void backgroundLoadIsSuperseded()
    {
        const QString first = write(QStringLiteral("first.json"),
                                    WorkspaceSerializer::toJson(test::smallWorkspace()));
        Workspace other = test::smallWorkspace();
        other.destinations.removeLast();
        const QString second =
            write(QStringLiteral("second.json"), WorkspaceSerializer::toJson(other));
        WorkspaceDocument doc;
        QSignalSpy loaded(&doc, &WorkspaceDocument::workspaceLoaded);
        // Another background load: the first ends unapplied, the second wins.
        doc.loadInBackground(first);
        doc.loadInBackground(second);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), false);
        QVERIFY(loaded.at(0).at(1).toString().isEmpty());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(doc.filePath(), second);
        QCOMPARE(doc.workspace().destinations.size(), other.destinations.size());
        QTest::qWait(50); // the first worker's result, if it comes late, changes nothing
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(doc.filePath(), second);

        // A reset (e.g. File > New) while loading: what it put there stays.
        doc.loadInBackground(first);
        doc.reset(Workspace());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(2).at(0).toBool(), false);
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(doc.workspace().destinations.isEmpty());
        QVERIFY(!doc.isLoading());
    }

    void directoryInsteadOfFile()
    {
        WorkspaceDocument doc;
        QString error;
        QVERIFY(!doc.load(m_dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        doc.reset(test::smallWorkspace());
        QVERIFY(!doc.saveAs(m_dir.path(), &error));
    }

    void failingDeviceReportsError()
    {
        test::FailingDevice device(100);
        QString error;
        QVERIFY(!WorkspaceSerializer::write(test::smallWorkspace(), &device, &error));
        QVERIFY(error.contains(QStringLiteral("No space left")));
    }

    void failedSaveKeepsOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/sub/ws.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        doc.setDestinationField(10, Destination::Name, QStringLiteral("edited"));
        QString error;
        QVERIFY(!doc.saveAs(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(doc.isModified()); // the edit is still there to save elsewhere
    }

    void saveKeepsRotatingBackups()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotating.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QByteArray previous = readAll(path);
        for (int i = 0; i < 4; ++i) {
            doc.setDestinationField(10, Destination::Name, QStringLiteral("v%1").arg(i));
            QVERIFY(doc.isModified());
            QVERIFY2(doc.save(&error), qPrintable(error));
            QCOMPARE(readAll(WorkspaceFile::backupPath(path)), previous);
            previous = readAll(path);
        }
        QVERIFY(QFile::exists(WorkspaceFile::backupPath(path, 1)));
        QVERIFY(QFile::exists(WorkspaceFile::backupPath(path, 2)));
        QVERIFY(!QFile::exists(WorkspaceFile::backupPath(path, 3)));
        WorkspaceDocument reopened;
        QVERIFY(reopened.load(path, &error));
        QCOMPARE(reopened.workspace().destination(10)->name, QStringLiteral("v3"));
    }

    void fileChangedBehindOurBackIsChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("external.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        QString error;
        QVERIFY(doc.saveAs(path, &error));
        const QByteArray garbage = "not json at all";
        write(QStringLiteral("external.json"), garbage);
        doc.setDestinationField(10, Destination::Name, QStringLiteral("x"));
        QVERIFY(!doc.save(&error));
        QCOMPARE(readAll(path), garbage);
    }

    // Issue 15 (3): another program (dcsdesk-cli mappings import, an editor, a second window)
    // writes a valid workspace over the open file; the next save must not erase its changes.
    void aValidWorkspaceWrittenElsewhereIsNotOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("written-elsewhere.json"));
        WorkspaceDocument doc;
        doc.reset(test::smallWorkspace());
        QString error;
        QVERIFY(doc.saveAs(path, &error));
        QVERIFY(!doc.isChangedOnDisk());

        WorkspaceDocument other; // the other writer
        QVERIFY(other.load(path, &error));
        other.setDestinationField(10, Destination::Name, QStringLiteral("theirs"));
        QVERIFY2(other.save(&error), qPrintable(error));
        QFile file(path); // later than anything written here, whatever the clock's resolution
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(2),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QByteArray theirs = readAll(path);
        QVERIFY(theirs.contains("theirs"));

        QVERIFY(doc.isChangedOnDisk());
        doc.setDestinationField(10, Destination::Name, QStringLiteral("mine"));
        QVERIFY(!doc.save(&error));
        QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
        QCOMPARE(readAll(path), theirs);
        QVERIFY(doc.isModified());
        // Save As to the same file is the same write: refused too.
        QVERIFY(!doc.saveAs(path, &error));
        QCOMPARE(readAll(path), theirs);
        // The user said to keep this version.
        QVERIFY2(doc.save(&error, WorkspaceDocument::Overwrite::EvenIfChangedOnDisk),
                 qPrintable(error));
        QVERIFY(readAll(path).contains("mine"));
        QVERIFY(!doc.isChangedOnDisk());
        QVERIFY(readAll(WorkspaceFile::backupPath(path)).contains("theirs"));
    }

    // Issue 15 (4): on a small disk (a tmpfs of 16 pages) the first save has room for the new
    // file but not for the backup copy: the save goes through and says so, never claims a
    // backup; when the disk is full the message names the cause and the free space.
    void aSmallDiskGetsTheTruthAboutBackupAndSpace()
    {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint.path()});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP("Mounting a 64 KiB tmpfs needs root (CI runs as root); the disk-full case was "
                  "not run here.");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mountPoint.path()};

        const QString path = mountPoint.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument doc;
        Workspace sample = test::sampleWorkspace();
        sample.savedRequests = QJsonArray(); // the size this disk was made for (5-8 pages)
        doc.reset(sample);
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size > 5 * 4096 && size < 8 * 4096, qPrintable(QString::number(size)));
        QVERIFY(doc.lastSaveWarning().isEmpty()); // nothing to back up yet

        doc.setDestinationField(2001, Destination::Name, QStringLiteral("second version"));
        QVERIFY2(doc.save(&error), qPrintable(error));
        QVERIFY(readAll(path).contains("second version"));
        QVERIFY(!QFile::exists(WorkspaceFile::backupPath(path)));
        QVERIFY2(doc.lastSaveWarning().contains(QStringLiteral("no backup")),
                 qPrintable(doc.lastSaveWarning()));
        QVERIFY2(doc.lastSaveWarning().contains(QStringLiteral("disk is full")),
                 qPrintable(doc.lastSaveWarning()));

        // Fill the disk: now even the new file has no room.
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        while (filler.write(QByteArray(4096, 'x')) == 4096 && filler.flush()) {
        }
        filler.close();
        const QByteArray before = readAll(path);
        doc.setDestinationField(2001, Destination::Name, QStringLiteral("third version"));
        QVERIFY(!doc.save(&error));
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("free on")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QVERIFY(doc.isModified());
    }

    void sampleIsCopiedOnFirstRun()
    {
        QFile::remove(AppPaths::sampleWorkspacePath());
        QString error;
        const QString path = AppPaths::ensureSampleWorkspace(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.startsWith(AppPaths::dataDir()));
        WorkspaceDocument doc;
        QVERIFY2(doc.load(path, &error), qPrintable(error));
        doc.setDestinationField(2001, Destination::Name, QStringLiteral("mine"));
        QVERIFY2(doc.save(&error), qPrintable(error)); // the copy is writable
        // The bundled resource is untouched.
        QCOMPARE(
            WorkspaceFile::load(AppPaths::bundledSamplePath()).workspace.destination(2001)->name,
            QStringLiteral("Ad server pixels (serialized)"));
        QFile::remove(path);
        QFile::remove(WorkspaceFile::backupPath(path));
    }

    // The copy names its workspace and profiles in the user's language; the account's own data
    // (destinations, segments, mappings) is the bundled sample's, unchanged.
    void sampleCopyIsInTheUsersLanguage()
    {
        QFile::remove(AppPaths::sampleWorkspacePath());
        QTranslator german;
        QVERIFY(!loadCatalogue(german, QStringLiteral("de")).isEmpty());
        QCoreApplication::installTranslator(&german);
        QString error;
        const QString path = AppPaths::ensureSampleWorkspace(&error);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const WorkspaceFile::LoadResult copy = WorkspaceFile::load(path);
        const WorkspaceFile::LoadResult bundled =
            WorkspaceFile::load(AppPaths::bundledSamplePath());
        QVERIFY2(copy.ok, qPrintable(copy.error));
        QCOMPARE(copy.workspace.name, QStringLiteral("Beispielkonto"));
        QStringList names;
        for (const Profile &p : copy.workspace.profiles)
            names << p.name;
        QCOMPARE(names, QStringList({QStringLiteral("Beispiel (lokale Sandbox)"),
                                     QStringLiteral("Produktion USA West"),
                                     QStringLiteral("Produktion Europa (ECID)")}));
        QCOMPARE(copy.workspace.profiles.size(), bundled.workspace.profiles.size());
        QCOMPARE(copy.workspace.profiles.first().alias, bundled.workspace.profiles.first().alias);
        QCOMPARE(copy.workspace.destinations.size(), bundled.workspace.destinations.size());
        QCOMPARE(copy.workspace.mappings.size(), bundled.workspace.mappings.size());
        QCOMPARE(copy.workspace.segments.size(), bundled.workspace.segments.size());
        QCOMPARE(copy.workspace.destination(2001)->name,
                 QStringLiteral("Ad server pixels (serialized)"));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
