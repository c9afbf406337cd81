#include "dependencygraph.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace archcheck;

// docs/architecture.md is a promise a newcomer relies on to know what a change can break: the
// picture must be the build's link lines, without cycles, and a library may only include
// headers of the libraries it links. The last cases feed the checks broken inputs so a check
// that stopped working cannot pass silently.
class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentedGraphIsTheBuiltGraph();
    void libraryGraphHasNoCycle();
    void layersLinkOnlyWhatTheirLayerMay();
    void includesStayInsideLinkedLibraries();

    void aCycleIsFound();
    void aMissingOrExtraEdgeIsReported();
    void commentsAndFlagsAreNotLinks();
    void anIncludeFromAnUnlinkedLibraryIsReported();

private:
    static QString readText(const QString &path);
    QList<Library> m_libraries;
    Graph m_graph;
};

QString TestArchitecture::readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestArchitecture::initTestCase()
{
    const QDir source(QStringLiteral(DCSDESK_SOURCE_DIR));
    for (const QString &top : {QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"),
                               QStringLiteral("translations")}) {
        QDirIterator it(source.filePath(top), {QStringLiteral("CMakeLists.txt")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            m_libraries += parseCMakeLists(readText(path), QFileInfo(path).absolutePath());
        }
    }
    for (const Library &library : std::as_const(m_libraries))
        m_graph.insert(library.name, library.links);
    QVERIFY2(m_graph.contains(QStringLiteral("dcsdesk_core")), "the core library was not found");
    QVERIFY2(m_graph.size() >= 7, qPrintable(QStringLiteral("only %1 libraries found").arg(m_graph.size())));
}

void TestArchitecture::documentedGraphIsTheBuiltGraph()
{
    const QString doc =
        readText(QStringLiteral(DCSDESK_SOURCE_DIR) + QStringLiteral("/docs/architecture.md"));
    QVERIFY2(!doc.isEmpty(), "docs/architecture.md is missing");
    QString error;
    const Graph documented = parseDocumentedGraph(doc, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList differences = compareGraphs(documented, m_graph);
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("docs/architecture.md and the CMakeLists.txt files differ "
                                       "(update the document with the change):\n  ") +
                        differences.join(QLatin1String("\n  "))));
}

void TestArchitecture::libraryGraphHasNoCycle()
{
    const QStringList cycle = findCycle(m_graph);
    QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("cycle: ") + cycle.join(QLatin1String(" -> "))));
}

void TestArchitecture::layersLinkOnlyWhatTheirLayerMay()
{
    const QString models = QStringLiteral(DCSDESK_SOURCE_DIR) + QStringLiteral("/models/");
    QStringList problems;
    for (const Library &library : std::as_const(m_libraries)) {
        if (library.dir.startsWith(models)) {
            for (const QString &gui : {QStringLiteral("Qt6::Widgets"), QStringLiteral("Qt6::Charts")}) {
                if (reachable(m_graph, library.name).contains(QStringLiteral("dcsdesk_ui")) ||
                    library.externals.contains(gui))
                    problems << QStringLiteral("%1 (in models/) links widgets").arg(library.name);
            }
        }
        if (library.name == QLatin1String("dcsdesk_core")) {
            for (const QString &net : {QStringLiteral("Qt6::Network"), QStringLiteral("CURL::libcurl")}) {
                if (library.externals.contains(net))
                    problems << QStringLiteral("dcsdesk_core links %1; the core has no network").arg(net);
            }
        }
    }
    const QSet<QString> serverUses = reachable(m_graph, QStringLiteral("dcsdesk_server"));
    if (serverUses.contains(QStringLiteral("dcsdesk_client")))
        problems << QStringLiteral("the sandbox server links the DCS client");
    if (reachable(m_graph, QStringLiteral("dcsdesk_client")).contains(QStringLiteral("dcsdesk_server")))
        problems << QStringLiteral("the DCS client links the sandbox server");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestArchitecture::includesStayInsideLinkedLibraries()
{
    const QStringList problems = strayIncludes(m_libraries, m_graph);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestArchitecture::aCycleIsFound()
{
    Graph graph;
    graph[QStringLiteral("a")] = {QStringLiteral("b")};
    graph[QStringLiteral("b")] = {QStringLiteral("c")};
    graph[QStringLiteral("c")] = {QStringLiteral("a")};
    graph[QStringLiteral("d")] = {QStringLiteral("a")};
    QCOMPARE(findCycle(graph), QStringList({"a", "b", "c", "a"}));
    graph[QStringLiteral("c")].clear();
    QCOMPARE(findCycle(graph), QStringList());
    QCOMPARE(reachable(graph, QStringLiteral("d")),
             QSet<QString>({"a", "b", "c", "d"}));
}

void TestArchitecture::aMissingOrExtraEdgeIsReported()
{
    QString error;
    const Graph documented = parseDocumentedGraph(
        QStringLiteral("text\n```dependencies\nx -> y, z\ny -> (none)\nz -> y\n```\n"), &error);
    QVERIFY(error.isEmpty());
    Graph built = documented;
    QCOMPARE(compareGraphs(documented, built), QStringList());
    built[QStringLiteral("z")].clear();
    built[QStringLiteral("y")] = {QStringLiteral("w")};
    built[QStringLiteral("w")] = {};
    QCOMPARE(compareGraphs(documented, built),
             QStringList({"the document says z links y, the build does not",
                          "w is built but not documented", "y links w, the document does not say so"}));
    parseDocumentedGraph(QStringLiteral("```dependencies\nx y\n```"), &error);
    QVERIFY(!error.isEmpty());
    error.clear();
    parseDocumentedGraph(QStringLiteral("no block"), &error);
    QVERIFY(!error.isEmpty());
}

void TestArchitecture::commentsAndFlagsAreNotLinks()
{
    const QList<Library> libraries = parseCMakeLists(
        QStringLiteral("# add_library(dcsdesk_old STATIC x.cpp)\n"
                       "add_library(dcsdesk_a STATIC a.cpp)\n"
                       "target_link_libraries(dcsdesk_a\n"
                       "    PUBLIC dcsdesk_b Qt6::Core # dcsdesk_c\n"
                       "    PRIVATE dcsdesk_warnings CURL::libcurl)\n"
                       "target_link_libraries(dcsdesk_a PRIVATE dcsdesk_d)\n"
                       "add_library(dcsdesk_warnings INTERFACE)\n"),
        QStringLiteral("/src/a"));
    QCOMPARE(libraries.size(), 1);
    QCOMPARE(libraries.first().name, QStringLiteral("dcsdesk_a"));
    QCOMPARE(libraries.first().links, QSet<QString>({"dcsdesk_b", "dcsdesk_d"}));
    QCOMPARE(libraries.first().externals, QSet<QString>({"Qt6::Core", "CURL::libcurl"}));
}

void TestArchitecture::anIncludeFromAnUnlinkedLibraryIsReported()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const auto write = [&](const QString &relative, const QByteArray &text) {
        QDir(root.path()).mkpath(QFileInfo(root.filePath(relative)).path());
        QFile file(root.filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("core/domain/thing.h"), "#pragma once\n#include \"dcs/client.h\"\n");
    write(QStringLiteral("core/domain/thing.cpp"), "#include \"thing.h\"\n#include <QString>\n");
    write(QStringLiteral("client/dcs/client.h"), "#pragma once\n#include \"domain/thing.h\"\n");
    write(QStringLiteral("ui/dcs/client.h"), "#pragma once\n");
    write(QStringLiteral("ui/view.cpp"), "#include \"domain/thing.h\"\n");
    QList<Library> libraries;
    for (const QString &name : {QStringLiteral("core"), QStringLiteral("client"), QStringLiteral("ui")}) {
        Library library;
        library.name = name;
        library.dir = root.filePath(name);
        libraries << library;
    }
    Graph graph;
    graph[QStringLiteral("core")] = {};
    graph[QStringLiteral("client")] = {QStringLiteral("core")};
    graph[QStringLiteral("ui")] = {QStringLiteral("client")};
    const QStringList problems = strayIncludes(libraries, graph);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("domain/thing.h:2 (core): “dcs/client.h” is in client, ui at once")),
             qPrintable(problems.first()));
    QFile::remove(root.filePath(QStringLiteral("ui/dcs/client.h")));
    QCOMPARE(strayIncludes(libraries, graph),
             QStringList({"domain/thing.h:2 (core): “dcs/client.h” belongs to client, which core does not link"}));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
