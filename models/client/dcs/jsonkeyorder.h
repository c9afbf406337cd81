#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace dcsdesk {

// QJsonObject sorts keys; a DCS answer is shown in the order the server sent it. This linear
// scan lists the members of a top-level JSON object with the byte span of each value, so the
// exact text of a value (a 38-digit number a double cannot hold, say) is also at hand.
struct JsonMember
{
    QString key;
    qsizetype valueOffset = 0;
    qsizetype valueLength = 0;
};

// Expects valid JSON (parse it first); returns an empty list when the text is not an object.
QVector<JsonMember> topLevelMembers(const QByteArray &json);

} // namespace dcsdesk
