#include "dcsrequestchecker.h"

#include <algorithm>

#include "calls/dcsencoding.h"
#include "calls/dcsendpoint.h"
#include "dcsendpointchecker.h"
#include "dcsrequestbuilder.h"
#include "system/colontext.h"
#include "validation/validator.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

using Part = RequestFinding::Part;
constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;
constexpr auto Info = Finding::Severity::Info;

// Each pattern compiled once per thread: compiling it for every check made decoding a capture's
// 37,000 calls spend a third of its time in PCRE's compiler.
bool matches(const char *pattern, const QString &text)
{
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it->match(text).hasMatch();
}

// Keys the request models as fields; a signal with the same key would send it twice.
const QStringList &fieldKeys()
{
    static const QStringList keys = {
        QStringLiteral("d_uuid"), QStringLiteral("d_mid"),   QStringLiteral("d_orgid"),
        QStringLiteral("d_rtbd"), QStringLiteral("d_jsonv"), QStringLiteral("d_dst"),
        QStringLiteral("d_cts"),  QStringLiteral("d_cb"),    QStringLiteral("d_ptfm"),
        QStringLiteral("d_sid"),  QStringLiteral("d_tdpid")};
    return keys;
}

} // namespace

bool DcsRequestChecker::isManagedHeader(const QString &name)
{
    static const QStringList managed = {QStringLiteral("host"), QStringLiteral("content-length"),
                                        QStringLiteral("transfer-encoding"),
                                        QStringLiteral("connection"),
                                        QStringLiteral("content-type")};
    return managed.contains(name.trimmed().toLower());
}

QString DcsRequestChecker::headerNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The header has no name.");
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(name).hasMatch())
        return tr("The header name “%1” may only contain letters, digits and !#$%&'*+.^_`|~- "
                  "(no spaces, colons or control characters).")
            .arg(name.left(80));
    return {};
}

QString DcsRequestChecker::headerValueProblem(const QString &value)
{
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (u == '\r' || u == '\n')
            return tr("It contains a line break, which would start a new header or end the "
                      "request early. It is refused and never sent.");
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return tr("It contains the control character U+%1, which is not allowed in an HTTP "
                      "header. It is refused and never sent.")
                .arg(u, 4, 16, QLatin1Char('0'));
    }
    return {};
}

QString DcsRequestChecker::namespaceKey(const DeclaredId &id)
{
    const QString ns = id.ns.trimmed();
    if (id.kind == DeclaredId::Kind::IntegrationCode &&
        ns.startsWith(QLatin1String("DSID_"), Qt::CaseInsensitive))
        return ns.mid(5);
    return id.kind == DeclaredId::Kind::IntegrationCode ? QStringLiteral("ic:") + ns : ns;
}

void DcsRequestChecker::check(const Profile &profile, PreparedRequest &p)
{
    const DcsRequest &r = p.request;
    const bool isGet = r.method == DcsRequest::Method::Get;
    const DcsEndpoint::Kind endpoint = DcsEndpoint::kindOf(r.path);
    const bool isEvent =
        endpoint == DcsEndpoint::Kind::Event || endpoint == DcsEndpoint::Kind::Other;
    const auto add = [&p](Finding::Severity s, Part part, int index, const QString &key,
                          const char *code, const QString &message, bool blocking = false) {
        p.findings.append(RequestFinding::make(s, part, index, key, code, message, blocking));
    };

    // The Host header: a valid alias or nothing (the DCS then answers error 100).
    const QString alias = profile.alias;
    if (alias.isEmpty()) {
        add(Warning, Part::Alias, -1, QStringLiteral("Host"), "alias.missing",
            tr("No domain alias: the request goes out without a Host header of the form "
               "<alias>.demdex.net, and the DCS answers error 100. Set the alias in the profile."));
    } else if (alias.endsWith(QLatin1String(".demdex.net"), Qt::CaseInsensitive) &&
               Validator::isValidHostLabel(alias.chopped(11))) {
        add(Error, Part::Alias, -1, QStringLiteral("Host"), "alias.full-host",
            tr("Give only the alias “%1”, not the whole host name “%2”: DCS Desk adds "
               ".demdex.net itself.")
                .arg(alias.chopped(11), alias),
            true);
    } else if (!Validator::isValidHostLabel(alias)) {
        const QString problem = headerValueProblem(alias);
        add(Error, Part::Alias, -1, QStringLiteral("Host"), "alias.invalid",
            problem.isEmpty()
                ? tr("The alias “%1” is not a host name label (letters, digits, - and _, no dots "
                     "or spaces), so it cannot go into the Host header. The request is refused.")
                      .arg(alias.left(80))
                : tr("The alias cannot go into the Host header: %1")
                      .arg(ColonText::continued(problem)),
            true);
    }

    static const QRegularExpression pin(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
    if (!profile.pinnedPublicKey.isEmpty() && !pin.match(profile.pinnedPublicKey).hasMatch())
        add(Error, Part::Target, -1, QString(), "target.pin-invalid",
            tr("The profile's pinned server key “%1” is not of the form sha256//BASE64. The "
               "request is refused; fix or clear it in Manage profiles.")
                .arg(profile.pinnedPublicKey.left(60)),
            true);

    for (const DcsHeader &h : profile.headers) {
        if (!h.enabled)
            continue;
        QString problem = headerNameProblem(h.name);
        if (problem.isEmpty())
            problem = headerValueProblem(h.value);
        if (!problem.isEmpty()) {
            add(Error, Part::Target, -1, h.name, "header.profile-invalid",
                tr("The profile's default header “%1”: %2 Fix or remove it in Manage profiles.")
                    .arg(h.name.left(60), problem),
                true);
        } else if (isManagedHeader(h.name)) {
            add(Warning, Part::Target, -1, h.name, "header.managed",
                tr("DCS Desk sets the %1 header itself, so the profile's default one is not sent.")
                    .arg(h.name));
        } else if (std::any_of(r.headers.begin(), r.headers.end(), [&h](const DcsHeader &own) {
                       return own.enabled && own.name.compare(h.name, Qt::CaseInsensitive) == 0;
                   })) {
            add(Info, Part::Target, -1, h.name, "header.profile-replaced",
                tr("The request's own %1 header replaces the profile's default (“%2”).")
                    .arg(h.name, h.value.left(80)));
        }
    }

    for (int i = 0; i < r.headers.size(); ++i) {
        const DcsHeader &h = r.headers.at(i);
        if (!h.enabled)
            continue;
        const QString nameProblem = headerNameProblem(h.name);
        const QString valueProblem = headerValueProblem(h.value);
        if (h.value == QLatin1String("[not stored]")) { // HistoryEntry::SecretMask
            add(Error, Part::Header, i, h.name, "header.not-stored",
                tr("The value of the %1 header is “[not stored]”, the history's placeholder for "
                   "a credential. Type it again or remove the header.")
                    .arg(h.name),
                true);
        } else if (!nameProblem.isEmpty()) {
            add(Error, Part::Header, i, h.name, "header.name", nameProblem, true);
        } else if (!valueProblem.isEmpty()) {
            add(Error, Part::Header, i, h.name, "header.value",
                tr("Header “%1”: %2").arg(h.name, ColonText::continued(valueProblem)), true);
        } else if (isManagedHeader(h.name)) {
            add(Warning, Part::Header, i, h.name, "header.managed",
                tr("The %1 header is set by DCS Desk (the Host header comes from the alias) and "
                   "this one is not sent.")
                    .arg(h.name));
        } else if (std::any_of(h.value.begin(), h.value.end(),
                               [](QChar c) { return c.unicode() > 0x7f; })) {
            add(Info, Part::Header, i, h.name, "header.utf8",
                tr("Header “%1” has characters outside ASCII: they are sent as UTF-8 bytes, as "
                   "curl sends what is typed. HTTP servers take them as opaque bytes; some "
                   "expect ASCII only.")
                    .arg(h.name));
        }
    }

    // Size limits of dcs-api-methods.md.
    const QLocale locale;
    if (isGet) {
        if (p.urlText.size() > DcsRequestBuilder::MaxGetBytes)
            add(Warning, Part::Request, -1, QString(), "size.get",
                tr("The URL is %1 bytes, over the DCS limit of 8K (8,192 bytes) for GET. "
                   "Send it as POST (limit 32K) or remove signals.")
                    .arg(locale.toString(p.urlText.size())));
    } else if (p.body.size() > DcsRequestBuilder::MaxPostBytes) {
        add(Warning, Part::Request, -1, QString(), "size.post",
            tr("The body is %1 bytes, over the DCS limit of 32K (32,768 bytes) for POST. "
               "Remove signals or split the call.")
                .arg(locale.toString(p.body.size())));
    }

    // User ID and org ID (§1.1, §4.2).
    if (r.userId.isEmpty()) {
        if (isEvent)
            add(Warning, Part::UserId, -1, QStringLiteral("d_uuid"), "userid.missing",
                tr("No user ID: a server-to-server call needs d_uuid (the AAM UUID) or d_mid "
                   "(the Experience Cloud ID), or the DCS treats the call as a new visitor."));
    } else if (r.userIdKind == Profile::IdKind::Uuid) {
        if (!matches("^[0-9]{38}$", r.userId))
            add(Warning, Part::UserId, -1, QStringLiteral("d_uuid"), "userid.uuid-format",
                tr("“%1” does not look like an AAM UUID (38 digits). The DCS answers error 102 "
                   "for an invalid d_uuid.")
                    .arg(r.userId.left(80)));
    } else {
        if (!matches("^[0-9]{38}$", r.userId))
            add(Warning, Part::UserId, -1, QStringLiteral("d_mid"), "userid.mid-format",
                tr("“%1” does not look like an Experience Cloud ID (38 digits). The DCS answers "
                   "error 101 for an invalid d_mid.")
                    .arg(r.userId.left(80)));
        if (r.orgId.isEmpty())
            add(Warning, Part::OrgId, -1, QStringLiteral("d_orgid"), "orgid.missing",
                tr("d_mid goes with d_orgid, the IMS Org ID (for example "
                   "5DC5123F5245B1D20A490D46@AdobeOrg)."));
    }
    if (!r.orgId.isEmpty() && !r.orgId.endsWith(QLatin1String("@AdobeOrg")))
        add(Warning, Part::OrgId, -1, QStringLiteral("d_orgid"), "orgid.format",
            tr("The org ID “%1” does not end in @AdobeOrg. The DCS answers error 2 for an org ID "
               "it does not know.")
                .arg(r.orgId.left(80)));

    // Options.
    if (!r.rtbdJson && isEvent)
        add(Warning, Part::Option, -1, QStringLiteral("d_rtbd"), "rtbd.missing",
            tr("d_rtbd=json is not set, so the answer carries no data: the DCS returns only a "
               "pixel."));
    if (isEvent && r.jsonVersion == QLatin1String("0"))
        add(Info, Part::Option, -1, QStringLiteral("d_jsonv"), "jsonv.zero",
            tr("d_jsonv=0 disables ID syncs."));
    else if (isEvent && !r.jsonVersion.isEmpty() && r.jsonVersion != QLatin1String("1"))
        add(Warning, Part::Option, -1, QStringLiteral("d_jsonv"), "jsonv.value",
            tr("d_jsonv is normally 1 (0 disables ID syncs); “%1” is not documented.")
                .arg(r.jsonVersion.left(40)));
    if (r.cts < 0 || r.cts > 2)
        add(Error, Part::Option, -1, QStringLiteral("d_cts"), "cts.value",
            tr("d_cts must be 1 (legacy segment IDs) or 2 (segment IDs), not %1.").arg(r.cts));
    if (!r.callback.isEmpty() &&
        !matches("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$", r.callback))
        add(Warning, Part::Option, -1, QStringLiteral("d_cb"), "callback.name",
            tr("The callback “%1” is not a JavaScript function name; the JSONP answer could not "
               "be called.")
                .arg(r.callback.left(80)));
    if (!r.platform.isEmpty() && !matches("^(ios|android|browser|all)$", r.platform.toLower()))
        add(Warning, Part::Option, -1, QStringLiteral("d_ptfm"), "platform.value",
            tr("d_ptfm is one of ios, android, browser or all, not “%1”.")
                .arg(r.platform.left(40)));
    // A {{variable}} left in a value is reported once, as the variable's own error: its shape is
    // not the value's.
    const auto unresolved = [](const QString &v) {
        return v.contains(QLatin1String("{{")) && v.contains(QLatin1String("}}"));
    };
    if (!r.sid.isEmpty() && !unresolved(r.sid) && !matches("^[0-9]+(,[0-9]+)*$", r.sid))
        add(Warning, Part::Option, -1, QStringLiteral("d_sid"), "sid.value",
            tr("d_sid takes trait or segment IDs separated by commas, such as 1234,5678."));
    if (!r.tdpid.isEmpty() && !unresolved(r.tdpid) && !matches("^[0-9]+$", r.tdpid))
        add(Warning, Part::Option, -1, QStringLiteral("d_tdpid"), "tdpid.value",
            tr("d_tdpid takes one data source ID (a number)."));
    DcsEndpointChecker::check(p);

    // Declared IDs (§1.6).
    int enabledIds = 0;
    QHash<QString, int> perNamespace;
    QHash<QString, bool> namespaceReported;
    for (int i = 0; i < r.declaredIds.size(); ++i) {
        const DeclaredId &d = r.declaredIds.at(i);
        if (!d.enabled)
            continue;
        ++enabledIds;
        if (d.ns.trimmed().isEmpty() || d.id.isEmpty()) {
            add(Error, Part::DeclaredId, i, d.key(), "cid.empty",
                tr("Declared ID %1 needs both a %2 and a user ID; the DCS answers error 300 "
                   "(invalid customer ID).")
                    .arg(i + 1)
                    .arg(d.kind == DeclaredId::Kind::IntegrationCode ? tr("integration code")
                                                                     : tr("data source ID")));
            continue;
        }
        if (d.kind == DeclaredId::Kind::DataSource && !matches("^[0-9]+$", d.ns.trimmed()))
            add(Warning, Part::DeclaredId, i, d.key(), "cid.dpid",
                tr("d_cid takes a numeric data source ID, not “%1”; use d_cid_ic for an "
                   "integration code.")
                    .arg(d.ns.left(40)));
        const QString key = namespaceKey(d);
        const int count = ++perNamespace[key];
        if (count > MaxDeclaredIdsPerNamespace && !namespaceReported.value(key)) {
            namespaceReported.insert(key, true);
            add(Warning, Part::DeclaredId, i, d.key(), "cid.namespace-limit",
                tr("More than 3 declared IDs for data source %1: the DCS drops the extra ones "
                   "with error 310.")
                    .arg(d.ns));
        }
        if (key == QLatin1String("20915")) {
            if (d.id != d.id.toUpper())
                add(Warning, Part::DeclaredId, i, d.key(), "cid.idfa-case",
                    tr("IDFA values (DSID_20915) must be upper case, such as %1; the DCS ignores "
                       "this one with error 312.")
                        .arg(d.id.toUpper().left(40)));
            else if (!matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
                              d.id))
                add(Warning, Part::DeclaredId, i, d.key(), "cid.idfa-format",
                    tr("An IDFA has the form 8-4-4-4-12 hexadecimal digits; the DCS ignores an "
                       "invalid global device ID with error 312."));
        } else if ((key == QLatin1String("20914") || key == QLatin1String("121963") ||
                    key == QLatin1String("488258") || key == QLatin1String("1171485")) &&
                   d.id != d.id.toLower()) {
            add(Warning, Part::DeclaredId, i, d.key(), "cid.lowercase",
                tr("IDs of global data source %1 (such as GAID 20914) are lower case; the DCS may "
                   "ignore this one with error 312.")
                    .arg(key));
        }
    }
    if (enabledIds > MaxDeclaredIds)
        add(Warning, Part::DeclaredId, -1, QStringLiteral("d_cid"), "cid.too-many",
            tr("%n declared ID(s): the DCS accepts at most 10 per call and drops the rest. "
               "It answers with error 301, and error 309 for each dropped ID.",
               nullptr, enabledIds));

    // Signals: keys, encoding (error 311) and keys that double a field.
    for (int i = 0; i < r.signalList.size(); ++i) {
        const DcsSignal &s = r.signalList.at(i);
        if (!s.enabled)
            continue;
        if (s.key.isEmpty()) {
            add(Error, Part::Signal, i, QString(), "signal.key-empty",
                tr("Signal %1 has a value but no key.").arg(i + 1));
            continue;
        }
        // HistoryEntry::PrivateMask: a call reopened from the history without its p_ values.
        if (s.values.contains(QLatin1String("[private]"))) {
            add(Error, Part::Signal, i, s.key, "signal.not-stored",
                tr("The value of %1 is “[private]”, the history's placeholder: the real value "
                   "was not stored. Type it again.")
                    .arg(s.key),
                true);
            continue;
        }
        const QString lower = s.key.toLower();
        if (fieldKeys().contains(lower)) {
            add(Warning, Part::Signal, i, s.key, "signal.field-key",
                tr("%1 has its own field in the request; as a signal it may be sent twice.")
                    .arg(s.key));
        } else if (lower == QLatin1String("d_cid") || lower == QLatin1String("d_cid_ic")) {
            add(Warning, Part::Signal, i, s.key, "signal.cid",
                tr("Enter %1 as a declared ID, so it is encoded with %2 and counted against "
                   "the limits.")
                    .arg(s.key, QStringLiteral("%01")));
        } else if (endpoint == DcsEndpoint::Kind::IdSync &&
                   (lower == QLatin1String("dpid") || lower == QLatin1String("dpuuid") ||
                    lower == QLatin1String("redir"))) {
            // id-sync-http.md: the documented keys of an ID sync.
        } else if (lower == QLatin1String("d_dpid") || lower == QLatin1String("d_dpuuid") ||
                   lower == QLatin1String("dpid") || lower == QLatin1String("dpuuid")) {
            add(Info, Part::Signal, i, s.key, "signal.deprecated",
                tr("%1 is deprecated; declare IDs with d_cid or d_cid_ic.").arg(s.key));
        } else if (!matches("^[0-9]*[A-Za-z_-][A-Za-z0-9_-]*$", s.key)) {
            add(Warning, Part::Signal, i, s.key, "signal.key-name",
                tr("“%1” is not a valid trait key (letters, digits, dashes and underscores, not "
                   "digits only), so no trait rule can match it.")
                    .arg(s.key.left(80)));
        }
        if (s.raw) {
            const QByteArray raw =
                (s.key + QLatin1Char('=') + s.values.join(QLatin1Char(','))).toUtf8();
            if (!DcsEncoding::badPercentOffsets(raw).isEmpty()) {
                add(Error, Part::Signal, i, s.key, "encoding.bad-percent",
                    isGet ? tr("%1 contains a % that is not followed by two hex digits. The DCS "
                               "would ignore the whole request (error 311), and a URL cannot "
                               "carry it as is: write it as %25, or send the call as POST to "
                               "see error 311.")
                                .arg(s.key)
                          : tr("%1 contains a % that is not followed by two hex digits: the DCS "
                               "ignores the whole request (error 311). Write it as %25.")
                                .arg(s.key),
                    isGet);
            }
            const QString bad = DcsEncoding::unencodedCharacters(raw);
            if (!bad.isEmpty())
                add(Warning, Part::Signal, i, s.key, "encoding.unencoded",
                    isGet ? tr("%1 is marked as already encoded but contains characters that "
                               "must be percent-encoded (%2); they are encoded when sent.")
                                .arg(s.key, bad)
                          : tr("%1 is marked as already encoded but contains characters that "
                               "must be percent-encoded (%2); the DCS may ignore the request "
                               "(error 311).")
                                .arg(s.key, bad));
        } else {
            for (const QString &v : s.values) {
                if (DcsEncoding::looksPercentEncoded(v)) {
                    add(Warning, Part::Signal, i, s.key, "encoding.double",
                        tr("The value of %1 already looks percent-encoded (“%2”); it will be "
                           "encoded again (%25…). To send it as typed, mark it as already "
                           "encoded: “As typed” in the console, --raw-signal in dcsdesk-cli.")
                            .arg(s.key, v.left(60)));
                    break;
                }
                if (v.contains(QLatin1Char('%'))) {
                    add(Info, Part::Signal, i, s.key, "encoding.percent",
                        tr("The % in the value of %1 (“%2”) is sent encoded, as %25, so the DCS "
                           "reads a literal %. To send it as typed (a lone % makes the DCS "
                           "answer error 311), mark it as already encoded: “As typed” in the "
                           "console, --raw-signal in dcsdesk-cli.")
                            .arg(s.key, v.left(60)));
                    break;
                }
            }
        }
    }
}

} // namespace dcsdesk
