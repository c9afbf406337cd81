#pragma once

#include "amcvcookie.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace dcsdesk {

// The Audience Manager cookies a support case pastes along with a call (domain.md §4.3, §4.4):
// demdex (the AAM UUID or the opt-out NOTARGET), dextp (last data syncs), dst (destination send
// errors) and the AMCV cookie. decodeCookieHeader() reads a whole "Cookie:" header.
class AamCookies
{
    Q_DECLARE_TR_FUNCTIONS(AamCookies)

public:
    struct Demdex
    {
        QString uuid;          // 38 digits
        bool optedOut = false; // NOTARGET
        QStringList notes;
    };

    struct DextpEntry
    {
        QString dataSource; // DPID (new style) or provider name (old style)
        int syncType = 0;   // 1 ID sync, 2 deprecated, 0 old style
        QDateTime time;     // UTC, from Unix milliseconds
        QString raw;
    };
    struct Dextp
    {
        QVector<DextpEntry> entries;
        bool optedOut = false;
        QStringList notes;
    };

    struct DstEntry
    {
        QString destinationId;
        QDateTime time; // UTC, from Unix seconds
        QString raw;
    };
    struct Dst
    {
        QVector<DstEntry> entries;
        QStringList notes;
    };

    enum class Kind { Demdex, Dextp, Dst, Amcv, AmcvSession, DpTest, FirstPartyUuid, Other };

    struct Decoded
    {
        QString name;
        QString value;
        Kind kind = Kind::Other;
        Demdex demdex;
        Dextp dextp;
        Dst dst;
        AmcvCookie amcv;
        QString summary; // translated one-liner for Other/AmcvSession/DpTest/FirstPartyUuid
    };

    static Demdex decodeDemdex(const QString &value);
    static Dextp decodeDextp(const QString &value);
    static Dst decodeDst(const QString &value);

    // "demdex=...; dextp=...; AMCV_...=..." (with or without "Cookie:"), in order.
    static QVector<Decoded>
    decodeCookieHeader(const QString &header,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString kindKey(Kind kind); // stable English, for JSON
    static QJsonObject toJson(const Decoded &cookie);
};

} // namespace dcsdesk
