#pragma once

#include <QString>
#include <QStringList>

namespace dcsdesk {

// POSIX shell quoting both ways: quote() for "copy as cURL" (single quotes, which a shell takes
// literally), split() for commands people paste (single, double and $'...' quotes, backslash
// escapes and line continuations, also the Windows cmd '^' continuation).
class ShellQuote
{
public:
    static QString quote(const QString &word);

    struct SplitResult
    {
        QStringList words;
        QString error; // translated; empty when the command was split
    };
    static SplitResult split(const QString &command);
};

} // namespace dcsdesk
