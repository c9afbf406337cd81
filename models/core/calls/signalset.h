#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QVector>
#include <QString>
#include <QStringList>

namespace dcsdesk {

// The key-value pairs of one DCS call as trait rules see them (domain.md §1.3, §1.6, §9). A key
// sent twice, or a serialized value ("k=a,b,c"), gives the key several candidate values; a rule
// comparison holds when it holds for one of them. Surrounding double quotes ("41 to 55") are the
// documented way to send text and are not part of the value.
class SignalSet
{
public:
    void add(const QString &key, const QString &value);
    // The h_ signal a request header becomes (domain.md §1.5), or an empty string.
    static QString headerSignalKey(const QByteArray &headerName);
    // add()s the h_ signal of every header that has one, the first value of each name.
    void addHeaders(const QVector<QPair<QByteArray, QByteArray>> &headers);
    void clear() { m_values.clear(); }

    // Every candidate value of key (the whole value first, then its comma-separated parts), or
    // nullptr when the call does not carry the key.
    const QStringList *values(const QString &key) const;
    bool contains(const QString &key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QHash<QString, QStringList> m_values;
};

} // namespace dcsdesk
