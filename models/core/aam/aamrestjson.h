#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <vector>

// Lenient readers of the values Audience Manager's REST objects hold, shared by the reader of
// destinations, mappings and segments: the documentation writes the same field as a number or as
// text ("2048", 2048), null for an empty string, status as "ACTIVE", "active" or 1.
namespace dcsdesk::aamrest {

QString key(const char *k);
// Integers may come as numbers or as strings ("2048" in requests, 2048 in responses).
bool readInteger(const QJsonValue &v, qint64 *out);
bool readBool(const QJsonValue &v, bool *out);
// Strings may be null ("delimiter": null) or, in hand-made files, numbers.
bool readString(const QJsonValue &v, QString *out);
// "YYYY-MM-DD" as documented; an ISO date-time or epoch milliseconds are accepted too.
bool readDate(const QJsonValue &v, QDate *out);
bool isActiveStatus(const QJsonValue &v);
// A value as it was written, shortened for a message.
QString shortJson(const QJsonValue &v);

struct DuplicateKey
{
    QString key;
    qsizetype offset = 0;
};
// Every key repeated within one object. QJsonDocument keeps the last value silently; the review
// says which keys were repeated so a user can check the file.
std::vector<DuplicateKey> duplicateKeys(const QByteArray &bytes);

} // namespace dcsdesk::aamrest
