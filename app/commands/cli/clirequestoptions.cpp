#include "clirequestoptions.h"

#include "cliregistry.h"
#include "dcs/amcvcookie.h"
#include "dcs/curlimport.h"
#include "dcs/requesttext.h"
#include "domain/region.h"
#include "system/colontext.h"
#include "system/inputfile.h"
#include "workspace/workspacefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dcsdesk {

namespace {

QByteArray readInput(const QString &path, CliIo &io, QString *error)
{
    if (path == QLatin1String("-"))
        return io.readStdin();
    QByteArray bytes;
    if (!InputFile::read(path, InputFile::DefaultCap, &bytes, error))
        return {};
    return bytes;
}

} // namespace

CliRequestOptions::CliRequestOptions(const CliRegistry *registry) : m_registry(registry) {}

void CliRequestOptions::addTo(QCommandLineParser &p) const
{
    const auto opt = [&p](const QStringList &names, const QString &help,
                          const QString &value = QString()) {
        p.addOption(QCommandLineOption(names, help, value));
    };
    // Target.
    opt({QStringLiteral("alias")}, tr("Domain alias; sent as Host: <alias>.demdex.net."),
        tr("name"));
    opt({QStringLiteral("region")},
        tr("DCS region: an ID (3, 4, 6, 7, 8, 9, 11, 12), a code (usw2) or a host name "
           "(usw2.demdex.net)."),
        tr("region"));
    opt({QStringLiteral("base-url")},
        tr("Send to this base URL instead of a region, e.g. http://127.0.0.1:8080."),
        tr("url"));
    opt({QStringLiteral("workspace")},
        tr("Take the profile (and saved requests) from this workspace file."),
        tr("file"));
    opt({QStringLiteral("profile")}, tr("Name of the profile in the workspace."),
        tr("name"));
    if (m_registry) {
        for (CliTargetProvider *provider : m_registry->targetProviders()) {
            for (const QCommandLineOption &o : provider->options())
                p.addOption(o);
        }
    }
    // Starting points.
    opt({QStringLiteral("from-json")},
        tr("Start from a saved request (JSON file, or - for stdin), e.g. the output of "
           "curl-import --json."),
        tr("file"));
    opt({QStringLiteral("from-curl")}, tr("Start from a cURL command."), tr("command"));
    opt({QStringLiteral("saved")},
        tr("Start from the saved request of this name in the workspace."), tr("name"));
    opt({QStringLiteral("amcv")},
        tr("Take d_mid, d_orgid and the region from an AMCV cookie (raw or URL-encoded)."),
        tr("cookie"));
    // Fields.
    opt({QStringLiteral("uuid")}, tr("User ID as d_uuid (the AAM UUID)."), tr("id"));
    opt({QStringLiteral("mid")}, tr("User ID as d_mid (the Experience Cloud ID)."),
        tr("id"));
    opt({QStringLiteral("orgid")}, tr("IMS Org ID for d_orgid."), tr("org"));
    opt({QStringLiteral("method")}, tr("GET (default) or POST."), tr("method"));
    opt({QStringLiteral("post")}, tr("Same as --method POST."));
    opt({QStringLiteral("path")}, tr("Path of the call; /event by default."),
        tr("path"));
    opt({QStringLiteral("no-rtbd")},
        tr("Leave out d_rtbd=json (the DCS then answers with no body)."));
    opt({QStringLiteral("jsonv")}, tr("d_jsonv value (1 by default; “none” leaves it out)."),
        tr("n"));
    opt({QStringLiteral("dst")}, tr("Add d_dst=1 (URL destinations in the answer)."));
    opt({QStringLiteral("cts")}, tr("Add d_cts=1 or 2 (traits and segments in the answer)."),
        tr("n"));
    opt({QStringLiteral("callback")}, tr("d_cb: JSONP callback name."), tr("name"));
    opt({QStringLiteral("platform")}, tr("d_ptfm: ios, android, browser or all."),
        tr("name"));
    opt({QStringLiteral("sid")}, tr("d_sid: trait or segment IDs, comma-separated."),
        tr("ids"));
    opt({QStringLiteral("tdpid")}, tr("d_tdpid: evaluate only traits of this data source."),
        tr("id"));
    opt({QStringLiteral("signal")},
        tr("A signal KEY=VALUE (repeatable); commas in VALUE make a serialized signal."),
        tr("key=value"));
    opt({QStringLiteral("raw-signal")},
        tr("A signal KEY=VALUE sent exactly as typed (already percent-encoded)."),
        tr("key=value"));
    opt({QStringLiteral("cid")}, tr("Declared ID d_cid as DPID:ID[:AUTH] (repeatable)."),
        tr("dpid:id"));
    opt({QStringLiteral("cid-ic")}, tr("Declared ID d_cid_ic as CODE:ID[:AUTH] (repeatable)."),
        tr("code:id"));
    opt({QStringLiteral("H"), QStringLiteral("header")},
        tr("Extra header “Name: value”, or “Name;” for an empty value (repeatable)."),
        tr("header"));
}

bool CliRequestOptions::parseRegion(const QString &text, int *id)
{
    return RequestText::parseRegion(text, id);
}

bool CliRequestOptions::parseDeclaredId(const QString &text, DeclaredId::Kind kind, DeclaredId *out,
                                        QString *error)
{
    if (RequestText::parseDeclaredId(text, kind, out))
        return true;
    *error = tr("“%1” is not NAMESPACE:ID, e.g. --cid 123:abc or --cid-ic crm_code:abc:1.").arg(text);
    return false;
}

bool CliRequestOptions::loadRequestJson(const QByteArray &bytes, Resolved *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The request JSON is not valid: %1.").arg(parseError.errorString())
                     : tr("The request JSON must be an object.");
        return false;
    }
    QJsonObject o = doc.object();
    // The output of curl-import --json or request --json wraps the request.
    const QJsonObject profile = o.value(QStringLiteral("profile")).toObject();
    if (o.value(QStringLiteral("request")).isObject())
        o = o.value(QStringLiteral("request")).toObject();
    QString readError;
    out->request = DcsRequest::fromJson(o, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!profile.isEmpty()) {
        const QString alias = profile.value(QStringLiteral("alias")).toString();
        if (!alias.isEmpty())
            out->profile.alias = alias;
        const QJsonValue region = profile.value(QStringLiteral("regionId"));
        if (region.isDouble() && region.toInt() != Profile::SandboxRegion)
            out->profile.regionId = region.toInt();
        const QString base = profile.value(QStringLiteral("baseUrl")).toString();
        if (!base.isEmpty())
            out->profile.customBaseUrl = base;
    }
    return true;
}

bool CliRequestOptions::resolve(const QCommandLineParser &p, CliIo &io, Resolved *out,
                                QString *error) const
{
    error->clear();
    Resolved r;
    const auto has = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    const auto value = [&p](const char *name) { return p.value(QLatin1String(name)); };

    // 1. The profile: from a workspace, else an empty one (no target yet).
    if (has("workspace")) {
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(value("workspace"));
        if (!loaded.ok) {
            *error = tr("Cannot open the workspace %1: %2")
                         .arg(value("workspace"), ColonText::continued(loaded.error));
            return false;
        }
        const Workspace &ws = loaded.workspace;
        QStringList names;
        for (const Profile &pr : ws.profiles)
            names << pr.name;
        if (has("profile")) {
            const Profile *pr = ws.profile(value("profile"));
            if (!pr) {
                *error = tr("The workspace has no profile “%1”. Profiles: %2")
                             .arg(value("profile"), names.join(QStringLiteral(", ")));
                return false;
            }
            r.profile = *pr;
        } else if (ws.profiles.size() == 1) {
            r.profile = ws.profiles.first();
        } else if (!ws.profiles.isEmpty()) {
            *error =
                tr("Choose a profile with --profile: %1").arg(names.join(QStringLiteral(", ")));
            return false;
        }
        if (has("saved")) {
            bool found = false;
            QStringList saved;
            for (const QJsonValue &v : ws.savedRequests) {
                const QJsonObject o = v.toObject();
                saved << o.value(QStringLiteral("name")).toString();
                if (o.value(QStringLiteral("name")).toString() == value("saved")) {
                    QString readError;
                    r.request = DcsRequest::fromJson(o, &readError);
                    if (!readError.isEmpty()) {
                        *error = readError;
                        return false;
                    }
                    found = true;
                    break;
                }
            }
            if (!found) {
                *error = tr("The workspace has no saved request “%1”. Saved requests: %2")
                             .arg(value("saved"), saved.join(QStringLiteral(", ")));
                return false;
            }
        }
    } else if (has("profile") || has("saved")) {
        *error = tr("--profile and --saved need --workspace FILE.");
        return false;
    }

    // 2. Starting points.
    const int starts = int(has("from-json")) + int(has("from-curl")) + int(has("saved"));
    if (starts > 1) {
        *error = tr("Use only one of --from-json, --from-curl and --saved.");
        return false;
    }
    if (has("from-json")) {
        const QByteArray bytes = readInput(value("from-json"), io, error);
        if (!error->isEmpty())
            return false;
        if (!loadRequestJson(bytes, &r, error))
            return false;
    }
    if (has("from-curl")) {
        const CurlImport::Result imported = CurlImport::parse(value("from-curl"));
        if (!imported.ok) {
            *error = imported.error;
            return false;
        }
        r.request = imported.request;
        r.profile = imported.applyTo(r.profile);
        r.notes += imported.notes;
        r.unknownOptions = imported.unknownOptions;
    }
    if (has("amcv")) {
        const AmcvCookie cookie = AmcvCookie::parse(value("amcv"));
        if (!cookie.ok) {
            *error = cookie.error;
            return false;
        }
        const int region = cookie.fillRequest(r.request);
        if (region > 0 && DcsRegion::find(region) && !has("region") &&
            r.profile.customBaseUrl.isEmpty())
            r.profile.regionId = region;
        r.notes += cookie.notes;
    }

    // 3. Explicit options win.
    if (has("alias"))
        r.profile.alias = value("alias");
    if (has("region")) {
        int id = 0;
        if (!parseRegion(value("region"), &id)) {
            *error = tr("Unknown region “%1”. Use an ID (3, 4, 6, 7, 8, 9, 11, 12), a code such "
                        "as usw2, or run “%2 regions”.")
                         .arg(value("region"), io.program);
            return false;
        }
        r.profile.regionId = id;
        r.profile.customBaseUrl.clear();
    }
    if (has("base-url"))
        r.profile.customBaseUrl = value("base-url");
    if (has("uuid") && has("mid")) {
        *error = tr("Give either --uuid or --mid, not both.");
        return false;
    }
    DcsRequest &q = r.request;
    if (has("uuid")) {
        q.userIdKind = Profile::IdKind::Uuid;
        q.userId = value("uuid");
    }
    if (has("mid")) {
        q.userIdKind = Profile::IdKind::Mid;
        q.userId = value("mid");
    }
    if (has("orgid"))
        q.orgId = value("orgid");
    if (has("method") || has("post")) {
        const QString m = has("post") ? QStringLiteral("POST") : value("method").toUpper();
        if (m != QLatin1String("GET") && m != QLatin1String("POST")) {
            *error = tr("The method must be GET or POST, not “%1”.").arg(value("method"));
            return false;
        }
        q.method = m == QLatin1String("POST") ? DcsRequest::Method::Post : DcsRequest::Method::Get;
    }
    if (has("path"))
        q.path = value("path");
    if (has("no-rtbd"))
        q.rtbdJson = false;
    if (has("jsonv"))
        q.jsonVersion = value("jsonv") == QLatin1String("none") ? QString() : value("jsonv");
    if (has("dst"))
        q.destinations = true;
    if (has("cts")) {
        bool ok = false;
        q.cts = value("cts").toInt(&ok);
        if (!ok) {
            *error = tr("--cts takes 1 or 2, not “%1”.").arg(value("cts"));
            return false;
        }
    }
    if (has("callback"))
        q.callback = value("callback");
    if (has("platform"))
        q.platform = value("platform");
    if (has("sid"))
        q.sid = value("sid");
    if (has("tdpid"))
        q.tdpid = value("tdpid");
    for (const char *name : {"signal", "raw-signal"}) {
        for (const QString &pair : p.values(QLatin1String(name))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = tr("“%1” is not KEY=VALUE, e.g. --signal c_color=blue.").arg(pair);
                return false;
            }
            DcsSignal s;
            s.key = pair.left(eq);
            s.raw = qstrcmp(name, "raw-signal") == 0;
            const QString v = pair.mid(eq + 1);
            s.values = s.raw ? QStringList{v} : v.split(QLatin1Char(','));
            q.signalList.append(s);
        }
    }
    for (const QString &text : p.values(QStringLiteral("cid"))) {
        DeclaredId d;
        if (!parseDeclaredId(text, DeclaredId::Kind::DataSource, &d, error))
            return false;
        q.declaredIds.append(d);
    }
    for (const QString &text : p.values(QStringLiteral("cid-ic"))) {
        DeclaredId d;
        if (!parseDeclaredId(text, DeclaredId::Kind::IntegrationCode, &d, error))
            return false;
        q.declaredIds.append(d);
    }
    for (const QString &line : p.values(QStringLiteral("header"))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0 && line.size() > 1 && line.endsWith(QLatin1Char(';'))) {
            // curl's form for a header sent with an empty value, as Copy as cURL writes it.
            q.headers.append(DcsHeader{line.chopped(1).trimmed(), QString(), true});
            continue;
        }
        if (colon <= 0) {
            *error = tr("“%1” is not a header “Name: value” (or “Name;” for an empty value).")
                         .arg(line);
            return false;
        }
        const QString name = line.left(colon).trimmed();
        const QString headerValue = line.mid(colon + 1).trimmed();
        if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0) {
            QString alias = headerValue;
            if (alias.endsWith(QLatin1String(".demdex.net"), Qt::CaseInsensitive))
                alias.chop(11);
            r.profile.alias = alias;
            continue;
        }
        q.headers.append(DcsHeader{name, headerValue, true});
    }

    // 4. Target providers (the sandbox) last: they may replace the base URL.
    if (m_registry) {
        for (CliTargetProvider *provider : m_registry->targetProviders()) {
            QString providerError;
            if (provider->resolve(p, r.profile, r.sandboxBaseUrl, &providerError))
                break;
            if (!providerError.isEmpty()) {
                *error = providerError;
                return false;
            }
        }
    }
    *out = r;
    return true;
}

} // namespace dcsdesk
