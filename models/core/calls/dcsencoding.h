#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// The percent-encoding rules of a DCS call (domain.md §1.6) in one place, shared by the request
// builder, the cURL importer and the sandbox: every key and every value is encoded on its own,
// serialized values are joined with a bare ',' and the parts of a declared ID with a bare %01.
class DcsEncoding
{
public:
    // A key=value pair exactly as it appears in a query string or form body, still encoded.
    struct RawPair
    {
        QByteArray key;
        QByteArray value;
        bool hasValue = false; // "k=" and "k" differ on the wire
    };

    // UTF-8, then every byte except A-Z a-z 0-9 - . _ ~ as %XX (upper-case hex).
    static QByteArray encode(const QString &text);
    static QByteArray encodeValues(const QStringList &values);
    // <namespace>%01<user ID>[%01<auth state>]; each part encoded before the join.
    static QByteArray encodeDeclaredId(const QString &ns, const QString &id, int authState);

    // Decodes %XX (and '+' as a space when plusIsSpace). Returns false when a '%' is not followed
    // by two hex digits or the bytes are not UTF-8; *out is then left empty.
    static bool decode(const QByteArray &encoded, QString *out, bool plusIsSpace = true);

    // Offsets of every '%' not followed by two hex digits: what the DCS rejects with error 311.
    static QVector<qsizetype> badPercentOffsets(const QByteArray &encoded);
    // Characters that must be percent-encoded in a query but are not (space, quotes, non-ASCII,
    // control characters ...). '%' is judged by badPercentOffsets instead.
    static QString unencodedCharacters(const QByteArray &encoded);
    // True when the text already contains %XX sequences, i.e. encoding it again changes meaning.
    static bool looksPercentEncoded(const QString &text);

    static QVector<RawPair> splitQuery(const QByteArray &query);
    // Splits on a bare %01 (either hex case); the parts stay encoded.
    static QList<QByteArray> splitDeclaredId(const QByteArray &encodedValue);
};

} // namespace dcsdesk
