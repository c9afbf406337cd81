#include "checkvariables.h"

#include "system/colontext.h"

#include <QRegularExpression>

namespace dcsdesk {

QVector<Check> CheckVariables::resolve(const QVector<Check> &checks,
                                       const VariableResolver &resolver, QStringList *errors)
{
    QVector<Check> out;
    out.reserve(checks.size());
    for (const Check &original : checks) {
        Check c = original;
        if (c.kind == Check::Kind::Unknown || !c.problem.isEmpty() ||
            (!VariableResolver::hasVariables(c.value) &&
             !VariableResolver::hasVariables(c.name))) {
            out.append(c);
            continue;
        }
        VariableResolution resolution;
        QString value = c.value;
        if (c.match == Check::Match::Regex) {
            // A value stands for itself inside a pattern: "{{golfFan}}.*" matches that user.
            QString pattern;
            qsizetype from = 0;
            auto it = VariableResolver::variablePattern().globalMatch(value);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                pattern += value.mid(from, m.capturedStart() - from);
                pattern +=
                    QRegularExpression::escape(resolver.substitute(m.captured(), &resolution));
                from = m.capturedEnd();
            }
            pattern += value.mid(from);
            value = pattern;
        } else {
            value = resolver.substitute(value, &resolution);
        }
        const QString name = resolver.substitute(c.name, &resolution);
        QStringList lines = resolution.errors();
        for (const VariableUse &use : std::as_const(resolution.used)) {
            if (use.secret)
                lines.append(tr("The secret variable {{%1}} cannot be used in a check: the "
                                "check's outcome shows the value it expects. Use a plain "
                                "variable.")
                                 .arg(use.name));
        }
        if (lines.isEmpty()) {
            c.value = value;
            c.name = name;
        } else {
            c.problem = lines.join(QLatin1Char(' '));
            if (errors) {
                for (const QString &line : std::as_const(lines))
                    errors->append(
                        tr("Check “%1”: %2").arg(original.describe(), ColonText::continued(line)));
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace dcsdesk
