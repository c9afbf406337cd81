#pragma once

#include <QString>

namespace dcsdesk {

// The name a screen reader says for a field that a label names from afar (a label that cannot be
// its buddy, or a check box that switches it): the label's words without the mnemonic '&' and
// the closing colon, "&Rule:" → "Rule", French "Règle :" → "Règle".
inline QString accessibleNameFromLabel(const QString &label)
{
    QString name;
    name.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char('&') && i + 1 < label.size())
            ++i; // "&&" is a literal '&'; "&x" is the mnemonic of x
        name.append(label.at(i));
    }
    name = name.trimmed();
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0xFF1A)))
        name = name.chopped(1).trimmed();
    return name;
}

} // namespace dcsdesk
