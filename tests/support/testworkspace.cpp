#include "testworkspace.h"

#include "workspace/workspacefile.h"

#include <QLocale>
#include <QStandardPaths>

namespace dcsdesk::test {

Workspace smallWorkspace()
{
    Workspace ws;
    ws.name = QStringLiteral("Small");
    Profile p;
    p.name = QStringLiteral("Local");
    p.alias = QStringLiteral("sample");
    ws.profiles.append(p);
    for (int i = 1; i <= 3; ++i) {
        Segment s;
        s.sid = 100 + i;
        s.name = QStringLiteral("Segment %1").arg(i);
        s.integrationCode = QStringLiteral("code_%1").arg(i);
        s.rule = QStringLiteral("c_x == \"%1\"").arg(i);
        ws.segments.append(s);
    }
    Destination url;
    url.id = 10;
    url.name = QStringLiteral("Serialized URL");
    url.type = Destination::Type::Url;
    url.serialized = true;
    url.urlFormat = QStringLiteral("http://a.example.com/?s=%ALIAS%");
    url.secureUrlFormat = QStringLiteral("https://a.example.com/?s=%ALIAS%");
    url.delimiter = QStringLiteral(",");
    ws.destinations.append(url);
    Destination cookie;
    cookie.id = 20;
    cookie.name = QStringLiteral("Cookie");
    cookie.type = Destination::Type::Cookie;
    cookie.platform = Destination::Platform::Browser;
    cookie.cookieName = QStringLiteral("aam");
    cookie.singleKey = QStringLiteral("k");
    ws.destinations.append(cookie);
    qint64 id = 1000;
    for (int i = 1; i <= 3; ++i) {
        SegmentMapping m;
        m.id = id++;
        m.destinationId = 10;
        m.sid = 100 + i;
        m.value = QString::number(100 + i);
        m.startDate = QDate(2025, 1, 1);
        ws.mappings.append(m);
    }
    SegmentMapping c;
    c.id = id++;
    c.destinationId = 20;
    c.sid = 101;
    c.value = QStringLiteral("v1");
    c.startDate = QDate(2025, 1, 1);
    c.priority = 1;
    ws.mappings.append(c);
    ws.rebuildIndex();
    return ws;
}

QString samplePath()
{
    return QStringLiteral(DCSDESK_SOURCE_DIR "/resources/sample/sample-workspace.json");
}

Workspace sampleWorkspace()
{
    return WorkspaceFile::load(samplePath()).workspace;
}

void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace dcsdesk::test
