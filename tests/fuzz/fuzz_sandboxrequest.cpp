// Sandbox engine: any request target and body (GET and POST) against the sample workspace must
// give a documented status, and every JSON answer must be valid JSON.
#include "sandbox/sandboxengine.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QJsonDocument>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static dcsdesk::SandboxEngine *engine = [] {
        auto *e = new dcsdesk::SandboxEngine;
        dcsdesk::Workspace ws =
            dcsdesk::WorkspaceFile::load(dcsdesk::AppPaths::bundledSamplePath()).workspace;
        ws.sandboxSettings.remove(QStringLiteral("rateLimit"));
        ws.sandboxSettings.insert(QStringLiteral("rateLimit"),
                                  QJsonObject{{QStringLiteral("calls"), 0}});
        e->setWorkspace(ws);
        return e;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    dcsdesk::HttpRequest request;
    request.target = newline < 0 ? bytes : bytes.left(newline);
    request.body = newline < 0 ? QByteArray() : bytes.mid(newline + 1);
    request.method = request.body.isEmpty() ? "GET" : "POST";
    request.headers.append({QByteArrayLiteral("Host"), QByteArrayLiteral("sample.demdex.net")});
    const dcsdesk::HttpResponse response = engine->handle(request);
    switch (response.status) {
    case 200:
    case 404:
    case 405:
        break;
    default:
        std::abort();
    }
    const QByteArray type = response.header("Content-Type");
    if (type.startsWith("application/json")) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort();
    }
    return 0;
}
