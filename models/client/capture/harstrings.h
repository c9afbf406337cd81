#pragma once

#include <QByteArray>
#include <QHash>
#include <QVector>

namespace dcsdesk {

// Every string value of a JSON file with where it is (its key path, its entry, its "name" and
// "encoding" siblings) and its exact place in the bytes. The masker rewrites a HAR through it: a
// changed string is spliced back where it was and everything else — key order, numbers, spacing —
// stays byte for byte as the browser wrote it, which a QJsonDocument round trip would not keep.
class HarStrings
{
public:
    struct Span
    {
        qsizetype offset = 0; // the opening quote
        qsizetype length = 0; // including both quotes
        int path = -1;        // index in paths(): "log.entries.request.headers.value"
        int entry = -1;       // index in log.entries, -1 outside them
        int object = -1;      // the enclosing object in objects(), -1 in an array
    };
    struct Object
    {
        int nameSpan = -1;     // its "name" string, if any
        int encodingSpan = -1; // its "encoding" string, if any
    };

    // Expects valid JSON (HarCapture::read checked it); false with an offset when it is not.
    bool scan(const QByteArray &json, qsizetype *errorOffset = nullptr);

    const QVector<Span> &spans() const { return m_spans; }
    const QVector<QByteArray> &paths() const { return m_paths; }
    const QVector<Object> &objects() const { return m_objects; }
    qsizetype logObjectOffset() const { return m_logOffset; } // the "{" of "log", -1 if none
    int logCommentSpan() const { return m_logComment; }

    QByteArray value(const Span &span) const;      // unescaped, UTF-8
    QByteArray nameOf(const Span &span) const;     // the sibling "name", or empty
    QByteArray encodingOf(const Span &span) const; // the sibling "encoding", or empty

    static QByteArray unescape(const char *begin, const char *end);
    static QByteArray quote(const QByteArray &utf8); // a JSON string token

private:
    bool parseValue(int depth);
    bool parseString(qsizetype *end);
    int internPath();

    QByteArray m_bytes;
    qsizetype m_pos = 0;
    QVector<QByteArray> m_keys; // the key path to the current value
    QVector<Span> m_spans;
    QVector<QByteArray> m_paths;
    QHash<QByteArray, int> m_pathIds;
    QVector<Object> m_objects;
    int m_entry = -1;
    qsizetype m_logOffset = -1;
    int m_logComment = -1;
};

} // namespace dcsdesk
