#pragma once

#include "cliio.h"
#include "dcs/dcsrequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace dcsdesk {

class CliRegistry;

// The options that describe a DCS call on the command line, shared by request and send (and
// later batch and fire): where it goes (--region, --base-url, --workspace/--profile, target
// providers such as the sandbox), where it starts from (--from-json, --from-curl, --amcv,
// --saved) and its fields (--uuid, --signal, --cid, --header ...).
class CliRequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliRequestOptions)

public:
    struct Resolved
    {
        Profile profile;
        DcsRequest request;
        QUrl sandboxBaseUrl;
        QStringList notes;          // translated: what an import adjusted or ignored
        QStringList unknownOptions; // from --from-curl
    };

    explicit CliRequestOptions(const CliRegistry *registry = nullptr);
    void addTo(QCommandLineParser &parser) const;
    // Returns false with a translated one-line reason for bad input.
    bool resolve(const QCommandLineParser &parser, CliIo &io, Resolved *out, QString *error) const;

    // "9", "usw2", "USW2", "usw2.demdex.net" or "sandbox".
    static bool parseRegion(const QString &text, int *id);
    // "DPID:ID[:AUTH]" where AUTH is 0, 1, 2, unknown, authenticated or logged_out.
    static bool parseDeclaredId(const QString &text, DeclaredId::Kind kind, DeclaredId *out,
                                QString *error);
    // Reads FILE or "-" (stdin); a saved request, or the JSON of curl-import or request.
    static bool loadRequestJson(const QByteArray &bytes, Resolved *out, QString *error);

private:
    const CliRegistry *m_registry;
};

} // namespace dcsdesk
