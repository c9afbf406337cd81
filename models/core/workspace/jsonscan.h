#pragma once

#include <QByteArray>
#include <QString>

namespace dcsdesk {

// Checks QJsonDocument cannot make: QJsonObject silently keeps one of two equal keys, which in a
// hand-edited or badly merged workspace would drop data without a word.
struct JsonPosition
{
    int line = 1;
    int column = 1;
};

JsonPosition jsonPositionOf(const QByteArray &bytes, qsizetype offset);

// Returns true and fills key/offset for the first object that repeats a key. Expects valid JSON.
bool findDuplicateJsonKey(const QByteArray &bytes, QString *key, qsizetype *offset);

} // namespace dcsdesk
