#include "i18n.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// `cmake --install` into a temporary DESTDIR, then checks what a package would hold: every file,
// the validators' verdict on the desktop entry and the AppStream metadata, that the installed
// programs read their translations from the installed folder, and the bash completion.
class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dest;
    QString m_root; // DESTDIR + install prefix

    QString installed(const QString &relative) const
    {
        return m_root + QLatin1Char('/') + relative;
    }
    QString bin(const QString &program) const
    {
        return installed(QStringLiteral(DCSDESK_INSTALL_BINDIR "/") + program);
    }
    QString data(const QString &relative) const
    {
        return installed(QStringLiteral(DCSDESK_INSTALL_DATADIR "/") + relative);
    }

    struct Result
    {
        int exitCode = -1;
        QString output; // stdout and stderr
    };

    static Result run(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        Result result;
        if (!process.waitForFinished(120000)) {
            result.output =
                QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = QString::fromUtf8(process.readAll());
        return result;
    }

    QStringList cliCommands() const
    {
        const Result help =
            run(bin(QStringLiteral("dcsdesk-cli")),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help")});
        QStringList commands;
        bool inCommands = false;
        for (const QString &line : help.output.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Commands:"))
                inCommands = true;
            else if (inCommands && line.isEmpty())
                break;
            else if (inCommands)
                commands << line.simplified().section(QLatin1Char(' '), 0, 0);
        }
        return commands;
    }

    // What the installed completion offers for a command line; a trailing space completes a new
    // word. bash-completion's two helpers are stubs: _filedir answers FILES.
    QStringList complete(const QString &line) const
    {
        const QString script =
            QStringLiteral("_init_completion() { words=(\"${COMP_WORDS[@]}\"); cword=$COMP_CWORD; "
                           "cur=${words[cword]}; prev=${words[cword-1]}; }\n"
                           "_filedir() { COMPREPLY=(FILES); }\n"
                           "source \"$1\"\n"
                           "read -ra COMP_WORDS <<<\"$2\"\n"
                           "[[ $2 == *' ' ]] && COMP_WORDS+=('')\n"
                           "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                           "_dcsdesk_cli\n"
                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        const Result result =
            run(QStringLiteral("bash"),
                {QStringLiteral("-c"), script, QStringLiteral("bash"),
                 data(QStringLiteral("bash-completion/completions/dcsdesk-cli")), line});
        QStringList words = result.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        words.sort();
        return words;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dest.isValid());
        m_root = QDir::cleanPath(m_dest.path() + QStringLiteral(DCSDESK_INSTALL_PREFIX));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), m_dest.path());
        const Result result =
            run(QStringLiteral(DCSDESK_CMAKE_COMMAND),
                {QStringLiteral("--install"), QStringLiteral(DCSDESK_BUILD_DIR)}, env);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void lookupStartsBesideTheProgram()
    {
        const QStringList dirs = dcsdesk::catalogueDirectories();
        QCOMPARE(dirs.size(), 2);
        QCOMPARE(dirs.first(), QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                               QStringLiteral("/../share/dcsdesk/translations")));
    }

    void installsEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        const QString id = QStringLiteral(DCSDESK_APP_ID);
        for (const char *program : {"dcsdesk", "dcsdesk-cli", "dcsdesk-sandbox"})
            QTest::newRow(program) << bin(QString::fromLatin1(program));
        for (const char *lang : {"en", "es", "de", "fr"})
            QTest::newRow(lang) << data(
                QStringLiteral("dcsdesk/translations/dcsdesk_%1.qm").arg(QLatin1String(lang)));
        QTest::newRow("desktop") << data(QStringLiteral("applications/%1.desktop").arg(id));
        QTest::newRow("metainfo") << data(QStringLiteral("metainfo/%1.metainfo.xml").arg(id));
        QTest::newRow("svg") << data(QStringLiteral("icons/hicolor/scalable/apps/%1.svg").arg(id));
        for (const char *page : {"dcsdesk", "dcsdesk-cli", "dcsdesk-sandbox"})
            QTest::newRow(qPrintable(QStringLiteral("man %1").arg(QLatin1String(page))))
                << installed(QStringLiteral(DCSDESK_INSTALL_MANDIR "/man1/%1.1.gz")
                                 .arg(QLatin1String(page)));
        QTest::newRow("completion")
            << data(QStringLiteral("bash-completion/completions/dcsdesk-cli"));
    }

    void installsEveryFile()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path + QStringLiteral(" is missing")));
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path + QStringLiteral(" is empty")));
    }

    void iconHasEverySize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString png = data(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png")
                                         .arg(size)
                                         .arg(QStringLiteral(DCSDESK_APP_ID)));
            QImageReader reader(png);
            QVERIFY2(reader.canRead(), qPrintable(png));
            QCOMPARE(reader.size(), QSize(size, size));
        }
    }

    void desktopEntryIsValid()
    {
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils; "
                  "bash tools/dev.sh test installs it)");
        const Result result =
            run(validator, {data(QStringLiteral("applications/" DCSDESK_APP_ID ".desktop"))});
        QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(),
                 qPrintable(result.output));
    }

    // --no-net: no test reaches the network, so the screenshot and homepage addresses are checked
    // for their form only. --pedantic: even the smallest remark fails the test.
    void metainfoIsValid()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (Debian: appstream; bash tools/dev.sh test "
                  "installs it)");
        const QString file = data(QStringLiteral("metainfo/" DCSDESK_APP_ID ".metainfo.xml"));
        const Result result =
            run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                            QStringLiteral("--pedantic"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        const QRegularExpression issue(QStringLiteral("^[EWIP]: "),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(!result.output.contains(issue), qPrintable(result.output));
        QFile metainfo(file);
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains("<launchable type=\"desktop-id\">" DCSDESK_APP_ID
                                            ".desktop</launchable>"));
    }

    // The installed folder comes first: a German catalogue replaced there by the French one
    // gives French; without it, the build tree's German is the fallback.
    void installedProgramsReadInstalledTranslations()
    {
        const QString cli = bin(QStringLiteral("dcsdesk-cli"));
        const QString app = bin(QStringLiteral("dcsdesk"));
        const QStringList regions{QStringLiteral("regions"), QStringLiteral("--lang"),
                                  QStringLiteral("de")};
        const QStringList help{QStringLiteral("--help"), QStringLiteral("--lang"),
                               QStringLiteral("de")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dest.filePath(QStringLiteral("config")));
        QVERIFY(run(cli, regions).output.contains(QStringLiteral("Standort")));
        QVERIFY(run(app, help, env)
                    .output.contains(QStringLiteral("Zu öffnende Arbeitsbereichsdatei.")));

        const QString de = data(QStringLiteral("dcsdesk/translations/dcsdesk_de.qm"));
        QVERIFY(QFile::remove(de));
        QVERIFY(QFile::copy(data(QStringLiteral("dcsdesk/translations/dcsdesk_fr.qm")), de));
        const Result french = run(cli, regions);
        QVERIFY2(french.output.contains(QStringLiteral("Emplacement")), qPrintable(french.output));
        QVERIFY(run(app, help, env)
                    .output.contains(QStringLiteral("Fichier d’espace de travail à ouvrir.")));

        QVERIFY(QFile::remove(de));
        QVERIFY(run(cli, regions).output.contains(QStringLiteral("Standort")));
    }

    void cliManualPageHasEveryCommand()
    {
        const Result page =
            run(QStringLiteral("gzip"),
                {QStringLiteral("-dc"),
                 installed(QStringLiteral(DCSDESK_INSTALL_MANDIR "/man1/dcsdesk-cli.1.gz"))});
        QCOMPARE(page.exitCode, 0);
        const QStringList commands = cliCommands();
        QVERIFY(commands.size() >= 14);
        for (QString command : commands) {
            const QString heading =
                QStringLiteral(".SS \"\\fB%1\\fR")
                    .arg(command.replace(QLatin1Char('-'), QStringLiteral("\\-")));
            QVERIFY2(page.output.contains(heading), qPrintable(heading));
        }
        QVERIFY(page.output.contains(QStringLiteral("\\fB\\-\\-sandbox\\fR \\fIworkspace\\fR")));
    }

    void completionOffersCommandsAndTheirOptions()
    {
        QStringList commands = cliCommands();
        QStringList expected = commands;
        expected << QStringLiteral("help");
        expected.sort();
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli ")), expected);
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli send --sa")),
                 QStringList({QStringLiteral("--sandbox"), QStringLiteral("--saved")}));
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli batch --on-invalid ")),
                 QStringList({QStringLiteral("skip"), QStringLiteral("stop")}));
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli mappings ")),
                 QStringList({QStringLiteral("export"), QStringLiteral("import")}));
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli send --sandbox ")),
                 QStringList{QStringLiteral("FILES")});
        QCOMPARE(complete(QStringLiteral("dcsdesk-cli --lang d")),
                 QStringList{QStringLiteral("de")});

        // Every long option of every command, as its help lists them, and no other.
        const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z][a-z0-9-]*)"),
                                        QRegularExpression::MultilineOption);
        for (const QString &command : commands) {
            const Result help = run(
                bin(QStringLiteral("dcsdesk-cli")),
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help"), command});
            QStringList options;
            for (auto it = option.globalMatch(help.output); it.hasNext();)
                options << it.next().captured(1);
            options.sort();
            QVERIFY2(options.contains(QStringLiteral("--json")), qPrintable(command));
            QCOMPARE(complete(QStringLiteral("dcsdesk-cli %1 --").arg(command)), options);
        }
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
