#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The library graph as the build declares it, read from the CMakeLists.txt files, and the checks
// docs/architecture.md promises: the picture equals the link lines, there is no cycle, a library
// includes only headers of libraries it links. Kept apart from the test so the checks themselves
// can be fed broken inputs (a cycle, a missing edge, a stray include) and shown to fail.
namespace archcheck {

struct Library
{
    QString name;    // dcsdesk_core
    QString dir;     // absolute folder of its CMakeLists.txt (its include root)
    QSet<QString> links;        // dcsdesk_* libraries it links, PUBLIC or PRIVATE
    QSet<QString> externals;    // other link items: Qt6::Network, CURL::libcurl ...
};

using Graph = QMap<QString, QSet<QString>>; // library → libraries it links

// add_library(dcsdesk_x ...) and target_link_libraries(dcsdesk_x ...) in one CMakeLists.txt.
// dcsdesk_warnings (compile flags only) is not a library of the graph.
QList<Library> parseCMakeLists(const QString &text, const QString &dir);

// The ```dependencies block of docs/architecture.md: "dcsdesk_client -> dcsdesk_core" or
// "dcsdesk_core -> (none)", one library per line.
Graph parseDocumentedGraph(const QString &markdown, QString *error);

// Human-readable differences; empty when both graphs have the same libraries and edges.
QStringList compareGraphs(const Graph &documented, const Graph &built);

// One cycle as "a -> b -> a", or empty.
QStringList findCycle(const Graph &graph);

// Every library a library can use: itself and what it links, transitively.
QSet<QString> reachable(const Graph &graph, const QString &library);

// Each '#include "folder/file.h"' in a library's sources that is found in no library it can
// use, or in two include roots at once, as "file:line: reason". Includes beside the source
// ("file.h") and system headers (<...>) are not checked.
QStringList strayIncludes(const QList<Library> &libraries, const Graph &graph);

} // namespace archcheck
