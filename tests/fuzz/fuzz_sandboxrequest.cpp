// The sandbox's request path from raw bytes: HttpRequestReader (Boost.Beast's parser and the
// sandbox's own checks), then SandboxService::route to the DCS engine or the REST API, then the
// answer's bytes. The first byte splits the input in two reads, so incremental parsing is fed
// too; pipelined requests are read one after the other. A refused request must carry one of the
// reader's statuses, an answered one a status the sandbox documents, and every JSON answer must
// be valid JSON.
#include "http/httprequestreader.h"
#include "sandbox/sandboxservice.h"
#include "workspace/apppaths.h"
#include "workspace/workspacefile.h"

#include <QJsonDocument>
#include <cstdlib>

namespace {

bool isRefusal(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 414:
    case 417:
    case 431:
    case 501:
    case 505:
        return true;
    default:
        return false;
    }
}

void checkAnswer(const dcsdesk::HttpRequest &request, const dcsdesk::HttpResponse &response)
{
    if (dcsdesk::HttpResponse::reasonPhrase(response.status) == "Unknown")
        std::abort(); // a status the sandbox does not document
    const QByteArray wire = response.toWire(request.method == "HEAD", false, false,
                                            "Thu, 01 Jan 2026 00:00:00 GMT", "fuzz");
    if (!wire.startsWith("HTTP/1.1 ") || !wire.contains("\r\n\r\n"))
        std::abort();
    if (response.header("Content-Type").startsWith("application/json")) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort();
    }
}

} // namespace

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
    static dcsdesk::AamRestApi *aam = new dcsdesk::AamRestApi;
    if (size == 0)
        return 0;
    const qsizetype split = qsizetype(data[0]) % qsizetype(size);
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    dcsdesk::HttpLimits limits;
    limits.maxBodyBytes = 4096; // small enough for the fuzzer to reach 413
    dcsdesk::HttpRequestReader reader(limits);
    QByteArray buffer = input.left(split);
    qsizetype next = split;
    for (int requests = 0; requests < 16;) {
        const qsizetype used = reader.feed(buffer.constData(), buffer.size());
        if (used < 0 || used > buffer.size())
            std::abort();
        buffer.remove(0, used);
        if (reader.state() == dcsdesk::HttpRequestReader::State::Failed) {
            if (!isRefusal(reader.errorStatus()) || reader.errorText().isEmpty())
                std::abort();
            break;
        }
        if (reader.state() == dcsdesk::HttpRequestReader::State::Done) {
            const dcsdesk::HttpRequest request = reader.takeRequest();
            if (request.method.isEmpty() || request.target.isEmpty() ||
                request.body.size() > limits.maxBodyBytes)
                std::abort();
            checkAnswer(request, dcsdesk::SandboxService::route(*engine, *aam, request));
            reader.reset();
            ++requests;
            continue;
        }
        if (next >= input.size())
            break; // the rest of an unfinished request never comes
        buffer += input.mid(next);
        next = input.size();
    }
    return 0;
}
