#include "validator.h"

#include "segments/traitrule.h"
#include "system/colontext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace dcsdesk {

namespace {

Finding make(Finding::Severity severity, EntityKind kind, qint64 key, int field, const char *code,
             const QString &message)
{
    Finding f;
    f.severity = severity;
    f.kind = kind;
    f.key = key;
    f.field = field;
    f.code = QString::fromLatin1(code);
    f.message = message;
    return f;
}

constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;
constexpr auto Info = Finding::Severity::Info;

bool isHttpUrl(const QString &text, bool requireHttps)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return requireHttps ? scheme == QLatin1String("https")
                        : (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Macros fill places in a URL template; replace them before checking that the rest parses.
// %http_proto% is the page's scheme (Adobe's example: %http_proto%://url-destination.com).
QString withoutMacros(const QString &format)
{
    static const QRegularExpression proto(QStringLiteral("%http_proto%"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression macro(QStringLiteral("%[A-Za-z_0-9]+%|\\$\\{[A-Za-z_0-9]+\\}"));
    QString copy = format;
    copy.replace(proto, QStringLiteral("https"));
    copy.replace(macro, QStringLiteral("x"));
    return copy;
}

} // namespace

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("dcsdesk::Validator", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("dcsdesk::Validator", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("dcsdesk::Validator", "Note");
    }
    return {};
}

FindingSummary FindingSummary::of(const QVector<Finding> &findings)
{
    FindingSummary s;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Finding::Severity::Error:
            ++s.errors;
            break;
        case Finding::Severity::Warning:
            ++s.warnings;
            break;
        case Finding::Severity::Info:
            ++s.infos;
            break;
        }
    }
    return s;
}

bool Validator::containsAliasMacro(const QString &format)
{
    return format.contains(QLatin1String("%ALIAS%"), Qt::CaseInsensitive);
}

bool Validator::isValidCookieDomain(const QString &domain)
{
    if (domain.isEmpty())
        return true;
    // The leading dot is optional: Adobe's REST examples send "adobe.com", and browsers ignore
    // the dot (RFC 6265 §5.2.3), so both mean the domain and its subdomains.
    static const QRegularExpression re(
        QStringLiteral("^\\.?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*"
                       "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return re.match(domain).hasMatch();
}

QString Validator::suggestedCookieDomain(const QString &domain)
{
    QString host = domain.trimmed();
    const int scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    host = host.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
    while (host.startsWith(QLatin1Char('*')) || host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    if (host.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        host.remove(0, 4);
    host = host.toLower();
    const QString suggestion = QLatin1Char('.') + host;
    if (host.isEmpty() || !host.contains(QLatin1Char('.')) || suggestion == domain ||
        !isValidCookieDomain(suggestion))
        return {};
    return suggestion;
}

bool Validator::isValidHostLabel(const QString &alias)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$"));
    return re.match(alias).hasMatch();
}

QVector<Finding> Validator::validateDestination(const Destination &d)
{
    QVector<Finding> out;
    const auto add = [&](Finding::Severity s, int field, const char *code, const QString &msg) {
        out.append(make(s, EntityKind::Destination, d.id, field, code, msg));
    };
    if (d.id <= 0)
        add(Error, Destination::Id, "destination.id",
            tr("The destination ID must be a positive number."));
    if (d.name.trimmed().isEmpty()) {
        add(Error, Destination::Name, "destination.name-missing", tr("A name is required."));
    } else {
        static const QRegularExpression special(QStringLiteral("[<>\"{}|\\\\^`\\x00-\\x1f]"));
        if (special.match(d.name).hasMatch())
            add(Warning, Destination::Name, "destination.name-special",
                tr("Avoid special characters such as < > \" { } | in names."));
    }

    switch (d.type) {
    case Destination::Type::Url: {
        if (d.serialized) {
            if (d.urlFormat.trimmed().isEmpty())
                add(Error, Destination::UrlFormat, "url.base-missing",
                    tr("A serialized URL destination needs a base URL."));
            if (d.secureUrlFormat.trimmed().isEmpty())
                add(Error, Destination::SecureUrlFormat, "url.secure-missing",
                    tr("A serialized URL destination needs a secure URL."));
            if (d.delimiter.isEmpty())
                add(Error, Destination::Delimiter, "url.delimiter-missing",
                    tr("A serialized URL destination needs a delimiter, usually a comma or a "
                       "semicolon."));
        }
        const struct
        {
            int field;
            const QString &value;
            bool secure;
        } urls[] = {{Destination::UrlFormat, d.urlFormat, false},
                    {Destination::SecureUrlFormat, d.secureUrlFormat, true}};
        for (const auto &u : urls) {
            if (u.value.trimmed().isEmpty())
                continue;
            if (!containsAliasMacro(u.value))
                add(Error, u.field, "url.alias-missing",
                    tr("The URL must contain %ALIAS%, where the mapped segment values go."));
            if (!isHttpUrl(withoutMacros(u.value), false))
                add(Error, u.field, "url.invalid", tr("This is not a valid http or https URL."));
            else if (u.secure &&
                     !u.value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) &&
                     !u.value.startsWith(QLatin1String("%http_proto%"), Qt::CaseInsensitive))
                add(Warning, u.field, "url.secure-not-https",
                    tr("The secure URL should start with https://."));
        }
        break;
    }
    case Destination::Type::Cookie: {
        if (d.cookieName.trimmed().isEmpty())
            add(Error, Destination::CookieName, "cookie.name-missing",
                tr("A cookie destination needs a cookie name."));
        else {
            static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
            if (!token.match(d.cookieName).hasMatch())
                add(Error, Destination::CookieName, "cookie.name-invalid",
                    tr("A cookie name may only hold letters, digits and ! # $ % & ' * + - . ^ _ "
                       "` | ~ (no spaces, commas, semicolons or equal signs)."));
        }
        if (d.cookieFormat == Destination::CookieFormat::SingleKey &&
            d.singleKey.trimmed().isEmpty())
            add(Error, Destination::SingleKey, "cookie.key-missing",
                tr("A single-key cookie needs its key."));
        if (d.serialized && d.serializationSeparator.isEmpty())
            add(Error, Destination::SerializationSeparator, "cookie.serial-missing",
                tr("A serialized cookie needs a serial delimiter."));
        if (!isValidCookieDomain(d.cookieDomain)) {
            const QString fix = suggestedCookieDomain(d.cookieDomain);
            add(Error, Destination::CookieDomain, "cookie.domain-invalid",
                fix.isEmpty()
                    ? tr("The cookie domain must be blank (all domains) or one domain such as "
                         ".example.com, without wildcard, https:// or path.")
                    : tr("The cookie domain must be one domain without wildcard, https:// or "
                         "path: use %1, which also covers its subdomains.")
                          .arg(fix));
        } else if (!d.cookieDomain.isEmpty() && !d.cookieDomain.startsWith(QLatin1Char('.'))) {
            add(Warning, Destination::CookieDomain, "cookie.domain-no-dot",
                tr("Destination Builder asks for a leading dot: .%1. Audience Manager's REST API "
                   "accepts %1 too, and browsers treat both the same (the domain and its "
                   "subdomains).")
                    .arg(d.cookieDomain));
        }
        if (d.platform != Destination::Platform::Browser)
            add(Warning, Destination::DestPlatform, "cookie.platform",
                tr("Cookie destinations work in browsers only; set the platform to Browser."));
        if (d.maxSize <= 0)
            add(Error, Destination::MaxSize, "cookie.max-size",
                tr("The maximum cookie size must be a positive number of bytes."));
        if (d.ttlDays < 0)
            add(Error, Destination::TtlDays, "cookie.ttl",
                tr("The cookie expiration cannot be negative."));
        if (d.publishTo != Destination::PublishTo::AllDomains && d.siteIds.isEmpty())
            add(Warning, Destination::SiteIds, "cookie.sites-missing",
                tr("Publishing to selected domains needs at least one domain."));
        break;
    }
    case Destination::Type::ServerToServer:
        break;
    }
    return out;
}

QVector<Finding> Validator::validateSegment(const Segment &s)
{
    QVector<Finding> out;
    if (s.sid <= 0)
        out.append(make(Error, EntityKind::Segment, s.sid, Segment::Sid, "segment.sid",
                        tr("The segment ID must be a positive number.")));
    if (s.name.trimmed().isEmpty())
        out.append(make(Warning, EntityKind::Segment, s.sid, Segment::Name, "segment.name-missing",
                        tr("The segment has no name.")));
    if (s.integrationCode.size() > MaxValueLength)
        out.append(make(Error, EntityKind::Segment, s.sid, Segment::IntegrationCode,
                        "segment.code-too-long",
                        tr("The integration code has %1 characters; at most %2 are allowed.")
                            .arg(s.integrationCode.size())
                            .arg(MaxValueLength)));
    if (!s.rule.trimmed().isEmpty()) {
        // The sandbox's own parser (cached by rule text), so what is flagged here is exactly
        // what the sandbox cannot evaluate.
        const auto rule = TraitRule::cached(s.rule);
        if (!rule->isValid())
            out.append(
                make(Error, EntityKind::Segment, s.sid, Segment::Rule, "segment.rule-invalid",
                     tr("The rule has an error at character %1: %2 Until the rule is fixed, the "
                        "sandbox qualifies no user for this segment.")
                         .arg(rule->error().position + 1)
                         .arg(ColonText::continued(rule->errorMessage()))));
    }
    return out;
}

QVector<Finding> Validator::validateProfile(const Profile &p, int index)
{
    QVector<Finding> out;
    if (p.name.trimmed().isEmpty())
        out.append(make(Error, EntityKind::Profile, index, Profile::Name, "profile.name-missing",
                        tr("A profile needs a name.")));
    if (p.alias.isEmpty())
        out.append(make(Error, EntityKind::Profile, index, Profile::Alias, "profile.alias-missing",
                        tr("A profile needs the domain alias that goes in the Host header.")));
    else if (!isValidHostLabel(p.alias))
        out.append(make(Error, EntityKind::Profile, index, Profile::Alias, "profile.alias-invalid",
                        tr("The alias must be a host name label: letters, digits, - and _, "
                           "without dots, spaces or control characters.")));
    if (!p.customBaseUrl.isEmpty() && !isHttpUrl(p.customBaseUrl, false))
        out.append(make(Error, EntityKind::Profile, index, Profile::CustomBaseUrl,
                        "profile.base-url",
                        tr("The custom base URL must be an http or https URL.")));
    static const QRegularExpression pin(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
    if (!p.pinnedPublicKey.isEmpty() && !pin.match(p.pinnedPublicKey).hasMatch())
        out.append(make(Error, EntityKind::Profile, index, Profile::PinnedPublicKey,
                        "profile.pin-invalid",
                        tr("The pinned key must look like sha256//BASE64 (44 characters after "
                           "the slashes); calls of this profile are refused until it does.")));
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isReadable())
        out.append(make(Warning, EntityKind::Profile, index, Profile::CaFile, "profile.ca-file",
                        tr("The CA file %1 cannot be read; calls of this profile over https will "
                           "fail their certificate check until it can.")
                            .arg(p.caFile)));
    return out;
}

QVector<Finding> Validator::validateMapping(const SegmentMapping &m, const Workspace &ws,
                                            const QDate &today)
{
    QVector<Finding> out;
    const auto add = [&](Finding::Severity s, int field, const char *code, const QString &msg) {
        out.append(make(s, EntityKind::Mapping, m.id, field, code, msg));
    };
    const Destination *d = ws.destination(m.destinationId);
    if (!d)
        add(Error, SegmentMapping::DestinationId, "mapping.destination-unknown",
            tr("The mapping belongs to destination %1, which does not exist.")
                .arg(m.destinationId));
    if (!ws.segment(m.sid))
        add(Error, SegmentMapping::Sid, "mapping.segment-unknown",
            tr("Segment %1 is not in the segment catalog.").arg(m.sid));
    if (!m.startDate.isValid())
        add(Error, SegmentMapping::StartDate, "mapping.start-missing",
            tr("A start date is required."));
    if (m.startDate.isValid() && m.endDate.isValid() && m.endDate < m.startDate)
        add(Error, SegmentMapping::EndDate, "mapping.end-before-start",
            tr("The end date is before the start date."));
    switch (m.scheduleOn(today)) {
    case SegmentMapping::Schedule::Expired:
        add(Warning, SegmentMapping::EndDate, "mapping.expired",
            tr("Expired: the end date has passed, so nothing is sent for this segment."));
        break;
    case SegmentMapping::Schedule::Future:
        add(Info, SegmentMapping::StartDate, "mapping.future",
            tr("Not started yet: nothing is sent before the start date."));
        break;
    case SegmentMapping::Schedule::Active:
        break;
    }
    if (!d)
        return out;

    const bool nonSerializedUrl = d->type == Destination::Type::Url && !d->serialized;
    const bool multiKey = d->type == Destination::Type::Cookie &&
                          d->cookieFormat == Destination::CookieFormat::MultiKey;
    if (m.value.trimmed().isEmpty()) {
        const QString what = nonSerializedUrl
                                 ? tr("The mapping needs the URL to fire for this segment.")
                             : multiKey ? tr("The mapping needs a key.")
                                        : tr("The mapping value is empty.");
        add(Error, SegmentMapping::Value, "mapping.value-missing", what);
    } else if (nonSerializedUrl) {
        if (!isHttpUrl(withoutMacros(m.value), false))
            add(Error, SegmentMapping::Value, "mapping.url-invalid",
                tr("This is not a valid http or https URL."));
    } else if (m.value.size() > MaxValueLength) {
        add(Error, SegmentMapping::Value, "mapping.value-too-long",
            tr("The value has %1 characters; at most %2 are allowed.")
                .arg(m.value.size())
                .arg(MaxValueLength));
    }
    if (multiKey) {
        if (m.secondValue.trimmed().isEmpty())
            add(Error, SegmentMapping::SecondValue, "mapping.second-missing",
                tr("A multi-key cookie mapping needs a value for its key."));
        else if (m.secondValue.size() > MaxValueLength)
            add(Error, SegmentMapping::SecondValue, "mapping.value-too-long",
                tr("The value has %1 characters; at most %2 are allowed.")
                    .arg(m.secondValue.size())
                    .arg(MaxValueLength));
    }
    if (d->type == Destination::Type::Cookie && m.priority < 0)
        add(Error, SegmentMapping::Priority, "mapping.priority",
            tr("The priority must be 1 or more (blank for none)."));
    return out;
}

QVector<Finding> Validator::validateMappingGroup(const Workspace &ws, const QVector<int> &indexes)
{
    QVector<Finding> out;
    QHash<qint64, QVector<int>> bySegment;
    for (int i : indexes)
        bySegment[ws.mappings[i].sid].append(i);
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
        const QVector<int> &same = it.value();
        if (same.size() < 2)
            continue;
        // Sort by start so overlaps are found between neighbours: linear after the sort.
        QVector<int> sorted = same;
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            return ws.mappings[a].startDate < ws.mappings[b].startDate;
        });
        QDate furthestEnd;
        bool open = false; // an earlier mapping never ends
        for (int k = 0; k < sorted.size(); ++k) {
            const SegmentMapping &m = ws.mappings[sorted[k]];
            out.append(make(Warning, EntityKind::Mapping, m.id, SegmentMapping::Sid,
                            "mapping.duplicate-segment",
                            tr("Segment %1 is mapped %2 times to this destination.")
                                .arg(m.sid)
                                .arg(same.size())));
            if (k > 0 && (open || (furthestEnd.isValid() && m.startDate <= furthestEnd)))
                out.append(make(Warning, EntityKind::Mapping, m.id, SegmentMapping::StartDate,
                                "mapping.overlap",
                                tr("Its dates overlap another mapping of segment %1.").arg(m.sid)));
            if (!m.endDate.isValid())
                open = true;
            else if (!furthestEnd.isValid() || m.endDate > furthestEnd)
                furthestEnd = m.endDate;
        }
    }
    return out;
}

QVector<Finding> Validator::validate(const Workspace &ws, const QDate &today)
{
    QVector<Finding> out;
    for (int i = 0; i < ws.profiles.size(); ++i)
        out += validateProfile(ws.profiles[i], i);

    QSet<qint64> seenSegments;
    seenSegments.reserve(ws.segments.size());
    for (const Segment &s : ws.segments) {
        out += validateSegment(s);
        if (seenSegments.contains(s.sid))
            out.append(make(Error, EntityKind::Segment, s.sid, Segment::Sid, "segment.duplicate-id",
                            tr("Segment ID %1 is used more than once.").arg(s.sid)));
        seenSegments.insert(s.sid);
    }
    if (ws.segments.size() > MaxSegments)
        out.append(make(Error, EntityKind::Segment, 0, -1, "account.segments",
                        tr("The account has %1 segments; Audience Manager allows at most %2.")
                            .arg(ws.segments.size())
                            .arg(MaxSegments)));

    QSet<qint64> seenDestinations;
    int urlCount = 0, cookieCount = 0, s2sCount = 0;
    for (const Destination &d : ws.destinations) {
        out += validateDestination(d);
        if (seenDestinations.contains(d.id))
            out.append(make(Error, EntityKind::Destination, d.id, Destination::Id,
                            "destination.duplicate-id",
                            tr("Destination ID %1 is used more than once.").arg(d.id)));
        seenDestinations.insert(d.id);
        switch (d.type) {
        case Destination::Type::Url:
            ++urlCount;
            break;
        case Destination::Type::Cookie:
            ++cookieCount;
            break;
        case Destination::Type::ServerToServer:
            ++s2sCount;
            break;
        }
    }
    const struct
    {
        int count;
        int limit;
        const char *code;
        const char *text;
    } limits[] = {
        {int(ws.destinations.size()), MaxDestinations, "account.destinations",
         QT_TRANSLATE_NOOP("dcsdesk::Validator",
                           "The account has %1 destinations; at most %2 are allowed.")},
        {urlCount, MaxUrlDestinations, "account.url",
         QT_TRANSLATE_NOOP("dcsdesk::Validator",
                           "The account has %1 URL destinations; at most %2 are allowed.")},
        {cookieCount, MaxCookieDestinations, "account.cookie",
         QT_TRANSLATE_NOOP("dcsdesk::Validator",
                           "The account has %1 cookie destinations; at most %2 are allowed.")},
        {s2sCount, MaxS2sDestinations, "account.s2s",
         QT_TRANSLATE_NOOP("dcsdesk::Validator",
                           "The account has %1 server-to-server destinations; at "
                           "most %2 are allowed.")},
    };
    for (const auto &l : limits) {
        if (l.count > l.limit)
            out.append(make(Error, EntityKind::Destination, 0, -1, l.code,
                            tr(l.text).arg(l.count).arg(l.limit)));
    }

    QSet<qint64> seenMappings;
    seenMappings.reserve(ws.mappings.size());
    QHash<qint64, QVector<int>> byDestination;
    for (int i = 0; i < ws.mappings.size(); ++i) {
        const SegmentMapping &m = ws.mappings[i];
        out += validateMapping(m, ws, today);
        if (seenMappings.contains(m.id))
            out.append(make(Error, EntityKind::Mapping, m.id, SegmentMapping::Id,
                            "mapping.duplicate-id",
                            tr("Mapping ID %1 is used more than once.").arg(m.id)));
        seenMappings.insert(m.id);
        byDestination[m.destinationId].append(i);
    }
    for (auto it = byDestination.cbegin(); it != byDestination.cend(); ++it)
        out += validateMappingGroup(ws, it.value());
    return out;
}

} // namespace dcsdesk
