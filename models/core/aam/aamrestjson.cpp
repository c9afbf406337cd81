#include "aamrestjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace dcsdesk::aamrest {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

bool readInteger(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) != d || std::abs(d) > 9.0e15)
            return false;
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            *out = n;
        return ok;
    }
    return false;
}

bool readBool(const QJsonValue &v, bool *out)
{
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble()) {
        *out = v.toDouble() != 0;
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1")) {
            *out = true;
            return true;
        }
        if (s == QLatin1String("false") || s == QLatin1String("0")) {
            *out = false;
            return true;
        }
    }
    return false;
}

bool readString(const QJsonValue &v, QString *out)
{
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (v.isNull()) {
        out->clear();
        return true;
    }
    if (v.isDouble()) {
        qint64 n = 0;
        *out = readInteger(v, &n) ? QString::number(n) : QString::number(v.toDouble());
        return true;
    }
    return false;
}

bool readDate(const QJsonValue &v, QDate *out)
{
    if (v.isNull()) {
        *out = QDate();
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty()) {
            *out = QDate();
            return true;
        }
        QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid())
            return false;
        *out = d;
        return true;
    }
    qint64 ms = 0;
    if (readInteger(v, &ms)) {
        *out = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        return true;
    }
    return false;
}

bool isActiveStatus(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isBool())
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s.isEmpty() || s == QLatin1String("active") || s == QLatin1String("1");
}

QString shortJson(const QJsonValue &v)
{
    QString text = QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

std::vector<DuplicateKey> duplicateKeys(const QByteArray &bytes)
{
    struct Level
    {
        bool isObject;
        bool expectingKey;
        std::vector<QByteArrayView> keys;
    };
    std::vector<DuplicateKey> out;
    std::vector<Level> stack;
    const char *data = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (data[i]) {
        case '{':
            stack.push_back({true, true, {}});
            break;
        case '[':
            stack.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectingKey = true;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < n && data[j] != '"') {
                if (data[j] == '\\')
                    ++j;
                ++j;
            }
            if (!stack.empty() && stack.back().isObject && stack.back().expectingKey) {
                const QByteArrayView k(data + start, std::min(j, n) - start);
                Level &level = stack.back();
                bool seen = false;
                for (const QByteArrayView &previous : level.keys)
                    seen = seen || previous == k;
                if (seen)
                    out.push_back({QString::fromUtf8(k), start - 1});
                else
                    level.keys.push_back(k);
                level.expectingKey = false;
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return out;
}

} // namespace dcsdesk::aamrest
