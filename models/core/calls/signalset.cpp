#include "signalset.h"

namespace dcsdesk {

namespace {

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

void SignalSet::add(const QString &key, const QString &value)
{
    // No de-duplication: it would make a hostile call with thousands of values quadratic.
    QStringList &list = m_values[key];
    const QString whole = unquoted(value);
    list.append(whole);
    if (!whole.contains(QLatin1Char(',')))
        return;
    const QStringList parts = whole.split(QLatin1Char(','));
    for (const QString &part : parts)
        list.append(unquoted(part));
}

QString SignalSet::headerSignalKey(const QByteArray &headerName)
{
    static const char *const headers[] = {"Host",    "User-Agent", "Accept-Language",
                                          "Referer", "Referrer",   "Date"};
    for (const char *header : headers) {
        if (headerName.compare(header, Qt::CaseInsensitive) == 0)
            return QLatin1String("h_") + QString::fromLatin1(header).toLower();
    }
    return QString();
}

void SignalSet::addHeaders(const QVector<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList seen;
    for (const auto &header : headers) {
        const QString key = headerSignalKey(header.first);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.append(key);
        add(key, QString::fromUtf8(header.second));
    }
}

const QStringList *SignalSet::values(const QString &key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? nullptr : &it.value();
}

} // namespace dcsdesk
