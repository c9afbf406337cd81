#include "batchrowresult.h"

#include "system/colontext.h"

#include <QJsonArray>

namespace dcsdesk {

QString BatchRowResult::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::Answered:
        return QStringLiteral("answered");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::NotSent:
        return QStringLiteral("not-sent");
    case State::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString BatchRowResult::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Pending");
    case State::Running:
        return tr("Running");
    case State::Answered:
        return tr("Answered");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Canceled");
    case State::NotSent:
        return tr("Not sent");
    case State::Invalid:
        return tr("Invalid row");
    }
    return {};
}

QString BatchRowResult::errorCodesText() const
{
    QStringList codes;
    for (int code : errorCodes)
        codes.append(QString::number(code));
    return codes.join(QStringLiteral(", "));
}

QString BatchRowResult::expectationKey(Expectation e)
{
    switch (e) {
    case Expectation::None:
        break;
    case Expectation::Passed:
        return QStringLiteral("passed");
    case Expectation::Failed:
        return QStringLiteral("failed");
    case Expectation::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

QString BatchRowResult::expectationName(Expectation e)
{
    switch (e) {
    case Expectation::None:
        break;
    case Expectation::Passed:
        return tr("Passed");
    case Expectation::Failed:
        return tr("FAILED");
    case Expectation::NotChecked:
        return tr("Not checked");
    }
    return {};
}

QString BatchRowResult::expectationText() const
{
    const QString failures = expectationFailures.join(QStringLiteral(" | "));
    switch (expectation) {
    case Expectation::Failed:
        return tr("%1: %2").arg(expectationName(expectation), ColonText::continued(failures));
    case Expectation::NotChecked: // every reason starts with "Not checked"
        return failures.isEmpty() ? expectationName(expectation) : failures;
    case Expectation::None:
    case Expectation::Passed:
        break;
    }
    return expectationName(expectation);
}

QJsonObject BatchRowResult::toJson() const
{
    QJsonArray errors;
    for (int code : errorCodes)
        errors.append(code);
    QJsonObject o{{QStringLiteral("row"), row},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("user"), userId},
                  {QStringLiteral("idType"), kind == Profile::IdKind::Mid
                                                 ? QStringLiteral("d_mid")
                                                 : QStringLiteral("d_uuid")},
                  {QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("attempts"), attempts}};
    if (state == State::Answered) {
        o.insert(QStringLiteral("status"), httpStatus);
        o.insert(QStringLiteral("errors"), errors);
        o.insert(QStringLiteral("problems"), problems);
        o.insert(QStringLiteral("cookieDestinations"), cookieDestinations);
        o.insert(QStringLiteral("urlDestinations"), urlDestinations);
        o.insert(QStringLiteral("dcsRegion"),
                 hasRegion() ? QJsonValue(dcsRegion) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("uuid"), uuid);
        o.insert(QStringLiteral("tid"), tid);
    }
    if (latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), qRound(latencyMs * 100) / 100.0);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (finishedAt.isValid())
        o.insert(QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs));
    if (expectation != Expectation::None) {
        o.insert(QStringLiteral("expectations"), expectationKey(expectation));
        o.insert(QStringLiteral("expectationFailures"),
                 QJsonArray::fromStringList(expectationFailures));
    }
    return o;
}

QStringList BatchRowResult::csvHeader()
{
    return {QStringLiteral("row"),
            QStringLiteral("line"),
            QStringLiteral("user"),
            QStringLiteral("id_type"),
            QStringLiteral("state"),
            QStringLiteral("http_status"),
            QStringLiteral("dcs_errors"),
            QStringLiteral("cookie_destinations"),
            QStringLiteral("url_destinations"),
            QStringLiteral("dcs_region"),
            QStringLiteral("uuid"),
            QStringLiteral("tid"),
            QStringLiteral("latency_ms"),
            QStringLiteral("attempts"),
            QStringLiteral("finished_at"),
            QStringLiteral("message"),
            QStringLiteral("expectations"),
            QStringLiteral("expectation_failures")};
}

QStringList BatchRowResult::toCsvRecord() const
{
    const bool answered = state == State::Answered;
    QStringList codes;
    for (int code : errorCodes)
        codes.append(QString::number(code));
    return {QString::number(row),
            line > 0 ? QString::number(line) : QString(),
            userId,
            kind == Profile::IdKind::Mid ? QStringLiteral("d_mid") : QStringLiteral("d_uuid"),
            stateKey(state),
            answered ? QString::number(httpStatus) : QString(),
            codes.join(QLatin1Char(' ')),
            answered ? QString::number(cookieDestinations) : QString(),
            answered ? QString::number(urlDestinations) : QString(),
            answered && hasRegion() ? QString::number(dcsRegion) : QString(),
            uuid,
            tid,
            latencyMs >= 0 ? QString::number(latencyMs, 'f', 2) : QString(),
            QString::number(attempts),
            finishedAt.isValid() ? finishedAt.toString(Qt::ISODateWithMs) : QString(),
            message,
            expectationKey(expectation),
            expectationFailures.join(QStringLiteral(" | "))};
}

} // namespace dcsdesk
