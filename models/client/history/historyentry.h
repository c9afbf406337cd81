#pragma once

#include "dcs/dcsrequest.h"
#include "dcs/dcsresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace dcsdesk {

// One line of the console's history: the request as built (reopenable into the builder), where it
// went, and what came back (head, body up to a cap, timing, errors) or why nothing did. p_ values
// are masked unless the user opted in, because the DCS itself promises never to store them.
// A batch run (issue 8) records itself as Kind::Batch with its totals in summary; a run of saved
// requests' checks (CheckRun) as Kind::CheckRun with each request's outcome and checks in summary.
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HistoryEntry)

public:
    enum class Kind { Call, Batch, CheckRun };
    static constexpr const char *PrivateMask = "[private]";
    static constexpr const char *SecretMask = "[not stored]";

    QString id;     // unique, stable across restarts
    QDateTime time; // UTC
    Kind kind = Kind::Call;

    QString profileName;
    QString alias;
    int regionId = Profile::SandboxRegion;
    QString customBaseUrl;
    DcsRequest request;
    QString method;
    QString url;               // as sent
    QJsonArray requestHeaders; // [[name, value], ...]
    QString requestBody;

    QString outcome; // DcsResult::outcomeKey
    int httpStatus = 0;
    QJsonArray responseHeaders;
    QByteArray body;     // up to the store's cap
    qint64 bodySize = 0; // as received
    bool bodyCut = false;
    QJsonObject timing;
    double durationMs = -1;
    QString error; // translated failure message at the time of the call
    QVector<int> errorCodes;
    QString uuid;
    QString tid;
    int dcsRegion = -1;
    bool privateMasked = false; // p_ values were replaced by PrivateMask
    // Credentials that were not stored: "Cookie", "Authorization", "Proxy-Authorization" (their
    // values are SecretMask) and "URL password" (taken out of the URLs). Always masked.
    QStringList maskedSecrets;
    QJsonObject summary; // Kind::Batch: totals, file, duration ...

    // The record of a finished call. maxBodyBytes caps the stored body.
    static HistoryEntry fromResult(const Profile &profile, const DcsResult &result,
                                   qint64 maxBodyBytes, bool keepPrivateValues);
    // The record of a finished batch run: BatchRunner::summary() and the request template.
    static HistoryEntry fromBatchSummary(const QJsonObject &summary, const Profile &profile,
                                         const DcsRequest &requestTemplate, bool keepPrivateValues);
    // The record of a finished run of checks: CheckRun::historySummary(), the profile it sent
    // with and where the calls went.
    static HistoryEntry fromCheckRun(const QJsonObject &summary, const Profile &profile,
                                     const QString &target);
    // The profile the call used, to reopen it with the same target.
    Profile profile() const;
    HeaderList responseHeaderList() const;
    // The call as it was: the request as sent, and the stored answer decoded again (its body
    // up to the store's cap: bodyCut says when it was cut). A failure keeps its message.
    DcsResult toResult() const;
    bool hasPrivateValues() const;

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json, bool *ok);

    // Space-separated terms, all must match: uuid:…, alias:…, status:…, error:…, profile:…, or
    // free text (URL, alias, profile, user ID, tid, outcome, the start of the body).
    bool matches(const QString &query) const;
    QString statusText() const; // translated: "200", "Timeout", "Network error" ...
    QString outcomeText() const; // translated: "Answered", "Timeout", "Network error" ...
    // Translated one-liner: a batch's counts and latency percentiles, a call's size or error.
    QString summaryText() const;

    QString checkRunSummaryText() const; // Kind::CheckRun: "12 passed, 1 failed · …"
    static QString maskPrivate(const QString &urlOrBody); // p_ values of a query or form body
    // Replaces credentials (see maskedSecrets) before the entry is stored anywhere.
    void maskSecrets();
};

} // namespace dcsdesk
