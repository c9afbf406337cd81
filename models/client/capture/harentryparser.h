#pragma once

#include "harcapture.h"

#include <memory>
#include <string>

namespace dcsdesk {

// One HAR value at a time parsed with simdjson on demand (an entry, log.version, log.creator):
// what HarStreamReader hands over. Keeps the parser's buffers between entries, and the bytes of
// the last entry so its body can be read while it is handed over.
class HarEntryParser
{
public:
    explicit HarEntryParser(bool shareStrings = true);
    ~HarEntryParser();

    // value: the entry's bytes (padded here for simdjson); offset: where it starts in the file.
    // False when the entry is not JSON simdjson can read (the caller finds the exact fault).
    bool parseEntry(std::string &value, qint64 offset, const QStringList &aliases, HarEntry &e);
    QString lastError() const; // simdjson's words for why parseEntry failed
    static QString parseVersion(std::string &value);
    static QString parseCreator(std::string &value);

    // The body of the entry parsed last, when entry is that one.
    QByteArray responseBody(const HarEntry &entry) const;
    // A response.content.text token (a JSON string with its quotes) unescaped, base64 decoded.
    static QByteArray bodyOfToken(const char *token, qsizetype length, bool base64);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dcsdesk
