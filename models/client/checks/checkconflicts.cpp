#include "checkconflicts.h"

#include <QSet>

namespace dcsdesk {

namespace {

bool sharesAnId(const QVector<qint64> &a, const QVector<qint64> &b)
{
    for (qint64 id : a) {
        if (b.contains(id))
            return true;
    }
    return false;
}

QSet<int> codeSet(const QVector<int> &codes)
{
    return QSet<int>(codes.cbegin(), codes.cend());
}

bool contradictOneWay(const Check &a, const Check &b)
{
    using Kind = Check::Kind;
    switch (a.kind) {
    case Kind::HttpStatus:
        return b.kind == Kind::HttpStatus && a.status != b.status;
    case Kind::SegmentsQualified:
        return b.kind == Kind::SegmentsNotQualified && sharesAnId(a.ids, b.ids);
    case Kind::NoErrors:
        return b.kind == Kind::ErrorCodes && !b.codes.isEmpty();
    case Kind::ErrorCodes:
        return b.kind == Kind::ErrorCodes && codeSet(a.codes) != codeSet(b.codes);
    case Kind::UrlDestination:
        return b.kind == Kind::UrlDestination && a.fired != b.fired && a.match == b.match &&
               a.value == b.value;
    case Kind::CookieDestination:
        return b.kind == Kind::CookieDestination && a.fired != b.fired && a.name == b.name &&
               a.match == b.match && a.value == b.value;
    case Kind::Uuid:
        return b.kind == Kind::Uuid && !a.value.isEmpty() && !b.value.isEmpty() &&
               a.value != b.value;
    case Kind::DcsRegion:
        return b.kind == Kind::DcsRegion && a.hasRegion && b.hasRegion && a.region != b.region;
    default:
        return false;
    }
}

} // namespace

bool CheckConflicts::contradict(const Check &a, const Check &b)
{
    if (!a.problem.isEmpty() || !b.problem.isEmpty())
        return false;
    return contradictOneWay(a, b) || contradictOneWay(b, a);
}

QVector<int> CheckConflicts::with(const QVector<Check> &existing, const Check &candidate)
{
    QVector<int> out;
    for (int i = 0; i < existing.size(); ++i) {
        if (contradict(existing.at(i), candidate))
            out.append(i);
    }
    return out;
}

} // namespace dcsdesk
