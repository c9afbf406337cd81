#include "mappingworkspace.h"

namespace dcsdesk::test {

Workspace mappingWorkspace(int segments)
{
    Workspace ws;
    ws.name = QStringLiteral("Mapping tests");
    for (int i = 1; i <= segments; ++i) {
        Segment s;
        s.sid = 5000 + i;
        s.name = QStringLiteral("Segment %1").arg(i);
        s.integrationCode = QStringLiteral("code_%1").arg(i);
        s.rule = QStringLiteral("c_n == \"%1\"").arg(i);
        ws.segments.append(s);
    }
    Destination url;
    url.id = 10;
    url.name = QStringLiteral("Serialized URL");
    url.serialized = true;
    url.urlFormat = QStringLiteral("http://px.example.com/s?d=%ALIAS%");
    url.secureUrlFormat = QStringLiteral("https://px.example.com/s?d=%ALIAS%");
    url.delimiter = QStringLiteral(",");
    url.autoFill = Destination::AutoFill::SegmentId;
    ws.destinations.append(url);
    Destination single;
    single.id = 20;
    single.name = QStringLiteral("Single cookie");
    single.type = Destination::Type::Cookie;
    single.platform = Destination::Platform::Browser;
    single.cookieName = QStringLiteral("aam");
    single.singleKey = QStringLiteral("seg");
    single.autoFill = Destination::AutoFill::IntegrationCode;
    ws.destinations.append(single);
    Destination multi;
    multi.id = 30;
    multi.name = QStringLiteral("Multi cookie");
    multi.type = Destination::Type::Cookie;
    multi.platform = Destination::Platform::Browser;
    multi.cookieName = QStringLiteral("kv");
    multi.cookieFormat = Destination::CookieFormat::MultiKey;
    ws.destinations.append(multi);
    Destination pixel;
    pixel.id = 40;
    pixel.name = QStringLiteral("Pixel per segment");
    pixel.urlFormat = QStringLiteral("https://pixel.example.com/p?seg=%ALIAS%");
    pixel.secureUrlFormat = pixel.urlFormat;
    pixel.autoFill = Destination::AutoFill::IntegrationCode;
    ws.destinations.append(pixel);
    ws.rebuildIndex();
    return ws;
}

} // namespace dcsdesk::test
