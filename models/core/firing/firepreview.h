#pragma once

#include "destinationfiring.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace dcsdesk {

struct Workspace;

// The destination editor's "what fires" preview, computed with DestinationFiring (the sandbox's
// own implementation) for a sample user who qualifies for some segments. Segments that the
// destination does not map yet get the value its auto-fill setting would give them, so a new
// destination can be previewed before it has any mapping.
class FirePreview
{
public:
    struct SampleSegment
    {
        enum class Origin { Mapped, AutoFill, Expired, Future, NoValue };
        qint64 sid = 0;
        QString name; // from the catalogue, may be empty
        Origin origin = Origin::Mapped;
        QString value; // what the segment contributes (mapping value or auto-filled value)
    };

    struct Result
    {
        QVector<SampleSegment> segments; // in the order asked for
        FireResult fired;                // what the destination sends, as configured
        // The same segments with Serialize switched the other way, when that can be computed.
        std::optional<FireResult> alternate;
        QString alternateNote; // translated: why there is no alternate form
        QStringList warnings;  // translated, of both forms, without repeats
    };

    // Its mapped segments, in mapping order (each segment once); for a destination without
    // mappings, the first three active segments of the catalogue.
    static QVector<qint64> defaultSampleSids(const Workspace &workspace, qint64 destinationId);
    // Sample macro values: the first profile's default user ID, a fixed cache buster, etc.
    static FireContext sampleContext(const Workspace &workspace);

    static Result compute(const Workspace &workspace, const Destination &destination,
                          const QVector<qint64> &sampleSids, const FireContext &context,
                          const QDate &today);
};

} // namespace dcsdesk
