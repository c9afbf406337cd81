#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace dcsdesk {

// A segment of the account's catalogue: what mappings point at and what the sandbox qualifies
// users for (through its rule). Plain value type so the document can copy it into undo commands.
struct Segment
{
    enum Field { Sid, Name, Description, IntegrationCode, Active, Rule, FieldCount };

    qint64 sid = 0;
    QString name;
    QString description;
    QString integrationCode;
    bool active = true;
    QString rule;
    QJsonObject unknownKeys; // kept on a round trip so newer files lose nothing
    QJsonObject remote;      // the REST segment object as last imported or pulled (see Destination)

    QVariant field(int f) const;
    void setField(int f, const QVariant &value);
    qint64 key() const { return sid; }

    bool operator==(const Segment &o) const;
    bool operator!=(const Segment &o) const { return !(*this == o); }
};

} // namespace dcsdesk
