#pragma once

#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

struct Destination;

// What each column of the segment mapping table holds, in the Destination Builder's words and
// with an example, for the destination's type: the column's header tooltip, which the table's
// editors show too.
class MappingColumnHelp
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::MappingColumnHelp)

public:
    // A MappingTableModel::Column; the destination may be null (no destination shown).
    static QString toolTip(int column, const Destination *destination);
    // The same as a header tooltip: a block of a readable width (rich text, which Qt would
    // otherwise wrap to a narrow column); empty for columns without help.
    static QString headerToolTip(int column, const Destination *destination);
};

} // namespace dcsdesk
