#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace dcsdesk {

// JSON numbers arrive as doubles; casting one that is out of range or fractional to an
// integer is undefined behaviour (the fuzzers found 5e50 as a trait ID). Every reader of
// an ID or a count goes through here, so a value that is not a whole qint64 is refused
// and reported by the caller instead of being silently truncated.
inline std::optional<qint64> wholeNumberOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(d) || d != std::floor(d) || d < -limit || d >= limit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

// A number, or a string holding one, as AAM and the DCS both send IDs either way.
inline std::optional<qint64> idOf(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 id = v.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(id) : std::nullopt;
    }
    return wholeNumberOf(v);
}

} // namespace dcsdesk
