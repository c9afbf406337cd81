#include "requesttext.h"

#include "domain/profile.h"
#include "domain/region.h"

namespace dcsdesk {
namespace RequestText {

bool parseRegion(const QString &text, int *id)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0) {
        *id = Profile::SandboxRegion;
        return true;
    }
    bool ok = false;
    const int number = t.toInt(&ok);
    if (ok) {
        const DcsRegion *r = DcsRegion::find(number);
        if (r && !r->host.isEmpty()) {
            *id = number;
            return true;
        }
        return false;
    }
    for (const DcsRegion &r : DcsRegion::all()) {
        if (r.host.isEmpty())
            continue;
        if (r.code.compare(t, Qt::CaseInsensitive) == 0 ||
            r.host.compare(t, Qt::CaseInsensitive) == 0) {
            *id = r.id;
            return true;
        }
    }
    return false;
}

bool parseDeclaredId(const QString &text, DeclaredId::Kind kind, DeclaredId *out)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return false;
    DeclaredId d;
    d.kind = kind;
    d.ns = text.left(colon);
    d.id = text.mid(colon + 1);
    const qsizetype last = d.id.lastIndexOf(QLatin1Char(':'));
    if (last > 0) {
        const QString state = d.id.mid(last + 1).toLower();
        int value = -1;
        if (state == QLatin1String("0") || state == QLatin1String("unknown"))
            value = DeclaredId::Unknown;
        else if (state == QLatin1String("1") || state == QLatin1String("authenticated"))
            value = DeclaredId::Authenticated;
        else if (state == QLatin1String("2") || state == QLatin1String("logged_out"))
            value = DeclaredId::LoggedOut;
        if (value >= 0) {
            d.authState = value;
            d.id.truncate(last);
        }
    }
    *out = d;
    return true;
}

} // namespace RequestText
} // namespace dcsdesk
