#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace dcsdesk {

struct DcsRequest;

// The Experience Cloud ID service cookie AMCV_<org>@AdobeOrg (domain.md §4.4): a settings
// digest, then KEY[-EXPIRY[s]]|VALUE pairs. Gives the ECID (d_mid), the org ID (d_orgid, from the
// cookie name) and the location hint (the DCS region), which is all a server-to-server call
// needs. Expired fields are reported, and not used, as the ID service itself does.
class AmcvCookie
{
    Q_DECLARE_TR_FUNCTIONS(AmcvCookie)

public:
    struct Field
    {
        QString key;   // as written, without the expiry
        QString value; // "" when the cookie says T (empty)
        bool hasExpiry = false;
        QDateTime expiry;         // UTC
        bool sessionOnly = false; // trailing "s": also ends with the browser session
        bool expired = false;
        QStringList listValues() const; // values separated by '*'
    };

    bool ok = false;
    QString error;      // translated, when nothing could be read
    QString cookieName; // "AMCV_<org>@AdobeOrg" when the input had it
    QString orgId;      // "<org>@AdobeOrg", from the cookie name
    QString settingsDigest;
    QVector<Field> fields; // in cookie order
    bool legacy = false;   // mid / aamlh keys
    QStringList notes;     // translated

    // Effective values: absent when missing or expired.
    QString mcmid;
    int locationHint = -1; // MCAAMLH, a DCS region ID
    QString aamBlob;       // MCAAMB
    QString analyticsId;   // MCAID
    int optOut = -1;       // MCOPTOUT: -1 unknown, 0 not opted out, 1 opted out
    QString version;       // vVersion
    QDate idTimestamp;     // MCIDTS, days since 1970-01-01

    const Field *field(const QString &key) const; // case-insensitive
    bool isExpired(const QString &key) const;

    // Accepts the raw or URL-encoded value, "AMCV_...=value", or a whole Cookie header.
    static AmcvCookie parse(const QString &input,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // d_mid from MCMID, d_orgid from the cookie name; returns the region ID (or -1).
    int fillRequest(DcsRequest &request) const;
    QJsonObject toJson() const;
};

} // namespace dcsdesk
