// Saves two versions of a workspace to one path, turn about, until it is killed; the crash-save
// test kills it at random moments. It writes '<' before and '>' after each save straight to the
// pipe, so the test knows whether a kill landed inside a save.
#include "testworkspace.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

using namespace dcsdesk;

static Workspace versionNamed(const QString &name)
{
    Workspace ws = test::smallWorkspace();
    ws.name = name;
    // Large enough that a save takes a few milliseconds and kills land inside writes.
    for (int i = 0; i < 4000; ++i) {
        SegmentMapping m = ws.mappings[0];
        m.id = 100000 + i;
        m.value = QStringLiteral("%1-%2").arg(name).arg(i);
        ws.mappings.append(m);
    }
    ws.rebuildIndex();
    return ws;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const Workspace a = versionNamed(QStringLiteral("A"));
    const Workspace b = versionNamed(QStringLiteral("B"));
    std::puts("ready");
    std::fflush(stdout);
    WorkspaceFile::Stamp stamp = WorkspaceFile::stampOf(path);
    for (int i = 0;; ++i) {
        QString error;
        if (::write(STDOUT_FILENO, "<", 1) != 1)
            return 1;
        if (!WorkspaceFile::save(i % 2 ? b : a, path, stamp, &stamp, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (::write(STDOUT_FILENO, ">", 1) != 1)
            return 1;
    }
}
