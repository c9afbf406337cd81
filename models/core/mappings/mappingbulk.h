#pragma once

#include "workspace/changeset.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace dcsdesk {

// The bulk actions of the mapping editor as pure functions from the workspace to a ChangeSet, so
// that each is one undo step, the CLI and tests can run them, and no widget decides what a value
// becomes. Linear in the number of mappings touched.
class MappingBulk
{
public:
    // Placeholders of a value pattern: {sid}, {code} (integration code), {name} (segment name),
    // {value} and {second} (the mapping's current values). Unknown text is kept as written.
    static QString expandPattern(const QString &pattern, const SegmentMapping &mapping,
                                 const Segment *segment);
    static QStringList placeholders();

    // The pattern new mappings of a destination start with, from its auto-fill setting: {sid} or
    // {code}; a non-serialized URL destination puts it into its URL template in place of %ALIAS%.
    // Empty when the destination does not auto-fill.
    static QString defaultValuePattern(const Destination &destination);

    struct AddOptions
    {
        QString valuePattern;
        QString secondValuePattern; // multi-key cookies: the value of the key
        QDate startDate;            // invalid = today
        QDate endDate;              // invalid = never
        int priority = 0;           // cookie destinations; 0 = none
        bool skipMapped = true;     // leave out segments the destination already maps
    };
    // What new mappings of a destination start with unless the user says otherwise (Add
    // Segments' fields as they open, a pasted list of segments): the auto-fill pattern, {sid}
    // as the value of a multi-key cookie's key, today, no end, no priority.
    static AddOptions defaultAddOptions(const Destination &destination);
    // New mappings of the given segments to a destination; IDs continue the workspace's. They
    // start on options.startDate, else today (the real today when that is invalid too).
    static ChangeSet addSegments(const Workspace &workspace, qint64 destinationId,
                                 const QVector<qint64> &sids, const AddOptions &options,
                                 const QDate &today);

    // What a bulk edit sets; fields left empty stay as they are on each mapping.
    struct Edit
    {
        std::optional<QString> valuePattern;
        std::optional<QString> secondValuePattern;
        std::optional<QDate> startDate;
        std::optional<QDate> endDate; // an invalid date sets "never"
        std::optional<int> priority;
        bool isEmpty() const
        {
            return !valuePattern && !secondValuePattern && !startDate && !endDate && !priority;
        }
    };
    static ChangeSet edit(const Workspace &workspace, const QVector<qint64> &mappingIds,
                          const Edit &edit);

    static ChangeSet remove(const QVector<qint64> &mappingIds);
};

} // namespace dcsdesk
