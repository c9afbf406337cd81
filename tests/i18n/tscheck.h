#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace dcsdesk::test {

// Checks a Qt Linguist catalogue the way CI needs: nothing unfinished, empty or obsolete, no
// placeholder (%1, %n) or mnemonic (&) dropped or changed, nothing left in English unless allowed.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<TsMessage> readTs(const QString &path, QString *error);
// Problems of one catalogue, one line each ("context | source: what is wrong").
QStringList checkTs(const QList<TsMessage> &messages, const QSet<QString> &sameAsEnglishAllowed);
// Messages that differ between two catalogues by (context, source, comment).
QStringList compareMessageSets(const QList<TsMessage> &expected, const QList<TsMessage> &actual);

} // namespace dcsdesk::test
