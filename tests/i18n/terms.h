#pragma once

#include "tscheck.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace dcsdesk::test {

// The glossary's banned wordings (docs/glossary.md, the ```banned-xx blocks): one term per concept
// is only kept if a test notices a catalogue drifting back to the other word.
struct BannedVariant
{
    QString term;      // the English term, e.g. "header"
    QString preferred; // the word the catalogue uses instead
    QString written;   // the variant as the glossary writes it
    QRegularExpression re;
};

struct TermHit
{
    QString context;
    QString source;
    QString translation;
    QString banned; // the variant as written in the glossary
    QString found;  // the text it matched
    QString preferred;
};

// "encabezado*" -> a case-insensitive, word-bounded pattern; "/…/" -> the regex as written.
QRegularExpression bannedPattern(const QString &written, QString *error);
// Language code -> its banned variants; *error names the first malformed line.
QHash<QString, QList<BannedVariant>> readBannedTerms(const QString &markdown, QString *error);
// Every finished translation (each numerus form) that uses a banned variant.
QList<TermHit> findBannedTerms(const QList<TsMessage> &messages,
                               const QList<BannedVariant> &banned);
QString describe(const TermHit &hit);

} // namespace dcsdesk::test
