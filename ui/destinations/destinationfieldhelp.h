#pragma once

#include "domain/destination.h"

#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

// What each Destination Builder field means, in the words of Audience Manager's Destination
// Builder, with an example value: the tooltips of the destination editor. In one place, so the
// editor's layout code stays about layout and a field's help reads the same wherever it shows.
class DestinationFieldHelp
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::DestinationFieldHelp)

public:
    // The help of a Destination::Field; the type matters for fields that URL and cookie
    // destinations both have but use differently (Serialize). Empty for fields without help.
    static QString toolTip(int field, Destination::Type type);
    static QString exportLabelToolTip(Destination::ExportLabel label);
    static QString categoryToolTip();
};

} // namespace dcsdesk
