#pragma once

#include <QString>

namespace dcsdesk {

// A tooltip of more than a line wraps only as rich text, and Qt then wraps it to a narrow column
// of many short lines. A short sentence stays plain (one line); a longer one becomes a block of a
// readable width. Its characters (&, <, %) show as written.
inline QString paragraphToolTip(const QString &plain)
{
    if (plain.size() <= 72)
        return plain;
    return QStringLiteral("<table width=\"420\"><tr><td>%1</td></tr></table>")
        .arg(plain.toHtmlEscaped());
}

} // namespace dcsdesk
