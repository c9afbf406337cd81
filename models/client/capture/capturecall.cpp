#include "capturecall.h"

#include "dcs/aamcookies.h"
#include "dcs/amcvcookie.h"
#include "dcs/curlimport.h"
#include "dcs/dcsqueryreader.h"
#include "dcs/dcsresponsedecoder.h"
#include "dcs/shellquote.h"
#include "domain/region.h"
#include "system/datetext.h"

#include <algorithm>
#include <climits>

#include <QUrl>

namespace dcsdesk {

namespace {

bool isFormPost(const HarEntry &entry)
{
    return entry.method == QLatin1String("POST") &&
           entry.postMimeType.startsWith(QLatin1String("application/x-www-form-urlencoded"));
}

// <alias>.demdex.net, but not the ID service, the regional hosts or Adobe's own web site.
QString aliasOfHost(const QString &host)
{
    const QString suffix = QStringLiteral(".demdex.net");
    const QString h = host.toLower();
    if (!h.endsWith(suffix) || h.count(QLatin1Char('.')) != 2)
        return {};
    if (DcsRegion::findByHost(h) || h == QLatin1String("dpm.demdex.net") ||
        h == QLatin1String("www.demdex.net") || h == QLatin1String("dcs-beta.demdex.net") ||
        h == QLatin1String("cm.everesttech.net"))
        return {};
    return h.chopped(suffix.size());
}

const HarCookie *amcvCookieOf(const HarEntry &entry)
{
    for (const HarCookie &c : entry.requestCookies) {
        if (c.name.startsWith(QLatin1String("AMCV_")))
            return &c;
    }
    return nullptr;
}

const HarCookie *cookieNamed(const QVector<HarCookie> &cookies, const QString &name)
{
    for (const HarCookie &c : cookies) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString callName(const HarEntry &entry)
{
    return CaptureCall::tr("call %1 (%2)").arg(entry.index + 1).arg(HarEntry::kindName(entry.kind));
}

QString meaningOf(const AamCookies::Decoded &d)
{
    switch (d.kind) {
    case AamCookies::Kind::Demdex:
        return d.demdex.optedOut
                   ? CaptureCall::tr("Opted out of Audience Manager (NOTARGET)")
                   : CaptureCall::tr("Audience Manager user ID (UUID) %1").arg(d.demdex.uuid);
    case AamCookies::Kind::Dextp: {
        QStringList syncs;
        for (const AamCookies::DextpEntry &e : d.dextp.entries)
            syncs << CaptureCall::tr("data source %1 on %2")
                         .arg(e.dataSource, DateText::dateTime(e.time.toLocalTime()));
        return d.dextp.optedOut
                   ? CaptureCall::tr("Opted out (NOTARGET)")
                   : CaptureCall::tr("Last ID syncs: %1").arg(syncs.join(QStringLiteral("; ")));
    }
    case AamCookies::Kind::Dst: {
        QStringList errors;
        for (const AamCookies::DstEntry &e : d.dst.entries)
            errors << CaptureCall::tr("destination %1 on %2")
                          .arg(e.destinationId, DateText::dateTime(e.time.toLocalTime()));
        return CaptureCall::tr("Destination send errors: %1")
            .arg(errors.join(QStringLiteral("; ")));
    }
    case AamCookies::Kind::Amcv: {
        QStringList parts;
        if (!d.amcv.mcmid.isEmpty())
            parts << CaptureCall::tr("ECID %1").arg(d.amcv.mcmid);
        if (!d.amcv.orgId.isEmpty())
            parts << CaptureCall::tr("organization %1").arg(d.amcv.orgId);
        if (d.amcv.locationHint >= 0)
            parts << CaptureCall::tr("region %1").arg(DcsRegion::nameInLine(d.amcv.locationHint));
        if (!d.amcv.ok)
            parts << d.amcv.error;
        return parts.join(QStringLiteral(", "));
    }
    default:
        return d.summary;
    }
}

} // namespace

QByteArray CaptureCall::keyPairsOf(const HarEntry &entry)
{
    const QByteArray url = entry.url.toUtf8();
    QByteArray pairs;
    if (entry.kind == HarEntry::Kind::IdSync) {
        const qsizetype colon = url.indexOf(':', url.indexOf("/ibs"));
        pairs = colon >= 0 ? url.mid(colon + 1) : QByteArray();
        const qsizetype q = pairs.indexOf('?');
        if (q >= 0)
            pairs.truncate(q);
    } else {
        const qsizetype q = url.indexOf('?');
        pairs = q >= 0 ? url.mid(q + 1) : QByteArray();
    }
    const qsizetype hash = pairs.indexOf('#');
    if (hash >= 0)
        pairs.truncate(hash);
    if (isFormPost(entry))
        pairs += (pairs.isEmpty() ? "" : "&") + entry.postText.toUtf8();
    return pairs;
}

QVector<CaptureCall::KeyValue> CaptureCall::keyValuesOf(const HarEntry &entry)
{
    QVector<KeyValue> out;
    for (const QByteArray &pair : keyPairsOf(entry).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        out.append({QUrl::fromPercentEncoding(eq >= 0 ? pair.left(eq) : pair),
                    eq >= 0 ? QUrl::fromPercentEncoding(pair.mid(eq + 1)) : QString(), pair});
    }
    return out;
}

QString CaptureCall::prefixOf(const QString &key)
{
    for (const char *p : {"d_", "c_", "p_", "h_"}) {
        if (key.startsWith(QLatin1String(p)))
            return QLatin1String(p);
    }
    return QString();
}

DcsRequest CaptureCall::requestOf(const HarEntry &entry)
{
    DcsQueryReader::Result read;
    read.request = CurlImport::parseUrl(entry.url).request;
    if (isFormPost(entry)) {
        read.request.method = DcsRequest::Method::Post;
        DcsQueryReader::readInto(entry.postText.toUtf8(), read);
    }
    return read.request;
}

QString CaptureCall::printable(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString CaptureCall::cookieHeaderOf(const QVector<HarCookie> &cookies)
{
    QStringList parts;
    for (const HarCookie &c : cookies)
        parts << c.name + QLatin1Char('=') + c.value;
    return parts.join(QStringLiteral("; "));
}

HeaderList CaptureCall::headerListOf(const QVector<HarNameValue> &headers)
{
    HeaderList out;
    for (const HarNameValue &h : headers)
        out.append({h.name.toUtf8(), h.value.toUtf8()});
    return out;
}

bool CaptureCall::bodyMissing(const HarEntry &entry)
{
    return entry.status > 0 && !entry.bodySaved() && entry.contentSize > 0;
}

DcsResult CaptureCall::resultOf(const HarCapture &capture, const HarEntry &entry)
{
    DcsResult r;
    PreparedRequest &p = r.request;
    p.request = requestOf(entry);
    p.method = entry.method.toLatin1();
    p.urlText = entry.url.toUtf8();
    p.url = QUrl(entry.url);
    p.headers = headerListOf(entry.requestHeaders);
    p.body = entry.postText.toUtf8();
    // Every key as sent, so that the expected-vs-actual check reads the call's own signals.
    for (const KeyValue &pair : keyValuesOf(entry)) {
        PreparedParam param;
        param.key = pair.key;
        param.value = pair.value;
        param.encoded = pair.encoded;
        param.origin = RequestFinding::Part::Signal;
        p.params.append(param);
    }
    r.timing.startedAt = entry.started.toUTC();
    r.timing.finished = entry.timeMs;
    if (entry.status <= 0) {
        r.outcome = DcsResult::Outcome::NetworkError;
        r.networkError = tr("The browser recorded no answer: the call was blocked, failed or "
                            "was canceled.");
        return r;
    }
    r.outcome = DcsResult::Outcome::Response;
    r.httpStatus = entry.status;
    r.reasonPhrase = entry.statusText.toUtf8();
    r.headers = headerListOf(entry.responseHeaders);
    r.body = capture.responseBody(entry);
    r.declaredLength = entry.contentSize;
    r.hasResponse = true;
    r.response = DcsResponseDecoder::decode(r.httpStatus, r.headers, r.body,
                                            DcsResponseDecoder::expectationFor(p.request));
    if (r.httpStatus >= 300 && r.httpStatus < 400)
        r.redirectTarget = QString::fromUtf8(r.response.header("Location"));
    if (bodyMissing(entry)) {
        // What the decoder says about an empty body is not true of this answer: it had one.
        r.response.notes.erase(std::remove_if(r.response.notes.begin(), r.response.notes.end(),
                                              [](const ResponseNote &n) {
                                                  return n.severity != Finding::Severity::Info;
                                              }),
                               r.response.notes.end());
        r.response.notes.prepend(
            {Finding::Severity::Warning, QStringLiteral("capture.body-not-saved"),
             tr("The capture did not save this answer's body (%n byte(s)): save the HAR again "
                "with its content to decode the answer.",
                nullptr, int(std::min<qint64>(entry.contentSize, INT_MAX)))});
    }
    return r;
}

QString CaptureCall::curlCommandOf(const HarEntry &entry)
{
    QStringList parts{QStringLiteral("curl")};
    if (entry.method != QLatin1String("GET"))
        parts << QStringLiteral("-X ") + entry.method;
    parts << ShellQuote::quote(entry.url);
    for (const HarNameValue &h : entry.requestHeaders) {
        // HTTP/2's pseudo headers are the method, scheme, path and host: the URL has them.
        if (h.name.startsWith(QLatin1Char(':')) ||
            h.name.compare(QLatin1String("content-length"), Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("-H ") + ShellQuote::quote(h.name + QStringLiteral(": ") + h.value);
    }
    if (!entry.postText.isEmpty() || entry.method == QLatin1String("POST"))
        parts << QStringLiteral("--data-raw ") + ShellQuote::quote(entry.postText);
    return parts.join(QStringLiteral(" \\\n  "));
}

CaptureCall::ServerCall CaptureCall::serverCallOf(const HarCapture &capture, const HarEntry &entry)
{
    ServerCall out;
    if (!entry.audienceManager || entry.kind == HarEntry::Kind::Other) {
        out.error = tr("%1 is not an Audience Manager call (DCS endpoint on *.demdex.net or a "
                       "profile's CNAME host): there is no server-to-server form of it.")
                        .arg(callName(entry));
        return out;
    }
    const DcsRequest captured = requestOf(entry);
    if (entry.kind == HarEntry::Kind::Event) {
        out.request = captured;
        out.request.userId.clear();
        out.request.orgId.clear();
        if (!captured.rtbdJson)
            out.notes << tr("Asks for a JSON answer (d_rtbd=json) so that it can be read; the "
                            "browser's call asked for a pixel.");
        if (!captured.callback.isEmpty())
            out.notes << tr("Without the JSONP callback d_cb=%1: a server reads JSON.")
                             .arg(captured.callback);
    } else {
        out.notes << tr("An /event call for the same user without signals: the captured call "
                        "went to %1, which has no server-to-server form.")
                         .arg(entry.path());
    }
    out.request.path = QStringLiteral("/event");
    // A form POST stays a POST: its keys go in the body, as the browser sent them.
    out.request.method =
        entry.kind == HarEntry::Kind::Event ? captured.method : DcsRequest::Method::Get;
    out.request.rtbdJson = true;
    out.request.callback.clear();
    if (out.request.jsonVersion.isEmpty())
        out.request.jsonVersion = QStringLiteral("1");
    out.request.headers.clear();

    // The user: the ECID the ID service keeps in the AMCV cookie (a first-party cookie, so
    // usually sent with the page's own requests rather than with the call), or what the call
    // itself named.
    const DcsResult answer = resultOf(capture, entry);
    const HarEntry *amcvEntry = amcvCookieOf(entry) ? &entry : nullptr;
    for (int i = entry.index; !amcvEntry && i >= 0; --i) {
        if (i < capture.entries().size() && amcvCookieOf(capture.entries()[i]))
            amcvEntry = &capture.entries()[i];
    }
    AmcvCookie amcv;
    QString amcvSource;
    if (amcvEntry) {
        const HarCookie *cookie = amcvCookieOf(*amcvEntry);
        amcv = AmcvCookie::parse(cookie->name + QLatin1Char('=') + cookie->value);
        amcvSource = amcvEntry == &entry
                         //: Fills "from %3" in "ECID %1 and organization %2 from %3." and "of %2"
                         //: in "Region %1 from the location hint (MCAAMLH) of %2."; %2 is "call 3
                         //: (event)"
                         ? tr("the %1 cookie sent with %2").arg(cookie->name, callName(entry))
                         //: Fills "from %3" and "of %2" like "the %1 cookie sent with %2"
                         : tr("the %1 cookie sent to %2 with %3")
                               .arg(cookie->name, amcvEntry->host(), callName(*amcvEntry));
    }
    const auto useAmcvUser = [&]() {
        out.request.userIdKind = Profile::IdKind::Mid;
        out.request.userId = amcv.mcmid;
        out.request.orgId = amcv.orgId;
        out.sources
            << tr("ECID %1 and organization %2 from %3.").arg(amcv.mcmid, amcv.orgId, amcvSource);
    };
    const HarCookie *demdex = cookieNamed(entry.requestCookies, QStringLiteral("demdex"));
    const AamCookies::Demdex demdexValue =
        demdex ? AamCookies::decodeDemdex(demdex->value) : AamCookies::Demdex();
    // The AAM UUID of the demdex cookie names the user's profile itself (d_uuid, as in Adobe's
    // server-to-server examples); the ECID is mapped to it by the DCS (and not by the sandbox).
    if (demdex && !demdexValue.uuid.isEmpty()) {
        out.request.userIdKind = Profile::IdKind::Uuid;
        out.request.userId = demdexValue.uuid;
        out.sources << tr("User ID %1 from the demdex cookie sent with %2.")
                           .arg(demdexValue.uuid, callName(entry));
    }
    const HarCookie *setDemdex = cookieNamed(entry.responseCookies, QStringLiteral("demdex"));
    const AamCookies::Demdex setValue =
        setDemdex ? AamCookies::decodeDemdex(setDemdex->value) : AamCookies::Demdex();
    if (out.request.userId.isEmpty() && setDemdex && !setValue.uuid.isEmpty()) {
        out.request.userIdKind = Profile::IdKind::Uuid;
        out.request.userId = setValue.uuid;
        out.sources << tr("User ID %1 from the demdex cookie set by the answer to %2.")
                           .arg(setValue.uuid, callName(entry));
    }
    if (out.request.userId.isEmpty() && amcvEntry == &entry && !amcv.mcmid.isEmpty())
        useAmcvUser();
    if (amcv.locationHint >= 0) {
        out.target.regionId = amcv.locationHint;
        out.hasRegion = true;
        out.sources << tr("Region %1 from the location hint (MCAAMLH) of %2.")
                           .arg(DcsRegion::displayName(amcv.locationHint), amcvSource);
    }
    if (out.request.userId.isEmpty() && !captured.userId.isEmpty()) {
        out.request.userIdKind = captured.userIdKind;
        out.request.userId = captured.userId;
        out.request.orgId = captured.orgId;
        out.sources << (captured.userIdKind == Profile::IdKind::Mid
                            ? tr("ECID %1 from d_mid of %2.")
                            : tr("User ID %1 from d_uuid of %2."))
                           .arg(captured.userId, callName(entry));
    }
    if (out.request.userId.isEmpty() && !amcv.mcmid.isEmpty())
        useAmcvUser();
    if (out.request.userId.isEmpty() && !answer.response.idService.mid.isEmpty()) {
        out.request.userIdKind = Profile::IdKind::Mid;
        out.request.userId = answer.response.idService.mid;
        out.request.orgId = captured.orgId;
        out.sources << tr("ECID %1 from d_mid in the answer to %2.")
                           .arg(answer.response.idService.mid, callName(entry));
    }
    if (out.request.userId.isEmpty() && !answer.response.uuid.isEmpty()) {
        out.request.userIdKind = Profile::IdKind::Uuid;
        out.request.userId = answer.response.uuid;
        out.sources << tr("User ID %1 from the uuid of the answer to %2.")
                           .arg(answer.response.uuid, callName(entry));
    }
    if (out.request.userIdKind == Profile::IdKind::Uuid && !captured.userId.isEmpty() &&
        captured.userIdKind == Profile::IdKind::Mid)
        out.notes << tr("Names the user by d_uuid instead of the call's d_mid %1: both name the "
                        "same user, and d_uuid is the profile's own ID.")
                         .arg(captured.userId);
    if (demdexValue.optedOut)
        out.notes << tr("The user opted out (demdex=NOTARGET): the DCS answers error 171 and "
                        "keeps no data for this user.");
    if (out.request.userId.isEmpty()) {
        out.error = tr("%1 names no user: no AMCV or demdex cookie was sent, it has no d_mid or "
                       "d_uuid and its answer no uuid. Choose a call that sent the user's cookies, "
                       "or enter a user ID in the console.")
                        .arg(callName(entry));
        return out;
    }

    if (!out.hasRegion && answer.response.hasRegion() && answer.response.dcsRegion >= 0) {
        out.target.regionId = answer.response.dcsRegion;
        out.hasRegion = true;
        out.sources << tr("Region %1 from dcs_region in the answer to %2.")
                           .arg(DcsRegion::displayName(answer.response.dcsRegion), callName(entry));
    }

    // The alias: the call's own <alias>.demdex.net host, else the page's /event or /ibs calls.
    out.target.alias = aliasOfHost(entry.host());
    if (!out.target.alias.isEmpty()) {
        out.sources << tr("Alias %1 from the host of %2.").arg(out.target.alias, callName(entry));
    } else {
        for (const HarEntry &other : capture.entries()) {
            const QString alias = other.audienceManager ? aliasOfHost(other.host()) : QString();
            if (!alias.isEmpty()) {
                out.target.alias = alias;
                out.sources << tr("Alias %1 from the host %2 of %3 in the same capture.")
                                   .arg(alias, other.host(), callName(other));
                break;
            }
        }
    }
    if (out.target.alias.isEmpty())
        out.notes << tr("No <alias>.demdex.net host in the capture (the site calls Audience "
                        "Manager through %1): choose the profile with the alias behind it.")
                         .arg(entry.host());
    if (!out.hasRegion) {
        out.target.regionId = Profile::SandboxRegion;
        out.notes << tr("The capture names no region: choose the user's region in the console "
                        "(a wrong region still works, but more slowly).");
    }
    out.target.idKind = out.request.userIdKind;
    out.target.orgId = out.request.orgId;
    out.ok = true;
    return out;
}

QVector<CaptureCall::CookieLine> CaptureCall::cookiesOf(const HarEntry &entry)
{
    QVector<CookieLine> out;
    const auto add = [&out](const QVector<HarCookie> &cookies, bool sent) {
        const QVector<AamCookies::Decoded> decoded =
            AamCookies::decodeCookieHeader(cookieHeaderOf(cookies));
        for (int i = 0; i < cookies.size(); ++i) {
            const HarCookie &c = cookies[i];
            CookieLine line;
            line.sent = sent;
            line.name = c.name;
            line.value = c.value;
            line.expires = c.expires;
            line.domain = c.domain;
            for (const AamCookies::Decoded &d : decoded) {
                if (d.name == c.name) {
                    line.meaning = meaningOf(d);
                    line.optedOut = (d.kind == AamCookies::Kind::Demdex && d.demdex.optedOut) ||
                                    (d.kind == AamCookies::Kind::Dextp && d.dextp.optedOut);
                    break;
                }
            }
            out.append(line);
        }
    };
    add(entry.requestCookies, true);
    add(entry.responseCookies, false);
    return out;
}

} // namespace dcsdesk
