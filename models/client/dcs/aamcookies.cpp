#include "aamcookies.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace dcsdesk {

namespace {

bool isNotTarget(const QString &value)
{
    return value.compare(QLatin1String("NOTARGET"), Qt::CaseInsensitive) == 0;
}

} // namespace

AamCookies::Demdex AamCookies::decodeDemdex(const QString &value)
{
    Demdex d;
    const QString v = value.trimmed();
    static const QRegularExpression uuid(QStringLiteral("^[0-9]{38}$"));
    if (isNotTarget(v)) {
        d.optedOut = true;
        d.notes.append(tr("NOTARGET: the visitor opted out of Audience Manager (this cookie "
                          "lasts 10 years)."));
    } else if (uuid.match(v).hasMatch()) {
        d.uuid = v;
    } else {
        d.uuid = v;
        d.notes.append(tr("“%1” is not an AAM UUID (38 digits).").arg(v.left(60)));
    }
    return d;
}

AamCookies::Dextp AamCookies::decodeDextp(const QString &value)
{
    Dextp d;
    const QString v = QUrl::fromPercentEncoding(value.trimmed().toUtf8());
    if (isNotTarget(v)) {
        d.optedOut = true;
        d.notes.append(tr("NOTARGET: the visitor opted out of Audience Manager."));
        return d;
    }
    static const QRegularExpression newStyle(QStringLiteral("^([0-9]+)-([12])-([0-9]+)$"));
    static const QRegularExpression oldStyle(QStringLiteral("^(.+)-([0-9]+)$"));
    for (const QString &entry : v.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        DextpEntry e;
        e.raw = entry;
        QRegularExpressionMatch m = newStyle.match(entry);
        if (m.hasMatch()) {
            e.dataSource = m.captured(1);
            e.syncType = m.captured(2).toInt();
            e.time = QDateTime::fromMSecsSinceEpoch(m.captured(3).toLongLong(), Qt::UTC);
        } else if ((m = oldStyle.match(entry)).hasMatch()) {
            e.dataSource = m.captured(1);
            e.time = QDateTime::fromMSecsSinceEpoch(m.captured(2).toLongLong(), Qt::UTC);
        } else {
            d.notes.append(
                tr("“%1” is not <data source>-<type>-<time> or <provider>-<time>.").arg(entry));
        }
        d.entries.append(e);
    }
    return d;
}

AamCookies::Dst AamCookies::decodeDst(const QString &value)
{
    Dst d;
    const QString v = QUrl::fromPercentEncoding(value.trimmed().toUtf8());
    static const QRegularExpression re(QStringLiteral("^([0-9]+)-([0-9]+)$"));
    for (const QString &entry : v.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        DstEntry e;
        e.raw = entry;
        const QRegularExpressionMatch m = re.match(entry);
        if (m.hasMatch()) {
            e.destinationId = m.captured(1);
            e.time = QDateTime::fromSecsSinceEpoch(m.captured(2).toLongLong(), Qt::UTC);
        } else {
            d.notes.append(tr("“%1” is not <destination ID>-<time>.").arg(entry));
        }
        d.entries.append(e);
    }
    return d;
}

QVector<AamCookies::Decoded> AamCookies::decodeCookieHeader(const QString &header,
                                                            const QDateTime &now)
{
    QVector<Decoded> out;
    QString text = header.trimmed();
    if (text.startsWith(QLatin1String("Cookie:"), Qt::CaseInsensitive))
        text = text.mid(7);
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        Decoded c;
        c.name = eq < 0 ? item : item.left(eq).trimmed();
        c.value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        const QString decodedName = QUrl::fromPercentEncoding(c.name.toUtf8());
        const QString lower = decodedName.toLower();
        if (lower == QLatin1String("demdex")) {
            c.kind = Kind::Demdex;
            c.demdex = decodeDemdex(c.value);
        } else if (lower == QLatin1String("dextp")) {
            c.kind = Kind::Dextp;
            c.dextp = decodeDextp(c.value);
        } else if (lower == QLatin1String("dst")) {
            c.kind = Kind::Dst;
            c.dst = decodeDst(c.value);
        } else if (decodedName.startsWith(QLatin1String("AMCVS_"))) {
            c.kind = Kind::AmcvSession;
            c.summary =
                tr("Marks the browser session of the Experience Cloud ID service (value 1).");
        } else if (decodedName.startsWith(QLatin1String("AMCV_"))) {
            c.kind = Kind::Amcv;
            c.amcv = AmcvCookie::parse(c.name + QLatin1Char('=') + c.value, now);
        } else if (lower == QLatin1String("_dp")) {
            c.kind = Kind::DpTest;
            c.summary = tr("A test cookie that checks whether third-party cookies can be set.");
        } else if (lower == QLatin1String("aam_did") || lower == QLatin1String("aam_uuid")) {
            c.kind = Kind::FirstPartyUuid;
            c.summary = tr("First-party copy of the AAM UUID, written from the answer's uuid.");
        } else {
            c.kind = Kind::Other;
            c.summary = tr("Not an Audience Manager cookie.");
        }
        out.append(c);
    }
    return out;
}

QString AamCookies::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Demdex:
        return QStringLiteral("demdex");
    case Kind::Dextp:
        return QStringLiteral("dextp");
    case Kind::Dst:
        return QStringLiteral("dst");
    case Kind::Amcv:
        return QStringLiteral("amcv");
    case Kind::AmcvSession:
        return QStringLiteral("amcvs");
    case Kind::DpTest:
        return QStringLiteral("_dp");
    case Kind::FirstPartyUuid:
        return QStringLiteral("first-party-uuid");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QJsonObject AamCookies::toJson(const Decoded &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("value"), c.value},
                  {QStringLiteral("kind"), kindKey(c.kind)}};
    switch (c.kind) {
    case Kind::Demdex:
        o.insert(QStringLiteral("uuid"), c.demdex.uuid);
        o.insert(QStringLiteral("optedOut"), c.demdex.optedOut);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(c.demdex.notes));
        break;
    case Kind::Dextp: {
        QJsonArray entries;
        for (const DextpEntry &e : c.dextp.entries) {
            QJsonObject eo{{QStringLiteral("raw"), e.raw},
                           {QStringLiteral("dataSource"), e.dataSource},
                           {QStringLiteral("syncType"), e.syncType}};
            if (e.time.isValid())
                eo.insert(QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs));
            entries.append(eo);
        }
        o.insert(QStringLiteral("entries"), entries);
        o.insert(QStringLiteral("optedOut"), c.dextp.optedOut);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(c.dextp.notes));
        break;
    }
    case Kind::Dst: {
        QJsonArray entries;
        for (const DstEntry &e : c.dst.entries) {
            QJsonObject eo{{QStringLiteral("raw"), e.raw},
                           {QStringLiteral("destinationId"), e.destinationId}};
            if (e.time.isValid())
                eo.insert(QStringLiteral("time"), e.time.toString(Qt::ISODate));
            entries.append(eo);
        }
        o.insert(QStringLiteral("entries"), entries);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(c.dst.notes));
        break;
    }
    case Kind::Amcv:
        o.insert(QStringLiteral("amcv"),
                 c.amcv.ok ? c.amcv.toJson()
                           : QJsonObject{{QStringLiteral("error"), c.amcv.error}});
        break;
    default:
        o.insert(QStringLiteral("summary"), c.summary);
        break;
    }
    return o;
}

} // namespace dcsdesk
