#pragma once

#include "aamrestreader.h"
#include "workspace/changeset.h"

#include <QStringList>
#include <QVector>

namespace dcsdesk {

// What importing an AAM REST file would do to a workspace, computed before anything changes so
// the user can review it: every destination, mapping and segment is added, updated, left as it is
// or skipped with the reason. The ChangeSet is applied as one undo step.
class AamRestImportPlan
{
public:
    enum class Action { Add, Update, Unchanged, Skip };

    struct Options
    {
        // Segments referenced by imported mappings but missing from the catalogue: add them from
        // elementName / elementDescription, or import the mappings and let validation flag them.
        bool addMissingSegments = true;
        QDateTime now; // time stamp for changed destinations; current time when invalid
    };

    struct Row
    {
        Action action = Action::Skip;
        EntityKind kind = EntityKind::Destination;
        qint64 key = 0;           // destination ID, mapping ID or segment ID (0 when none yet)
        qint64 destinationId = 0; // for mapping rows: the destination they belong to
        QString title;            // translated, e.g. the destination's name
        QStringList reasons;      // translated: what changes, or why it is skipped
        QStringList findings;     // translated validation messages of the result
    };

    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
    };

    static AamRestImportPlan build(const Workspace &workspace, const AamRestReader::Result &file,
                                   const Options &options);

    const ChangeSet &changes() const { return m_changes; }
    // "title: reasons" of every skipped row, for a summary of what was not taken.
    QStringList skippedLines() const;
    const QVector<Row> &rows() const { return m_rows; }
    const QStringList &notes() const { return m_notes; }
    Counts counts(EntityKind kind) const;
    bool isEmpty() const { return m_changes.isEmpty(); }
    // "Import 3 destinations, 12 mappings and 2 segments" for the undo stack.
    QString undoText() const;

    static QString actionName(Action action);

private:
    ChangeSet m_changes;
    QVector<Row> m_rows;
    QStringList m_notes;
};

} // namespace dcsdesk
