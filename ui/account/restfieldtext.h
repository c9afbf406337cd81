#pragma once

#include "aam/aamdiff.h"
#include "workspace/changeset.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <array>

class QTableWidget;

namespace dcsdesk {

// Words for Audience Manager's REST keys and values in the account review. The exact key stays
// visible (engineers search the API's documentation and logs for it); a label beside it tells a
// new user what it is. Times the API gives as milliseconds since 1970 are shown as a local date
// and time, the number kept for the tooltip.
class RestFieldText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::RestFieldText)

public:
    // "Name (name)"; the key alone when it has no label.
    static QString fieldCell(EntityKind kind, const QString &key);
    static QString label(EntityKind kind, const QString &key); // translated; empty when unknown
    // True for the keys whose numbers are milliseconds since the epoch (createTime, updateTime).
    static bool isEpochTime(const QString &key);
    // A time key's number as a local date and time; empty for anything else.
    static QString localTime(const QString &key, const QJsonValue &value);
    // A value as JSON writes it (quoted strings, exact numbers), "(absent)" for a missing key.
    static QString jsonText(const QJsonValue &value);
    // One row of the review's field table: the label with the exact REST key, the three values
    // (last pulled, workspace, account; a time as a local date and time with the number in the
    // tooltip) and the side that changed.
    static void setFieldRow(QTableWidget *table, int row, EntityKind kind, const QString &key,
                            const std::array<QJsonValue, 3> &values, const QString &change);
    // A row for the keys one edit changed the same way: "Mapping value (key or URL)
    // (traitAlias, url, secureUrl)". Qt::UserRole holds the first key, KeysRole all of them.
    static void setFieldRow(QTableWidget *table, int row, EntityKind kind, const QStringList &keys,
                            const std::array<QJsonValue, 3> &values, const QString &change);
    static constexpr int KeysRole = Qt::UserRole + 1;

    // The review's rows of an object's differing fields, as lists of REST keys: one key each,
    // except the keys Audience Manager keeps one value in (a serialized URL destination's
    // mapping value: traitAlias, url, secureUrl), which share a row when they differ alike.
    static QVector<QStringList> fieldRows(EntityKind kind, const QVector<AamDiff::Field> &fields);
    // Says that one edit changes these keys (a row of fieldRows), all of which are sent.
    static QString oneEditNote(const QStringList &keys);
};

} // namespace dcsdesk
