#include "transferrules.h"

namespace dcsdesk {
namespace TransferRules {

bool isContentEncoded(const HeaderList &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("Content-Encoding", Qt::CaseInsensitive) == 0 && !h.second.isEmpty())
            return true;
    }
    return false;
}

bool declaredTooLarge(const DcsResult &result, qint64 maxBodyBytes)
{
    return maxBodyBytes > 0 && result.declaredLength > maxBodyBytes &&
           !isContentEncoded(result.headers);
}

bool appendWithinCap(DcsResult &result, const char *data, qsizetype size, qint64 maxBodyBytes)
{
    result.body.append(data, size);
    if (maxBodyBytes > 0 && result.body.size() > maxBodyBytes) {
        result.body.truncate(maxBodyBytes);
        return false;
    }
    return true;
}

void markAborted(DcsResult &result)
{
    result.networkErrorCode = QNetworkReply::OperationCanceledError;
    result.networkError = QStringLiteral("Operation canceled");
}

void settle(DcsResult &result, DcsResult::Outcome abortReason)
{
    if (result.httpStatus >= 300 && result.httpStatus < 400 && result.redirectTarget.isEmpty()) {
        for (const auto &h : std::as_const(result.headers)) {
            if (h.first.compare("Location", Qt::CaseInsensitive) == 0)
                result.redirectTarget = QString::fromLatin1(h.second);
        }
    }
    result.settle(abortReason);
}

} // namespace TransferRules
} // namespace dcsdesk
