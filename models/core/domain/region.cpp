#include "region.h"

#include "profile.h"

#include <QCoreApplication>

namespace dcsdesk {

QString DcsRegion::location() const
{
    return QCoreApplication::translate("DcsRegion", locationSource);
}

const QList<DcsRegion> &DcsRegion::all()
{
    static const QList<DcsRegion> regions = {
        {Profile::SandboxRegion, QString(), QStringLiteral("SANDBOX"),
         QT_TRANSLATE_NOOP("DcsRegion", "Local sandbox")},
        {3, QStringLiteral("apse.demdex.net"), QStringLiteral("APSE"),
         QT_TRANSLATE_NOOP("DcsRegion", "Southeast Asia (Singapore)")},
        {4, QStringLiteral("sae.demdex.net"), QStringLiteral("SAE"),
         QT_TRANSLATE_NOOP("DcsRegion", "South America (São Paulo, Brazil)")},
        {6, QStringLiteral("irl1.demdex.net"), QStringLiteral("IRL1"),
         QT_TRANSLATE_NOOP("DcsRegion", "Europe (Dublin, Ireland)")},
        {7, QStringLiteral("use.demdex.net"), QStringLiteral("USE"),
         QT_TRANSLATE_NOOP("DcsRegion", "US East (Virginia, USA)")},
        {8, QStringLiteral("apse2.demdex.net"), QStringLiteral("APSE2"),
         QT_TRANSLATE_NOOP("DcsRegion", "South Pacific / Oceania (Sydney, Australia)")},
        {9, QStringLiteral("usw2.demdex.net"), QStringLiteral("USW2"),
         QT_TRANSLATE_NOOP("DcsRegion", "US West (Oregon, USA)")},
        {11, QStringLiteral("tyo3.demdex.net"), QStringLiteral("TYO3"),
         QT_TRANSLATE_NOOP("DcsRegion", "Asia (Tokyo, Japan)")},
        {12, QStringLiteral("ind1.demdex.net"), QStringLiteral("IND1"),
         QT_TRANSLATE_NOOP("DcsRegion", "India")},
    };
    return regions;
}

const DcsRegion *DcsRegion::find(int id)
{
    for (const DcsRegion &r : all()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const DcsRegion *DcsRegion::findByHost(const QString &host)
{
    for (const DcsRegion &r : all()) {
        if (!r.host.isEmpty() && r.host.compare(host, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QString DcsRegion::displayName(int id)
{
    const DcsRegion *r = find(id);
    if (!r)
        return QCoreApplication::translate("DcsRegion", "Unknown region %1").arg(id);
    if (r->host.isEmpty())
        return r->location();
    return QCoreApplication::translate("DcsRegion", "%1 — %2").arg(r->location(), r->host);
}

QString DcsRegion::nameInLine(int id)
{
    if (id == Profile::SandboxRegion)
        return QCoreApplication::translate("DcsRegion", "local sandbox",
                                           "the region's name after a word, in lower case");
    return displayName(id);
}

} // namespace dcsdesk
