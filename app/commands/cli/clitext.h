#pragma once

#include "dcs/aamcookies.h"
#include "dcs/dcsresult.h"

#include <QCoreApplication>

namespace dcsdesk {

// The human (translated) text of dcsdesk-cli: requests, findings, answers, timing and cookies,
// laid out for a terminal. JSON output does not go through here.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)

public:
    enum class Body { Auto, Full, None }; // Auto prints bodies up to 64 KiB

    static QString prepared(const PreparedRequest &request, bool withCurl);
    static QString findings(const QVector<RequestFinding> &findings);
    static QString response(const DcsResponse &response);
    static QString result(const DcsResult &result, Body body);
    static QString timing(const DcsTiming &timing);
    static QString amcv(const AmcvCookie &cookie);
    static QString cookies(const QVector<AamCookies::Decoded> &cookies);
    static QString notes(const QString &title, const QStringList &notes);
    static QString body(const QByteArray &raw, Body mode);

    static QString severity(Finding::Severity severity);
    static QString milliseconds(double ms); // "12.3 ms", "—" when not measured
    static QString dateTime(const QDateTime &utc);
    static void addBody(QJsonObject &into, const QByteArray &raw); // "body", or "bodyBase64"
};

} // namespace dcsdesk
