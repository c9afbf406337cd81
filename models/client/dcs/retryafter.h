#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dcsdesk {

// Retry-After (RFC 9110 §10.2.3) is either a number of seconds or an HTTP date. Every client
// that retries (batch runs, the AAM REST client) reads it here, so both forms are understood
// everywhere. Returns the wait in milliseconds, or nothing when the value is absent or unreadable.
inline std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &nowUtc)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // An HTTP date ends in "GMT", which Qt 6.4's RFC 2822 parser refuses; it is +0000.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return qMax<qint64>(0, nowUtc.msecsTo(when));
}

} // namespace dcsdesk
