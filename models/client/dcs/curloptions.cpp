#include "curloptions.h"

#include <QHash>

namespace dcsdesk {

namespace {

struct CurlOptionEntry
{
    const char *spellings; // "-s --silent"
    bool takesValue;
};

const CurlOptionEntry kCurlOptions[] = {
#include "curloptiontable.inc"
};

const QHash<QString, bool> &curlOptionTable()
{
    static const QHash<QString, bool> byName = [] {
        QHash<QString, bool> out;
        for (const CurlOptionEntry &e : kCurlOptions) {
            for (const QString &name : QString::fromLatin1(e.spellings).split(QLatin1Char(' ')))
                out.insert(name, e.takesValue);
        }
        return out;
    }();
    return byName;
}

} // namespace

bool CurlOptions::find(const QString &spelling, bool *takesValue)
{
    const auto it = curlOptionTable().constFind(spelling);
    if (it == curlOptionTable().cend())
        return false;
    if (takesValue)
        *takesValue = it.value();
    return true;
}

} // namespace dcsdesk
