#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace dcsdesk {

struct HarNameValue
{
    QString name;
    QString value;
};

struct HarCookie
{
    QString name;
    QString value;
    QString domain;
    QString path;
    QDateTime expires; // invalid for a session cookie
    bool httpOnly = false;
    bool secure = false;
};

// One request and its answer as the browser saved them (HAR 1.2 "entries"). The response body
// stays in the file until asked for (HarCapture::responseBody), so a capture of 200 MB is not
// copied into 50,000 strings.
struct HarEntry
{
    enum class Kind { Event, IdSync, IdService, DestinationPage, OptOut, Other };

    int index = 0; // position in the file, from 0
    QDateTime started;
    double timeMs = -1;
    QString method;
    QString url;
    QString httpVersion;
    QVector<HarNameValue> requestHeaders;
    QVector<HarCookie> requestCookies;
    QString postMimeType;
    QString postText;
    int status = 0; // 0: no answer (blocked, failed, cancelled)
    QString statusText;
    QVector<HarNameValue> responseHeaders;
    QVector<HarCookie> responseCookies;
    QString mimeType;
    qint64 contentSize = -1;
    QString serverIp;
    Kind kind = Kind::Other;
    bool audienceManager = false; // host is *.demdex.net or one of the given aliases

    // The capture kept the answer's body (browsers and Playwright can save without them).
    bool bodySaved() const { return m_bodyOffset >= 0; }
    QString host() const;
    QString path() const;
    static QString kindName(Kind kind); // translated: "/event", "ID sync (/ibs)", …

private:
    friend class HarCapture;
    friend class HarEntryParser;
    qint64 m_bodyOffset = -1; // the JSON string token of response.content.text, in the file
    qsizetype m_bodyLength = 0;
    bool m_bodyBase64 = false;
};

} // namespace dcsdesk

// Moved by memcpy when the entry list grows (every member is a relocatable Qt value).
Q_DECLARE_TYPEINFO(dcsdesk::HarNameValue, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dcsdesk::HarCookie, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(dcsdesk::HarEntry, Q_RELOCATABLE_TYPE);

namespace dcsdesk {

struct HarSource;

// A HAR file as Chrome, Chromium, Firefox and Playwright save it: read in one pass, entry by
// entry (HarStreamReader), every entry listed with the Audience Manager calls marked; the file is
// not kept in memory, bodies are read from it when asked for. Bad input — not JSON, cut short,
// not a HAR, HAR 1.1, invalid UTF-8 — gets a message that says what is wrong and what to do.
// No widgets and no network: the view, the CLI and tests share it. Copies share the entries and
// the open file, so a capture read on a worker thread moves to the UI thread for nothing.
class HarCapture
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HarCapture)

public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false; // the progress callback said stop: nothing was read
        QString error;          // translated, with what to do
        QStringList notes;      // translated remarks (an older version, skipped entries)
    };
    // Called after each piece read (about 1 MB), from the reading thread; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // aliases: the customer's CNAME hosts (from the profiles) that also count as Audience Manager.
    // bytes are kept (shared, not copied) for the bodies; a file stays open for them.
    Result read(const QByteArray &bytes, const QStringList &aliases = {},
                const Progress &progress = {});
    Result readFile(const QString &path, const QStringList &aliases = {},
                    const Progress &progress = {});

    const QVector<HarEntry> &entries() const { return m_entries; }
    QString version() const { return m_version; }
    QString creator() const { return m_creator; }
    int audienceManagerCount() const;
    // Hosts of the capture with their number of entries, most first: what a capture without
    // Audience Manager calls did contain.
    QVector<QPair<QString, int>> hosts() const;

    // The answer's body as the server sent it (base64 decoded); empty when the HAR omitted it.
    QByteArray responseBody(const HarEntry &entry) const;

    static HarEntry::Kind kindOf(const QString &path);
    static bool isAudienceManagerHost(const QString &host, const QStringList &aliases);

    // The messages HarStreamReader gives (the whole input is looked at only when it is wrong).
    static QString cannotOpen(const QString &path, const QString &why);
    static Result cancelledResult();
    static Result readResult(const QString &version); // ok, with a note for another version
    // bytes: the whole input without byte order mark; notHar: the JSON is not shaped as a HAR;
    // parserError: simdjson's words when it could not read an entry.
    static Result errorFor(const QByteArray &bytes, bool notHar, const QString &parserError);

private:
    Result finish(const Result &read, const class HarStreamReader &reader,
                  QSharedPointer<HarSource> source);

    QSharedPointer<HarSource> m_source; // the bytes or the open file the bodies are read from
    QVector<HarEntry> m_entries;
    QString m_version;
    QString m_creator;
};

} // namespace dcsdesk
