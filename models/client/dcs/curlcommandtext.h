#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dcsdesk {

// What people paste is rarely one clean POSIX command line: a shell comment or shebang above
// it, Chrome's "Copy as cURL (cmd)" with ^ escapes and ^ line ends, PowerShell's ` line ends,
// a second command on the next line, a pipe into jq. This turns such a paste into the first
// curl command's text for ShellQuote::split, and says in notes what it set aside.
class CurlCommandText
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::CurlCommandText)

public:
    static QString firstCommand(const QString &pasted, QStringList *notes);
    // Cuts words at a shell operator (|, ||, &&, ;, &): what follows is another command.
    static QStringList wordsBeforeOperator(const QStringList &words, QStringList *notes);
};

} // namespace dcsdesk
