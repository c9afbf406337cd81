#include "sandboxengine.h"

#include "calls/dcsendpoint.h"
#include "calls/eventcall.h"
#include "calls/signalset.h"
#include "firing/destinationfiring.h"
#include "sandboxidcalls.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace dcsdesk {

namespace {

struct DcsError
{
    int code = 0;
    QString message;
};

// A declared customer ID (d_cid, d_cid_ic, d_dpid + d_dpuuid, dpid + dpuuid): domain.md §1.6.
struct DeclaredId
{
    QString space;       // data source ID, or integration code for d_cid_ic
    bool isCode = false; // space is an integration code
    QString id;
    QString dpid() const; // the data source ID, also for the documented global codes
};

QString DeclaredId::dpid() const
{
    if (!isCode)
        return space;
    if (space.compare(QLatin1String("DSID_20914"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("20914");
    if (space.compare(QLatin1String("DSID_20915"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("20915");
    return {};
}

bool isDigits(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isAllDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// §4.2: IDFA is 8-4-4-4-12 upper-case hex; GAID, RIDA, Amazon Fire TV and LGUDID are lower case.
bool isValidGlobalDeviceId(const QString &dpid, const QString &id)
{
    if (dpid == QLatin1String("20915")) {
        static const QRegularExpression idfa(
            QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
        return idfa.match(id).hasMatch();
    }
    if (dpid == QLatin1String("20914") || dpid == QLatin1String("121963") ||
        dpid == QLatin1String("488258") || dpid == QLatin1String("1171485"))
        return id == id.toLower();
    return true;
}

QString newTid()
{
    quint32 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64());
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            // Control characters, and U+2028/2029 which end a JavaScript line inside JSONP.
            if (u < 0x20 || u == 0x2028 || u == 0x2029) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", unsigned(u));
                out += buf;
            } else if (u < 0x80) {
                out += char(u);
            } else {
                out += QString(c).toUtf8();
            }
        }
    }
    out += '"';
}

void appendIds(QByteArray &out, const QVector<qint64> &ids)
{
    out += '[';
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    out += ']';
}

bool isValidCallback(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
    return name.size() <= 128 && re.match(name).hasMatch();
}

// The domain alias in "alias.demdex.net[:port]", or empty.
QString aliasOf(const QByteArray &host)
{
    QString h = QString::fromLatin1(host).trimmed().toLower();
    const qsizetype colon = h.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !h.contains(QLatin1Char(']')))
        h.truncate(colon);
    const QLatin1String suffix(".demdex.net");
    if (!h.endsWith(suffix) || h.size() == suffix.size())
        return {};
    const QString alias = h.left(h.size() - suffix.size());
    return alias.contains(QLatin1Char('.')) ? QString() : alias;
}

// Everything the engine learns while answering one call.
struct Answer
{
    bool json = false;
    QString callback;
    bool wantDests = false;
    bool wantIds = false; // d_cts
    QString tid;
    int region = -1;
    QVector<DcsError> errors;
    bool stopped = false; // processing stopped: answer with errors only
    bool optedOut = false;
    QString uuid;
    QVector<FiredCookie> cookies;
    QVector<FiredPixel> pixels;
    QVector<qint64> traits;
    QVector<qint64> segments;

    void error(int code, const QString &a = QString(), const QString &b = QString())
    {
        QString message = SandboxEngine::errorMessage(code);
        if (message.contains(QLatin1String("%2")))
            message = message.arg(a, b);
        else if (message.contains(QLatin1String("%1")))
            message = message.arg(a);
        errors.append({code, message});
    }
};

HttpResponse render(const Answer &a)
{
    HttpResponse response;
    response.status = 200;
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("no-cache, no-store, must-revalidate"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    if (!a.errors.isEmpty()) {
        QByteArray codes;
        for (const DcsError &e : a.errors) {
            if (!codes.isEmpty())
                codes += ',';
            codes += QByteArray::number(e.code);
        }
        response.setHeader(QByteArrayLiteral("X-Error"), codes);
    }
    if (!a.json) {
        // Without d_rtbd=json the DCS answers with a pixel (§1.4, §2.1).
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("image/gif"));
        response.body = SandboxEngine::transparentGif();
        return response;
    }

    QByteArray out;
    out.reserve(512);
    out += '{';
    bool first = true;
    const auto key = [&](const char *name) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
    };
    if (!a.stopped || a.optedOut) {
        key("stuff");
        out += '[';
        for (int i = 0; i < a.cookies.size(); ++i) {
            const FiredCookie &c = a.cookies[i];
            if (i)
                out += ',';
            out += "{\"cn\":";
            appendJsonString(out, c.name);
            out += ",\"cv\":";
            appendJsonString(out, c.value);
            out += ",\"ttl\":";
            out += QByteArray::number(c.ttlDays);
            out += ",\"dmn\":";
            appendJsonString(out, c.domain);
            out += '}';
        }
        out += ']';
        if (a.wantDests) {
            key("dests");
            out += '[';
            for (int i = 0; i < a.pixels.size(); ++i) {
                const FiredPixel &p = a.pixels[i];
                if (i)
                    out += ',';
                out += "{\"id\":";
                appendJsonString(out, QString::number(p.destinationId));
                out += ",\"y\":\"img\",\"c\":";
                appendJsonString(out, p.url);
                out += ",\"e\":";
                appendJsonString(out, p.secureUrl);
                out += '}';
            }
            out += ']';
        }
        if (!a.optedOut) {
            key("uuid");
            appendJsonString(out, a.uuid);
        }
        key("dcs_region");
        out += QByteArray::number(a.region);
        if (a.wantIds && !a.optedOut) {
            key("traits");
            appendIds(out, a.traits);
            key("segments");
            appendIds(out, a.segments);
        }
    }
    key("tid");
    appendJsonString(out, a.tid);
    if (!a.errors.isEmpty()) {
        key("errors");
        out += '[';
        for (int i = 0; i < a.errors.size(); ++i) {
            if (i)
                out += ',';
            out += "{\"code\":";
            out += QByteArray::number(a.errors[i].code);
            out += ",\"msg\":";
            appendJsonString(out, a.errors[i].message);
            out += '}';
        }
        out += ']';
    }
    out += '}';

    if (!a.callback.isEmpty()) {
        response.setHeader(QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/javascript; charset=utf-8"));
        response.body = a.callback.toUtf8() + '(' + out + ')';
    } else {
        response.setHeader(QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/json; charset=utf-8"));
        response.body = out;
    }
    return response;
}

} // namespace

SandboxEngine::SandboxEngine()
    : m_index(SandboxIndex::build(Workspace())),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void SandboxEngine::setWorkspace(const Workspace &workspace)
{
    setIndex(SandboxIndex::build(workspace));
}

void SandboxEngine::setIndex(std::shared_ptr<const SandboxIndex> index)
{
    if (!index)
        return;
    QMutexLocker lock(&m_indexMutex);
    m_index = std::move(index);
}

std::shared_ptr<const SandboxIndex> SandboxEngine::index() const
{
    QMutexLocker lock(&m_indexMutex);
    return m_index;
}

void SandboxEngine::setObserver(Observer observer)
{
    m_observer = std::move(observer);
}

void SandboxEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString SandboxEngine::errorMessage(int code)
{
    // The DCS's own English texts (domain.md §2.5): protocol data, not user interface.
    switch (code) {
    case 0:
        return QStringLiteral("Unspecified error");
    case 1:
        return QStringLiteral("Could not find config for hostname: %1");
    case 2:
        return QStringLiteral(
            "Invalid d_orgid value (could not find a config for this org id): %1");
    case 10:
        return QStringLiteral("Unable to evaluate traits");
    case 100:
        return QStringLiteral("Could not retrieve host name for the request");
    case 101:
        return QStringLiteral("Invalid Experience Cloud id passed in %1");
    case 102:
        return QStringLiteral("Invalid AAM ID passed in request %1");
    case 104:
        return QStringLiteral("All customer IDs are invalid");
    case 171:
        return QStringLiteral("Encountered opt out tag for id %1");
    case 300:
        return QStringLiteral("Invalid customer id %1");
    case 301:
        return QStringLiteral("Maximum number of customer ids exceeded. Maximum allowed is %1. "
                              "Found is %2.");
    case 309:
        return QStringLiteral("Customer id %1 was discarded because it exceeded the limit of "
                              "declared customer ids per request");
    case 310:
        return QStringLiteral("Customer id was discarded because it exceeded the limit for a "
                              "given namespace. Namespace id is %1, customer id is %2.");
    case 311:
        return QStringLiteral("Request contains invalid parameters");
    case 312:
        return QStringLiteral("Request contains an invalid Global Device ID");
    default:
        return QStringLiteral("Unspecified error");
    }
}

QString SandboxEngine::redactedTarget(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return QString::fromUtf8(target);
    QByteArrayList pairs = target.mid(q + 1).split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        QString key;
        EventCall::decode(eq < 0 ? pair : pair.left(eq), &key);
        if (key.startsWith(QLatin1String("p_")))
            pair = (eq < 0 ? pair : pair.left(eq)) + "=[private]";
    }
    return QString::fromUtf8(target.left(q + 1) + pairs.join('&'));
}

QByteArray SandboxEngine::transparentGif()
{
    static const unsigned char gif[] = {
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00,
        0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(gif), sizeof gif);
}

HttpResponse SandboxEngine::handle(const HttpRequest &request)
{
    m_calls.fetch_add(1, std::memory_order_relaxed);
    const qint64 nowMs = m_clock();
    const std::shared_ptr<const SandboxIndex> index = this->index();

    CallSummary summary;
    summary.timeMs = nowMs;
    summary.method = request.method;
    const auto finish = [&](HttpResponse response, const Answer *answer) {
        summary.status = response.status;
        if (answer) {
            for (const DcsError &e : answer->errors)
                summary.errorCodes.append(e.code);
            summary.uuid = answer->uuid;
            summary.segments = answer->segments;
            summary.cookies = int(answer->cookies.size());
            summary.pixels = int(answer->pixels.size());
        }
        if (m_observer) {
            summary.target = redactedTarget(request.target);
            m_observer(summary);
        }
        return response;
    };

    const QByteArray path = request.path();
    const DcsEndpoint::Kind endpoint = DcsEndpoint::kindOf(QString::fromLatin1(path));
    if (endpoint == DcsEndpoint::Kind::IdSync || endpoint == DcsEndpoint::Kind::IdService ||
        endpoint == DcsEndpoint::Kind::OptOut) {
        SandboxIdCalls calls(*index, m_profiles, nowMs);
        const HttpResponse response = calls.answer(endpoint, request);
        summary.uuid = calls.uuid();
        summary.errorCodes = calls.errorCodes();
        return finish(response, nullptr);
    }
    if (path != "/event") {
        if (path == "/" && (request.method == "GET" || request.method == "HEAD"))
            return finish(HttpResponse::plain(
                              200, "DCS Desk sandbox. Send DCS calls to /event with the header "
                                   "Host: <alias>.demdex.net, for example:\n"
                                   "  curl -H 'Host: sample.demdex.net' "
                                   "'http://<this address>/event?d_rtbd=json&c_interest=golf'"),
                          nullptr);
        return finish(HttpResponse::plain(404, "Not found: the sandbox answers /event, /ibs, /id "
                                               "and /demoptout.jpg."),
                      nullptr);
    }
    if (request.method != "GET" && request.method != "POST" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::plain(405, "Method not allowed: use GET or POST.");
        r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, HEAD"));
        return finish(r, nullptr);
    }

    const EventCall call = EventCall::parse(request.query(), request.body,
                                            request.header(QByteArrayLiteral("Content-Type")));
    Answer a;
    a.tid = newTid();
    a.region = index->settings.dcsRegion;
    a.json = call.value(QStringLiteral("d_rtbd")) == QLatin1String("json");
    const QString callback = call.value(QStringLiteral("d_cb"));
    if (!callback.isEmpty() && isValidCallback(callback))
        a.callback = callback;
    a.wantDests = call.value(QStringLiteral("d_dst")) == QLatin1String("1");
    const QString cts = call.value(QStringLiteral("d_cts"));
    a.wantIds = cts == QLatin1String("1") || cts == QLatin1String("2");

    // §1.1: the Host header carries the domain alias.
    const QByteArray host = request.header(QByteArrayLiteral("Host")).trimmed();
    if (host.isEmpty()) {
        a.error(100);
        a.stopped = true;
        return finish(render(a), &a);
    }
    if (!index->aliases.contains(aliasOf(host))) {
        a.error(1, QString::fromLatin1(host));
        a.stopped = true;
        return finish(render(a), &a);
    }
    // §1.6: one badly encoded parameter voids the whole request.
    if (call.hasBadEncoding || call.bodyNotForm) {
        a.error(311);
        a.stopped = true;
        HttpResponse r = render(a);
        r.setHeader(QByteArrayLiteral("X-Sandbox-Detail"),
                    call.bodyNotForm
                        ? QByteArrayLiteral("POST body is not application/x-www-form-urlencoded")
                        : QByteArrayLiteral("bad percent-encoding in parameter ") +
                              QUrl::toPercentEncoding(call.badParameterKey));
        return finish(r, &a);
    }

    // User IDs (§1.4, §4.2, §2.5).
    QString uuid = call.value(QStringLiteral("d_uuid"));
    if (!uuid.isEmpty() && !isDigits(uuid, 38)) {
        a.error(102, uuid);
        uuid.clear();
    }
    QString mid = call.value(QStringLiteral("d_mid"));
    if (!mid.isEmpty() && !isDigits(mid, 38)) {
        a.error(101, mid);
        mid.clear();
    }
    const QString orgId = call.value(QStringLiteral("d_orgid"));
    if (!orgId.isEmpty() && !index->orgIds.contains(orgId))
        a.error(2, orgId);

    // Declared customer IDs (§1.6).
    QVector<DeclaredId> declared;
    int invalidIds = 0;
    const auto addDeclared = [&](const QString &raw, bool isCode) {
        const QStringList parts = raw.split(QChar(0x01));
        DeclaredId d;
        d.isCode = isCode;
        d.space = parts.value(0);
        d.id = parts.value(1);
        const bool authOk = parts.size() < 3 ||
                            (parts.size() == 3 &&
                             (parts[2] == QLatin1String("0") || parts[2] == QLatin1String("1") ||
                              parts[2] == QLatin1String("2")));
        if (parts.size() < 2 || d.id.isEmpty() || d.space.isEmpty() || !authOk ||
            (!isCode && !isAllDigits(d.space))) {
            QString shown = raw;
            shown.replace(QChar(0x01), QLatin1String("%01"));
            a.error(300, shown);
            ++invalidIds;
            return;
        }
        declared.append(d);
    };
    for (const EventCall::Param &p : call.params) {
        if (p.key == QLatin1String("d_cid"))
            addDeclared(p.value, false);
        else if (p.key == QLatin1String("d_cid_ic"))
            addDeclared(p.value, true);
    }
    for (const auto &[dpidKey, uuidKey] :
         {std::pair{"d_dpid", "d_dpuuid"}, std::pair{"dpid", "dpuuid"}}) {
        const QString dpid = call.value(QLatin1String(dpidKey));
        const QString dpuuid = call.value(QLatin1String(uuidKey));
        if (!dpid.isNull() || !dpuuid.isNull())
            addDeclared(dpid + QChar(0x01) + dpuuid, false);
    }
    const int found = int(declared.size());
    if (found > MaxDeclaredIds) {
        a.error(301, QString::number(MaxDeclaredIds), QString::number(found));
        for (int i = MaxDeclaredIds; i < found; ++i)
            a.error(309, declared[i].id);
        declared.resize(MaxDeclaredIds);
    }
    {
        QHash<QString, int> perSpace;
        QVector<DeclaredId> kept;
        for (const DeclaredId &d : std::as_const(declared)) {
            const QString space = (d.isCode ? QStringLiteral("ic:") : QString()) + d.space;
            if (++perSpace[space] > MaxDeclaredIdsPerNamespace) {
                a.error(310, d.space, d.id);
                continue;
            }
            if (!isValidGlobalDeviceId(d.dpid(), d.id)) {
                a.error(312);
                ++invalidIds;
                continue;
            }
            kept.append(d);
        }
        declared = kept;
    }
    if (invalidIds > 0 && declared.isEmpty())
        a.error(104);

    // §2.4: an opted-out user stops processing; 171 comes instead of the UUID.
    QStringList callIds;
    if (!uuid.isEmpty())
        callIds.append(uuid);
    if (!mid.isEmpty())
        callIds.append(mid);
    for (const DeclaredId &d : std::as_const(declared))
        callIds.append(d.id);
    for (const QString &id : std::as_const(callIds)) {
        if (index->optedOutIds.contains(id) || m_profiles.isOptedOut(id)) {
            a.error(171, id);
            a.stopped = true;
            a.optedOut = true;
            return finish(render(a), &a);
        }
    }

    // Signals (§1.3, §1.5) and qualification (§9).
    SignalSet callSignals;
    for (const EventCall::Param &p : call.params)
        callSignals.add(p.key, p.value);
    callSignals.addHeaders(request.headers);

    QVector<int> candidates = index->trueWithoutKeys;
    for (const QString &key : callSignals.keys()) {
        const auto it = index->byKey.constFind(key);
        if (it != index->byKey.constEnd())
            candidates += it.value();
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QVector<qint64> qualified;
    for (int i : std::as_const(candidates)) {
        const SandboxIndex::RuleSegment &rs = index->ruleSegments[i];
        if (rs.rule->evaluate(callSignals))
            qualified.append(rs.sid);
    }
    QVector<qint64> traits = qualified;
    for (const QString &value : call.values(QStringLiteral("d_sid"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 sid = part.trimmed().toLongLong(&ok);
            if (!ok)
                continue;
            traits.append(sid);
            if (index->activeSids.contains(sid))
                qualified.append(sid);
        }
    }
    std::sort(qualified.begin(), qualified.end());
    qualified.erase(std::unique(qualified.begin(), qualified.end()), qualified.end());
    std::sort(traits.begin(), traits.end());
    traits.erase(std::unique(traits.begin(), traits.end()), traits.end());
    if (!index->brokenRuleSids.isEmpty())
        a.error(10);

    // The profile: identity, race-condition rule, segments of earlier calls (§2.4, §7).
    ProfileStore::Visit visit;
    visit.uuid = uuid;
    visit.nowMs = nowMs;
    visit.qualified = qualified;
    if (!mid.isEmpty())
        visit.links.append(ProfileStore::midLink(mid));
    for (const DeclaredId &d : std::as_const(declared))
        visit.links.append(ProfileStore::declaredLink(d.isCode, d.space, d.id));
    const ProfileStore::Result profile = m_profiles.visit(visit, index->settings);
    if (profile.rateLimited) {
        return finish(SandboxIdCalls::rateLimited(profile.retryAfterMs), nullptr);
    }
    a.uuid = profile.uuid;
    a.traits = traits;
    for (qint64 sid : profile.segments) {
        if (index->activeSids.contains(sid))
            a.segments.append(sid);
    }

    // Destinations (§6): the active mappings of the user's segments, grouped by destination.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QString platform = call.value(QStringLiteral("d_ptfm"));
    QHash<int, QVector<SegmentMapping>> byDestination;
    for (qint64 sid : std::as_const(a.segments)) {
        const auto it = index->mappingsBySid.constFind(sid);
        if (it == index->mappingsBySid.constEnd())
            continue;
        for (const SandboxIndex::MappingRef &ref : it.value()) {
            const Destination &d = index->destinations[ref.destination];
            if ((d.type == Destination::Type::Url && !a.wantDests) || !d.firesOnPlatform(platform))
                continue;
            if (ref.mapping.isActiveOn(today))
                byDestination[ref.destination].append(ref.mapping);
        }
    }
    if (!byDestination.isEmpty()) {
        FireContext context;
        context.uuid = a.uuid;
        context.mcid = mid;
        context.regionId = index->settings.dcsRegion;
        context.timestamp = nowMs / 1000;
        // §6.1: "%rnd% ... Unique per call": one value for every pixel of this answer.
        context.rnd = QString::number(QRandomGenerator::global()->bounded(1000000000));
        const QUrl referer(QString::fromLatin1(request.header(QByteArrayLiteral("Referer"))));
        const QString scheme = referer.scheme().toLower();
        context.httpProto =
            scheme == QLatin1String("http") || scheme == QLatin1String("https")
                ? scheme
                : (request.secure ? QStringLiteral("https") : QStringLiteral("http"));
        for (const DeclaredId &d : std::as_const(declared)) {
            const QString dpid = d.dpid();
            if (!dpid.isEmpty() && !context.declaredIds.contains(dpid))
                context.declaredIds.insert(dpid, d.id);
        }
        const QString gdpr = call.value(QStringLiteral("gdpr"));
        if (gdpr == QLatin1String("0") || gdpr == QLatin1String("1"))
            context.gdpr = gdpr;
        context.gdprConsent = call.value(QStringLiteral("gdpr_consent"));

        QList<int> destinations = byDestination.keys();
        std::sort(destinations.begin(), destinations.end());
        for (int di : std::as_const(destinations)) {
            const FireResult fired =
                DestinationFiring::fire(index->destinations[di], byDestination.value(di), context);
            if (fired.cookie)
                a.cookies.append(*fired.cookie);
            a.pixels += fired.pixels;
        }
    }
    return finish(render(a), &a);
}

} // namespace dcsdesk
