#include "firedurlmatch.h"

#include "firing/destinationfiring.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace dcsdesk {

namespace {

const QRegularExpression &macroPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("%([A-Za-z_]+(?:_[0-9]+)?|dpid_[0-9]+)%|\\$\\{(GDPR|GDPR_CONSENT_[0-9]+)\\}"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// One part of the template (the address, or a parameter's value) as a pattern over decoded text.
struct PartPattern
{
    QString regex;          // anchored
    bool hasAliasList = false;
    QString expectedText;   // what the part reads with the call's values, for messages
};

PartPattern patternOf(const QString &part, const FiredUrlMatch::Expected &expected)
{
    PartPattern out;
    const QString joined = expected.aliases.join(expected.delimiter);
    const bool aliasList = expected.aliases.size() > 1 && !expected.delimiter.isEmpty();
    out.regex = QStringLiteral("^");
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = macroPattern().globalMatch(part);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.regex += QRegularExpression::escape(decoded(part.mid(last, m.capturedStart() - last)));
        last = m.capturedEnd();
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("rnd") || name == QLatin1String("timestamp") ||
            !m.captured(2).isEmpty()) {
            // Cache busting, and the consent values the DCS takes from the page (the console
            // does not model them): any value, but the parameter must be there.
            out.regex += QStringLiteral(".*?");
        } else if (name == QLatin1String("http_proto")) {
            out.regex += QStringLiteral("https?"); // the page's protocol, which the DCS knows
        } else if (name == QLatin1String("alias") && aliasList && !out.hasAliasList) {
            out.regex += QStringLiteral("(.*?)");
            out.hasAliasList = true;
        } else {
            out.regex += QRegularExpression::escape(
                decoded(DestinationFiring::expandMacros(m.captured(0), joined, expected.context)));
        }
    }
    out.regex += QRegularExpression::escape(decoded(part.mid(last))) + QLatin1Char('$');
    out.expectedText = decoded(DestinationFiring::expandMacros(part, joined, expected.context));
    return out;
}

QString shown(const QStringList &values)
{
    QStringList sorted = values;
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(QStringLiteral(", "));
}

// Compares one part; appends what differs to `out`, naming the part with `what`.
void comparePart(const QString &templatePart, const QString &actualPart,
                 const FiredUrlMatch::Expected &expected, const QString &what, QStringList *out)
{
    const PartPattern pattern = patternOf(templatePart, expected);
    const QString actual = decoded(actualPart);
    const QRegularExpressionMatch m = QRegularExpression(pattern.regex).match(actual);
    if (!m.hasMatch()) {
        out->append(FiredUrlMatch::tr("%1: expected \u201C%2\u201D, the answer has \u201C%3\u201D.")
                        .arg(what, pattern.expectedText, actual));
        return;
    }
    if (!pattern.hasAliasList)
        return;
    QStringList got = m.captured(1).split(expected.delimiter);
    QStringList want = expected.aliases;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    if (got != want)
        out->append(FiredUrlMatch::tr("%1: the segment values should be %2, the answer has %3.")
                        .arg(what, shown(want), shown(got)));
}

struct SplitUrl
{
    QString address; // up to the query
    QList<QPair<QString, QString>> query; // raw (still encoded) names and values, in order
};

SplitUrl split(const QString &url)
{
    SplitUrl out;
    QString rest = url;
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        rest.truncate(hash);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    out.address = q < 0 ? rest : rest.left(q);
    if (q < 0)
        return out;
    for (const QString &pair : rest.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        out.query.append(eq < 0 ? qMakePair(pair, QString())
                                : qMakePair(pair.left(eq), pair.mid(eq + 1)));
    }
    return out;
}

} // namespace

QStringList FiredUrlMatch::differences(const Expected &expected, const QString &actualUrl)
{
    QStringList out;
    const SplitUrl want = split(expected.urlTemplate);
    const SplitUrl got = split(actualUrl);
    comparePart(want.address, got.address, expected, tr("Address"), &out);

    QVector<bool> used(got.query.size(), false);
    for (const auto &param : want.query) {
        const QString name = decoded(
            DestinationFiring::expandMacros(param.first, QString(), expected.context));
        int found = -1;
        for (int i = 0; i < got.query.size() && found < 0; ++i) {
            if (!used[i] && decoded(got.query[i].first) == name)
                found = i;
        }
        if (found < 0) {
            out.append(tr("Parameter %1 is missing.").arg(name));
            continue;
        }
        used[found] = true;
        comparePart(param.second, got.query[found].second, expected,
                    tr("Parameter %1").arg(name), &out);
    }
    for (int i = 0; i < got.query.size(); ++i) {
        if (!used[i])
            out.append(tr("Parameter %1 is not in the destination's URL.")
                           .arg(decoded(got.query[i].first)));
    }
    return out;
}

} // namespace dcsdesk
