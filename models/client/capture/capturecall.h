#pragma once

#include "capture/harcapture.h"
#include "dcs/dcsresult.h"

#include <QCoreApplication>

namespace dcsdesk {

// What the capture view, the console and the CLI do with one call of a browser capture: read
// its request as the console reads a pasted URL, decode its answer with the console's decoder,
// give it to the console as the cURL command a browser's "Copy as cURL" would, and turn it into
// the server-to-server call for the same user. Every value taken from the capture says where it
// came from, because the user must be able to check it before anything is sent.
class CaptureCall
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CaptureCall)

public:
    // The call's key-value pairs as sent: the query (the pairs after "/ibs:" for an ID sync) and
    // a POST's form body, still percent-encoded.
    static QByteArray keyPairsOf(const HarEntry &entry);
    // The same pairs, each decoded (key and value) beside its bytes as sent.
    struct KeyValue
    {
        QString key;
        QString value;
        QByteArray encoded;
    };
    static QVector<KeyValue> keyValuesOf(const HarEntry &entry);
    // "d_", "c_", "p_" or "h_": the DCS's own prefixes; "" for any other key.
    static QString prefixOf(const QString &key);
    // The call as the console reads a pasted URL (endpoint, /ibs pairs, alias), plus a POST's
    // form body: what the answer is decoded against.
    static DcsRequest requestOf(const HarEntry &entry);
    static QString cookieHeaderOf(const QVector<HarCookie> &cookies);
    // A decoded value for display: control characters (d_cid's 0x01 separator) written as they
    // are in a URL (%01), so a terminal or a table shows them instead of swallowing them.
    static QString printable(const QString &value);
    static HeaderList headerListOf(const QVector<HarNameValue> &headers);

    // The captured call as the console shows a finished call: the request as the browser sent
    // it and the answer decoded. No answer (blocked, failed) is a network error; an answer whose
    // body the capture left out has no body, and bodyMissing() says so.
    static DcsResult resultOf(const HarCapture &capture, const HarEntry &entry);
    static bool bodyMissing(const HarEntry &entry);

    // A curl command that sends what the browser sent: method, URL, headers (HTTP/2's
    // ":authority" and the like as their HTTP/1.1 names or left out), body.
    static QString curlCommandOf(const HarEntry &entry);

    // The server-to-server /event call for the user of a captured call: the ECID and org ID from
    // the AMCV cookie (or the call's d_mid, the demdex cookie, the answer's uuid), the region from
    // the AMCV location hint (or the answer's dcs_region), the alias from the call's host (or
    // another call of the page), the call's own signals, and d_rtbd=json so the answer can be
    // read. target.regionId is Profile::SandboxRegion when the capture gives no region.
    struct ServerCall
    {
        bool ok = false;
        QString error; // translated: why there is no call for the same user
        DcsRequest request;
        Profile target; // alias, region and org ID; no name
        bool hasRegion = false;
        QStringList sources; // translated: "ECID … from the AMCV_… cookie sent with call 5"
        QStringList notes;   // translated: what differs from the browser's call
    };
    static ServerCall serverCallOf(const HarCapture &capture, const HarEntry &entry);

    // One cookie of a call, decoded: what the capture view and the CLI list.
    struct CookieLine
    {
        bool sent = true; // false: set by the answer
        QString name;
        QString value;
        QString meaning;   // translated: "AAM user ID 123…", "ECID …, region 9 (…)", …
        QDateTime expires; // invalid: a session cookie, or not known for a sent cookie
        QString domain;
        bool optedOut = false;
    };
    static QVector<CookieLine> cookiesOf(const HarEntry &entry);
};

} // namespace dcsdesk
