#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dcsdesk {

// One expectation a saved request's answer must meet ("segment 1001 qualifies", "aam_gpt
// contains 1001"), stored with the request in the workspace (docs/workspace-format.md). A check
// is its kind plus the parameters that kind reads; the JSON object it came from is kept whole, so
// a kind or key of a newer version survives a load and save unchanged and is reported, not run.
// Values stay plain data (no {{variables}} resolved here), so environments can be added later
// in front of the evaluation.
struct Check
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::Check)

public:
    enum class Kind {
        Unknown,              // a kind this version does not know: kept, reported, never run
        HttpStatus,           // "status": equals
        NoErrors,             // "noErrors"
        ErrorCodes,           // "errorCodes": codes (exactly these, in any order)
        SegmentsQualified,    // "segmentsQualified": ids
        SegmentsNotQualified, // "segmentsNotQualified": ids
        UrlDestination,       // "urlDestination": fired, match, value
        CookieDestination,    // "cookieDestination": name, fired, match, value
        Uuid,                 // "uuid": present, or equals
        DcsRegion,            // "dcsRegion": present, or equals
        AnswerTime,           // "answerTime": underMs
        Header                // "header": name (present)
    };
    // How a destination's value (cookie value, URL) is compared with `value`.
    enum class Match { Contains, Equals, Regex };

    Kind kind = Kind::Unknown;
    int status = 200;    // HttpStatus
    QVector<int> codes;  // ErrorCodes
    QVector<qint64> ids; // Segments*
    bool fired = true;   // UrlDestination, CookieDestination
    QString name;        // CookieDestination: cookie name; Header: header name
    Match match = Match::Contains;
    QString value;          // destinations: pattern (empty: any); Uuid: expected uuid
    bool hasRegion = false; // DcsRegion: equals given
    int region = 0;         // DcsRegion
    int underMs = 0;        // AnswerTime
    QJsonObject json;       // as read; unknown kinds and keys are written back from it
    QString problem;        // translated: a parameter of the wrong type (not run), or empty

    static QString kindKey(Kind kind);           // stable, as in the file
    static Kind kindFromKey(const QString &key); // Unknown for a key this version lacks
    static QStringList kindKeys();               // every known kind, in the order above
    static QString matchKey(Match match);

    // Lenient like DcsRequest: missing keys take defaults; *error names a wrong type.
    static Check fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const; // keys of json kept; only the kind's own keys written

    // Translated, one line: what the check expects ("Segment 1001 qualifies").
    QString describe() const;

private:
    QString describeDestination() const;
};

} // namespace dcsdesk
