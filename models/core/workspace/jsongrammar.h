#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dcsdesk {

// RFC 8259's grammar, checked byte by byte, for the files a user edits by hand: simdjson refuses
// what is not JSON but cannot say where, and QJsonDocument says where but accepts what is not
// JSON (an escape such as \d, a control character in a string, 01, a trailing comma), which
// would silently change what the file says. check() finds the first violation, with its offset
// and the reason in the user's language. Invalid UTF-8 is a violation (RFC 8259 §8.1).
class JsonGrammar
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::JsonGrammar)

public:
    static constexpr int MaxDepth = 512; // nesting deeper than this is refused, not recursed

    // True when bytes hold exactly one JSON value (with optional whitespace around it).
    static bool check(const QByteArray &bytes, qsizetype *errorOffset = nullptr,
                      QString *reason = nullptr);
};

} // namespace dcsdesk
