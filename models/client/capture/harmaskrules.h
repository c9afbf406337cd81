#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace dcsdesk {

// One value the masker hides, where it was found: a row of the preview.
struct HarMaskItem
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HarMaskItem)

public:
    enum class Kind { Cookie, UserId, PrivateValue, Credential };
    enum class Place { CookieSent, CookieSet, Url, PostBody, Header, Answer, Location, Other };

    int entry = -1; // index in log.entries
    Kind kind = Kind::Cookie;
    Place place = Place::Other;
    QString name;   // cookie, key, header or answer field
    QString detail; // the cookie (AMCV fields) or header (pairs in a header) it was in
    QString original;
    QString replacement;

    QString where() const;                 // translated: "Cookie demdex (sent)", "p_age in URL"
    static QString kindName(Kind kind);    // translated, for the summary
    static QString placeName(Place place); // translated, for the summary
    static QString kindKey(Kind kind);     // stable English, for JSON
    static QString placeKey(Place place);  // stable English, for JSON
};

// What counts as a secret in a HAR string and exactly where in it: cookie values (the AMCV
// cookie's IDs only, so it still decodes), user IDs by key (d_mid, mid, d_uuid, dpuuid, the ID
// part of d_cid), every p_ value, credentials (Authorization-style headers, URL passwords), and
// the user IDs of Audience Manager answers and redirects. The masker finds, replaces and
// re-checks with the same rules, so what it verifies is exactly what it promised to hide.
class HarMaskRules
{
public:
    struct Hit
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool splice = true; // false: not replaced here, only looked for everywhere else
        HarMaskItem::Kind kind = HarMaskItem::Kind::Cookie;
        HarMaskItem::Place place = HarMaskItem::Place::Other;
        QByteArray name;
        QByteArray detail;
        QByteArray raw;       // as written in the string
        QByteArray canonical; // percent-decoded: one token per person-readable value
        QByteArray partOf;    // the whole value this is a part of ("Bearer x…" for x…)
    };

    // path: HarStrings' key path; name: the sibling "name" (header, cookie or query key);
    // answer: the string is the body of an Audience Manager call (base64 already decoded).
    static QVector<Hit> find(const QByteArray &path, const QByteArray &name,
                             const QByteArray &value, bool answer);

    static bool isSecretHeader(const QByteArray &lowerName);
    // Values that identify no one and say something support needs: demdex=NOTARGET (opt-out).
    static bool isKept(const QByteArray &canonical);
    static bool isTokenLike(const QByteArray &value);
};

} // namespace dcsdesk
