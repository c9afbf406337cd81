#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace dcsdesk {

// Workspace file format v2 (docs/workspace-format.md): one JSON document, keys sorted, one line
// per field for profiles, segments and destinations and one line per mapping, so that a change of
// one field changes one line in a diff. Reading is strict about the types of known keys and keeps
// unknown keys; older versions are migrated. A workspace without REST snapshots ("remote") is
// written as version 1, which older DCS Desk versions still open for writing. Writing is in
// workspaceserializer.cpp, reading (simdjson) in workspacejsonreader.cpp.
class WorkspaceSerializer
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::WorkspaceSerializer)

public:
    static constexpr const char *FormatTag = "dcsdesk-workspace";

    struct ReadResult
    {
        bool ok = false;
        Workspace workspace;
        QString error; // translated, says what is wrong and where
        int line = 0;  // 1-based, 0 when not known
        int column = 0;
        int fileVersion = 0;
        bool newerVersion = false; // parsed, but written by a newer DCS Desk: open read-only
        bool migrated = false;     // an older version was upgraded in memory
    };

    static QByteArray toJson(const Workspace &workspace);
    static bool write(const Workspace &workspace, QIODevice *device, QString *error);
    static ReadResult fromJson(const QByteArray &bytes);

    // Single-object conversions, shared with import code.
    static QJsonObject segmentToJson(const Segment &s);
    static QJsonObject destinationToJson(const Destination &d);
    static QJsonObject mappingToJson(const SegmentMapping &m);
    static QJsonObject profileToJson(const Profile &p);

    // 2 when a segment, destination or mapping holds a REST snapshot ("remote"), else 1.
    static int formatVersionFor(const Workspace &workspace);

    // The data-export label keys of a destination, in bit order.
    static const QStringList &labelKeys();
};

} // namespace dcsdesk
