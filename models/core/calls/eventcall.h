#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// A DCS /event call taken apart the way the DCS reads it (domain.md §1.2, §1.6): the key-value
// pairs of the query string and, for a form POST, of the body, percent-decoded strictly so that a
// bad escape can void the whole call (error 311).
struct EventCall
{
    struct Param
    {
        QString key;
        QString value;
    };

    QVector<Param> params; // query first, then the body, in the order sent
    QString
        badParameterKey; // key of the first badly encoded pair (decoded leniently); empty if none
    bool hasBadEncoding = false;
    bool bodyNotForm = false; // a POST body that is not application/x-www-form-urlencoded

    // The query string, then the body when its Content-Type is a form (or absent).
    static EventCall parse(const QByteArray &query, const QByteArray &body,
                           const QByteArray &contentType);
    // Adds the pairs of one query string or form body.
    void addPairs(const QByteArray &raw);

    QString value(const QString &key) const; // the first value, or a null QString
    QStringList values(const QString &key) const;
    bool has(const QString &key) const;

    // application/x-www-form-urlencoded decoding with DcsEncoding's rules: '+' is a space and
    // '%' must be followed by two hex digits. Returns false (with a lenient decoding in out) on a
    // bad escape.
    static bool decode(const QByteArray &raw, QString *out);
};

} // namespace dcsdesk
