#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QVector>

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
    qsizetype m_bodyOffset = -1; // the JSON string token of response.content.text
    qsizetype m_bodyLength = 0;
    bool m_bodyBase64 = false;
};

// A HAR file as Chrome, Chromium, Firefox and Playwright save it: read in one pass over the
// bytes (simdjson on demand), every entry listed with the Audience Manager calls marked. Bad
// input — not JSON, cut short, not a HAR, HAR 1.1, invalid UTF-8 — gets a message that says what
// is wrong and what to do. No widgets and no network: the view, the CLI and tests share it.
class HarCapture
{
    Q_DECLARE_TR_FUNCTIONS(dcsdesk::HarCapture)

public:
    struct Result
    {
        bool ok = false;
        QString error;     // translated, with what to do
        QStringList notes; // translated remarks (an older version, skipped entries)
    };

    // aliases: the customer's CNAME hosts (from the profiles) that also count as Audience Manager.
    Result read(const QByteArray &bytes, const QStringList &aliases = {});
    Result readFile(const QString &path, const QStringList &aliases = {});

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

private:
    QSharedPointer<const QByteArray> m_bytes; // the file, padded for simdjson
    QVector<HarEntry> m_entries;
    QString m_version;
    QString m_creator;
};

} // namespace dcsdesk
