#include "cli/cliapp.h"
#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "mappingworkspace.h"
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dcsdesk;

// dcsdesk-cli validate, mappings export|import and fire, through the same entry point the
// executable uses, with string buffers for the terminal.
class TestMappingsCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    std::unique_ptr<CliRegistry> m_registry;
    QTemporaryDir m_dir;
    QString m_workspace;

    Run run(const QStringList &args, const QByteArray &stdinData = QByteArray())
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        CliIo io(out, err, [stdinData] { return stdinData; });
        r.code = CliApp::run(QStringList{QStringLiteral("dcsdesk-cli")} + args, io, *m_registry);
        out.flush();
        err.flush();
        return r;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // The mapping workspace with ten mappings on destination 10 (two of them expired or future)
    // and one on the single-key cookie 20.
    void writeWorkspace()
    {
        Workspace ws = test::mappingWorkspace(20);
        qint64 id = 1;
        for (int i = 1; i <= 10; ++i) {
            SegmentMapping m;
            m.id = id++;
            m.destinationId = 10;
            m.sid = 5000 + i;
            m.value = QString::number(m.sid);
            m.startDate = QDate(2026, 1, 1);
            ws.mappings.append(m);
        }
        ws.mappings[8].endDate = QDate(2026, 2, 1);   // expired on 2026-03-01
        ws.mappings[9].startDate = QDate(2026, 6, 1); // future
        SegmentMapping c;
        c.id = id++;
        c.destinationId = 20;
        c.sid = 5001;
        c.value = QStringLiteral("code_1");
        c.startDate = QDate(2026, 1, 1);
        c.priority = 1;
        ws.mappings.append(c);
        ws.rebuildIndex();
        QString error;
        QFile::remove(m_workspace);
        QVERIFY2(WorkspaceFile::save(ws, m_workspace, {}, nullptr, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        qputenv("LC_ALL", "C");
        m_registry = CliApp::defaultRegistry();
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws.json"));
    }

    void init() { writeWorkspace(); }

    void help()
    {
        const Run r = run({QStringLiteral("help")});
        for (const char *name : {"validate", "mappings", "fire"})
            QVERIFY2(r.out.contains(QLatin1String(name)), name);
        QCOMPARE(run({QStringLiteral("mappings"), QStringLiteral("--help")}).code, 0);
    }

    void validate()
    {
        Run r = run({QStringLiteral("validate"), m_workspace, QStringLiteral("--date"),
                     QStringLiteral("2026-03-01")});
        QCOMPARE(r.code, 0); // warnings only
        QVERIFY(r.out.contains(QLatin1String("Expired")));
        QVERIFY(r.out.contains(QLatin1String("segment 5009")));
        r = run({QStringLiteral("--json"), QStringLiteral("validate"), m_workspace,
                 QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QCOMPARE(r.json().value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("warnings")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("notes")).toInt(), 1);
        const QJsonArray findings = r.json().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("mapping.expired"));

        // An error (an empty value) gives exit code 1.
        Workspace ws = WorkspaceFile::load(m_workspace).workspace;
        ws.mappings[0].value.clear();
        QString error;
        QVERIFY(WorkspaceFile::save(ws, m_workspace, WorkspaceFile::stampOf(m_workspace), nullptr,
                                    &error));
        r = run({QStringLiteral("validate"), m_workspace});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1String("Error: mapping 1")));

        QCOMPARE(
            run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("none.json"))}).code, 2);
        QCOMPARE(run({QStringLiteral("validate"), m_workspace, QStringLiteral("--date"),
                      QStringLiteral("tomorrow")})
                     .code,
                 2);
    }

    void exportMappings()
    {
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace, csv});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("11")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvTable table = Csv::parse(file.readAll());
        QCOMPARE(table.records.size(), 12);
        QCOMPARE(table.records.first(), MappingCsv::headers());

        r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace,
                 QStringLiteral("-"), QStringLiteral("--destination"), QStringLiteral("20"),
                 QStringLiteral("--delimiter"), QStringLiteral(";")});
        QCOMPARE(r.code, 0);
        QVERIFY(
            r.out.contains(QLatin1String("20;Single cookie;5001;Segment 1;code_1;;2026-01-01;;1")));
        QCOMPARE(run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace,
                      QStringLiteral("-"), QStringLiteral("--destination"), QStringLiteral("99")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("mappings"), QStringLiteral("send"), m_workspace, csv}).code,
                 2);
    }

    void exportNeverReplacesItsWorkspaceOrJson()
    {
        auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray workspace = bytesOf(m_workspace);
        Run r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace, m_workspace});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("would replace it")), qPrintable(r.err));
        QCOMPARE(bytesOf(m_workspace), workspace);

        const QString other = write(QStringLiteral("other.json"), "{\"format\":\"x\"}");
        r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace, other});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("holds JSON")), qPrintable(r.err));
        QCOMPARE(bytesOf(other), QByteArray("{\"format\":\"x\"}"));

        r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace, m_dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a regular file")), qPrintable(r.err));
        if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
            r = run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace,
                     QStringLiteral("/dev/full")});
            QCOMPARE(r.code, 2); // no longer "Wrote 11 mappings" into a device that took nothing
        }

        // An existing CSV is replaced, as before.
        const QString csv = write(QStringLiteral("old.csv"), "a,b\n1,2\n");
        QCOMPARE(run({QStringLiteral("mappings"), QStringLiteral("export"), m_workspace, csv}).code, 0);
        QCOMPARE(Csv::parse(bytesOf(csv)).records.first(), MappingCsv::headers());
    }

    void importDryRunAndApply()
    {
        const QByteArray before = [&] {
            QFile f(m_workspace);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QString csv = write(QStringLiteral("in.csv"),
                                  "Destination ID;Segment ID;Mapping Value;Start Date;End Date\n"
                                  "10;5001;renamed;2026-01-01;\n"
                                  "10;5015;5015;2026-01-01;2026-12-31\n"
                                  "10;5002;5002;2026-01-01;\n");
        Run r = run({QStringLiteral("mappings"), QStringLiteral("import"), m_workspace, csv,
                     QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("line 2: Updated")));
        QVERIFY(r.out.contains(QLatin1String("line 3: Added")));
        QVERIFY(r.out.contains(QLatin1String("line 4: Unchanged")));
        QVERIFY(r.out.contains(QLatin1String("Dry run")));
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // nothing written
        f.close();

        r = run({QStringLiteral("--json"), QStringLiteral("mappings"), QStringLiteral("import"),
                 m_workspace, csv});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("rows")).toArray().size(), 3);
        const Workspace ws = WorkspaceFile::load(m_workspace).workspace;
        QCOMPARE(ws.mappings.size(), 12);
        QCOMPARE(ws.mappings[ws.mappingIndex(1)].value, QStringLiteral("renamed"));
        QVERIFY(QFile::exists(WorkspaceFile::backupPath(m_workspace)));
    }

    void importWithErrorsWritesNothing()
    {
        const QString csv =
            write(QStringLiteral("bad.csv"), "Destination ID,Segment ID,Mapping Value,Start Date\n"
                                             "10,5001,changed,2026-01-01\n"
                                             "10,4242,x,2026-01-01\n"
                                             "10,5003,x,someday\n");
        const QDateTime modified = QFileInfo(m_workspace).lastModified();
        Run r = run({QStringLiteral("mappings"), QStringLiteral("import"), m_workspace, csv});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1String("4242 is not in the segment catalog")));
        QVERIFY(r.out.contains(QLatin1String("Nothing was written")));
        QCOMPARE(QFileInfo(m_workspace).lastModified(), modified);
        QCOMPARE(WorkspaceFile::load(m_workspace).workspace.mappings[0].value,
                 QStringLiteral("5001"));
        // Only one destination, from stdin.
        r = run({QStringLiteral("--json"), QStringLiteral("mappings"), QStringLiteral("import"),
                 m_workspace, QStringLiteral("-"), QStringLiteral("--destination"),
                 QStringLiteral("20"), QStringLiteral("--dry-run")},
                "Destination ID,Segment ID,Mapping Value,Start Date\n10,5001,x,2026-01-01\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("error"));
        // Not a CSV at all.
        r = run({QStringLiteral("mappings"), QStringLiteral("import"), m_workspace,
                 write(QStringLiteral("junk.csv"), QByteArray("\0\1", 2))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("not a text file")));
    }

    void theJsonReportIsWrittenRowByRowAndStaysValidJson()
    {
        // Issue 15 (7): the report is streamed, not built as one object; what it holds must
        // still be one valid JSON document, whatever the cells hold.
        const QString csv = write(QStringLiteral("hostile.csv"),
                                  "Destination ID,Segment ID,Mapping Value,Start Date\n"
                                  "10,5016,\"say \"\"hi\"\"\r\n\\u0000 \xE2\x80\xA8 {]\",2026-01-01\n"
                                  "10,5017,\"</script>\",someday\n");
        Run r = run({QStringLiteral("--json"), QStringLiteral("mappings"), QStringLiteral("import"),
                     m_workspace, csv, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("say \"hi\"\r\n\\u0000 \u2028 {]"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 1);

        // A file that cannot be read to its end: no rows, the error and exit code 2.
        const QString open = write(QStringLiteral("open.csv"),
                                   "Destination ID,Segment ID,Mapping Value,Start Date\n"
                                   "10,5016,x,2026-01-01\n10,5017,\"x,2026-01-01\n");
        r = run({QStringLiteral("--json"), QStringLiteral("mappings"), QStringLiteral("import"),
                 m_workspace, open});
        QCOMPARE(r.code, 2);
        QVERIFY(r.json().value(QStringLiteral("rows")).toArray().isEmpty());
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("line 3")));
        QCOMPARE(r.json().value(QStringLiteral("exitCode")).toInt(), 2);
    }

    void fire()
    {
        Run r = run({QStringLiteral("fire"), m_workspace, QStringLiteral("--destination"),
                     QStringLiteral("10"), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
                     QStringLiteral("--rnd"), QStringLiteral("7")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "https://px.example.com/s?d=5001,5002,5003,5004,5005,5006,5007,5008")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("segment 5009: the mapping ended on 2026-02-01")));
        QVERIFY(r.out.contains(QLatin1String("segment 5010: the mapping starts on 2026-06-01")));

        r = run({QStringLiteral("--json"), QStringLiteral("fire"), m_workspace,
                 QStringLiteral("--destination"), QStringLiteral("20"),
                 QStringLiteral("--segments"), QStringLiteral("5001,5002"),
                 QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QCOMPARE(r.code, 0);
        const QJsonObject cookie = r.json().value(QStringLiteral("cookie")).toObject();
        QCOMPARE(cookie.value(QStringLiteral("name")).toString(), QStringLiteral("aam"));
        QCOMPARE(cookie.value(QStringLiteral("value")).toString(), QStringLiteral("seg=code_1"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("skipped"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("unmapped"));

        // Nothing active fires nothing: exit 1.
        r = run({QStringLiteral("fire"), m_workspace, QStringLiteral("--destination"),
                 QStringLiteral("10"), QStringLiteral("--segments"), QStringLiteral("5009"),
                 QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1String("Nothing fires")));
        QCOMPARE(run({QStringLiteral("fire"), m_workspace}).code, 2);
        QCOMPARE(run({QStringLiteral("fire"), m_workspace, QStringLiteral("--destination"),
                      QStringLiteral("77")})
                     .code,
                 2);
    }
};

QTEST_MAIN(TestMappingsCli)
#include "tst_mappingscli.moc"
