#pragma once

#include <QHash>
#include <QString>

namespace dcsdesk {

// The values the DCS knows when it answers a call and that URL destination macros refer to
// (domain.md §6.1). The sandbox fills it from the call; the destination editor's preview fills
// it from editable samples. rnd and timestamp are fixed when set, so a preview is repeatable.
struct FireContext
{
    QString uuid;                                // %did%
    QString mcid;                                // %mcid%
    int regionId = 7;                            // %region%
    QString httpProto = QStringLiteral("https"); // %http_proto%
    qint64 timestamp = -1;                       // %timestamp%; -1 = now
    QString rnd;                                 // %rnd%; empty = a new random number per expansion
    QHash<QString, QString> declaredIds;         // %dpid_<data source id>% -> declared user ID
    QString gdpr = QStringLiteral("0");          // ${GDPR}
    QString gdprConsent;                         // ${GDPR_CONSENT_<vendor id>}
};

} // namespace dcsdesk
