#pragma once

#include "firing/firecontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace dcsdesk {

// Whether a URL the DCS answered is the one a destination's template gives for the same
// segments. A plain string comparison cannot say: %rnd% and %timestamp% differ on every call,
// the DCS may list a serialized destination's segment values in another order, and may encode
// the same character differently. So the URL is compared part by part - the address, then each
// query parameter by name - on decoded text; cache-busting macros (%rnd%, %timestamp%) and the
// consent macros the DCS fills from the page (${GDPR}, ${GDPR_CONSENT_n}) match any value (the
// parameter must still be there), %http_proto% matches http or https, a serialized %ALIAS% list
// matches the same values in any order, and everything else must be equal. Each difference is
// named, so "Match" means match.
class FiredUrlMatch
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::FiredUrlMatch)

public:
    struct Expected
    {
        QString urlTemplate;  // the destination's (or mapping's) URL, macros unexpanded
        QStringList aliases;  // what %ALIAS% stands for: the segment values, in firing order
        QString delimiter;    // how a serialized destination joins them; empty: one value
        FireContext context;  // the values of the other macros
    };

    // Translated differences between the URL the template gives and actual; empty when they
    // match.
    static QStringList differences(const Expected &expected, const QString &actual);
};

} // namespace dcsdesk
