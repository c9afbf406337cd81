#include "dependencygraph.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>

namespace archcheck {

namespace {

QString stripComments(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
    }
    return lines.join(QLatin1Char('\n'));
}

bool isGraphLibrary(const QString &name)
{
    return name.startsWith(QLatin1String("dcsdesk_")) && name != QLatin1String("dcsdesk_warnings");
}

} // namespace

QList<Library> parseCMakeLists(const QString &text, const QString &dir)
{
    const QString cmake = stripComments(text);
    QList<Library> libraries;
    static const QRegularExpression addLibrary(QStringLiteral(R"(add_library\(\s*(dcsdesk_\w+))"));
    for (auto it = addLibrary.globalMatch(cmake); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!isGraphLibrary(name))
            continue;
        Library library;
        library.name = name;
        library.dir = dir;
        const QRegularExpression linkLine(
            QStringLiteral(R"(target_link_libraries\(\s*%1\s+([^)]*)\))")
                .arg(QRegularExpression::escape(name)));
        for (auto links = linkLine.globalMatch(cmake); links.hasNext();) {
            const QStringList items =
                links.next().captured(1).split(QRegularExpression(QStringLiteral(R"(\s+)")),
                                               Qt::SkipEmptyParts);
            for (const QString &item : items) {
                if (item == QLatin1String("PUBLIC") || item == QLatin1String("PRIVATE") ||
                    item == QLatin1String("INTERFACE") || item == QLatin1String("dcsdesk_warnings"))
                    continue;
                if (isGraphLibrary(item))
                    library.links.insert(item);
                else
                    library.externals.insert(item);
            }
        }
        libraries.append(library);
    }
    return libraries;
}

Graph parseDocumentedGraph(const QString &markdown, QString *error)
{
    Graph graph;
    const qsizetype start = markdown.indexOf(QLatin1String("```dependencies\n"));
    if (start < 0) {
        *error = QStringLiteral("no ```dependencies block");
        return graph;
    }
    const qsizetype bodyStart = start + qsizetype(qstrlen("```dependencies\n"));
    const qsizetype end = markdown.indexOf(QLatin1String("```"), bodyStart);
    if (end < 0) {
        *error = QStringLiteral("the ```dependencies block is not closed");
        return graph;
    }
    const QStringList lines = markdown.mid(bodyStart, end - bodyStart).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype arrow = line.indexOf(QLatin1String("->"));
        if (arrow <= 0) {
            *error = QStringLiteral("not “library -> dependencies”: %1").arg(line);
            return {};
        }
        const QString from = line.left(arrow).trimmed();
        QSet<QString> &to = graph[from];
        const QString rest = line.mid(arrow + 2).trimmed();
        if (rest == QLatin1String("(none)"))
            continue;
        for (const QString &name : rest.split(QLatin1Char(','), Qt::SkipEmptyParts))
            to.insert(name.trimmed());
    }
    return graph;
}

QStringList compareGraphs(const Graph &documented, const Graph &built)
{
    QStringList differences;
    for (auto it = built.cbegin(); it != built.cend(); ++it) {
        if (!documented.contains(it.key())) {
            differences << QStringLiteral("%1 is built but not documented").arg(it.key());
            continue;
        }
        const QSet<QString> &doc = documented.value(it.key());
        for (const QString &dep : it.value()) {
            if (!doc.contains(dep))
                differences << QStringLiteral("%1 links %2, the document does not say so")
                                   .arg(it.key(), dep);
        }
        for (const QString &dep : doc) {
            if (!it.value().contains(dep))
                differences << QStringLiteral("the document says %1 links %2, the build does not")
                                   .arg(it.key(), dep);
        }
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
        if (!built.contains(it.key()))
            differences << QStringLiteral("%1 is documented but not built").arg(it.key());
    }
    differences.sort();
    return differences;
}

QStringList findCycle(const Graph &graph)
{
    enum State { Unvisited, OnPath, Done };
    QMap<QString, State> state;
    QStringList path;
    std::function<QStringList(const QString &)> visit = [&](const QString &node) -> QStringList {
        state[node] = OnPath;
        path.append(node);
        QStringList next = graph.value(node).values();
        next.sort();
        for (const QString &dep : next) {
            const State s = state.value(dep, Unvisited);
            if (s == OnPath)
                return path.mid(path.indexOf(dep)) << dep;
            if (s == Unvisited) {
                const QStringList cycle = visit(dep);
                if (!cycle.isEmpty())
                    return cycle;
            }
        }
        path.removeLast();
        state[node] = Done;
        return {};
    };
    for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
        if (state.value(it.key(), Unvisited) == Unvisited) {
            const QStringList cycle = visit(it.key());
            if (!cycle.isEmpty())
                return cycle;
        }
    }
    return {};
}

QSet<QString> reachable(const Graph &graph, const QString &library)
{
    QSet<QString> seen{library};
    QStringList todo{library};
    while (!todo.isEmpty()) {
        for (const QString &dep : graph.value(todo.takeLast())) {
            if (!seen.contains(dep)) {
                seen.insert(dep);
                todo.append(dep);
            }
        }
    }
    return seen;
}

QStringList strayIncludes(const QList<Library> &libraries, const Graph &graph)
{
    QStringList problems;
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
    for (const Library &library : libraries) {
        const QSet<QString> usable = reachable(graph, library.name);
        QDirIterator files(library.dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                problems << QStringLiteral("%1: cannot be read").arg(path);
                continue;
            }
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch m = include.match(lines.at(i));
                if (!m.hasMatch())
                    continue;
                const QString header = m.captured(1);
                if (QFileInfo::exists(QFileInfo(path).dir().filePath(header)))
                    continue;
                QStringList owners;
                for (const Library &other : libraries) {
                    if (QFileInfo::exists(QDir(other.dir).filePath(header)))
                        owners << other.name;
                }
                const QString where =
                    QStringLiteral("%1:%2").arg(QDir(library.dir).relativeFilePath(path)).arg(i + 1);
                if (owners.size() > 1) {
                    problems << QStringLiteral("%1 (%2): “%3” is in %4 at once")
                                    .arg(where, library.name, header, owners.join(QLatin1String(", ")));
                } else if (owners.size() == 1 && !usable.contains(owners.first())) {
                    problems << QStringLiteral("%1 (%2): “%3” belongs to %4, which %2 does not link")
                                    .arg(where, library.name, header, owners.first());
                }
            }
        }
    }
    problems.sort();
    return problems;
}

} // namespace archcheck
