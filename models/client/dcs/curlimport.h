#pragma once

#include "dcsrequest.h"

#include <QCoreApplication>
#include <QUrl>

namespace dcsdesk {

// Reads a cURL command as people paste it (from a terminal, a browser's "copy as cURL", or the
// AAM docs' own `"Host:foo.demdex.net" "https://usw2.demdex.net/event?..."` form) into a
// DcsRequest plus the profile settings it implies: the alias from the Host header and the region
// from the regional host name. Options it does not know are reported, never silently dropped.
class CurlImport
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated, one line: why nothing could be imported

        DcsRequest request;
        QString alias;                         // from Host (or an <alias>.demdex.net URL host)
        int regionId = Profile::SandboxRegion; // from a regional host, else SandboxRegion
        QString baseUrl;                       // set when the host is not a regional DCS host
        QString url;                           // the URL as given

        QStringList unknownOptions; // options DCS Desk does not know, as written
        QStringList notes;          // translated: what was ignored, assumed or changed
        bool badEncoding = false;   // a bare '%': the DCS would answer error 311

        // The profile bits applied over a base profile (name, default user ID ... are kept).
        Profile applyTo(const Profile &base) const;
    };

    static Result parse(const QString &command);
    // A URL typed or pasted alone: read as curl would, without the notes on what curl itself
    // adds (User-Agent, Accept), since no curl command was given.
    static Result parseUrl(const QString &url);
    // A request another tool describes by its parts (a Postman or Bruno collection): read as the
    // same cURL command would be, without the notes on what curl itself adds. An empty body
    // sends none; a header with an empty value is sent empty.
    static Result parseParts(const QString &method, const QString &url,
                             const QVector<QPair<QString, QString>> &headers,
                             const QString &body);

private:
    static Result parse(const QString &command, bool fromUrl);
    static void parseWords(QStringList words, bool fromUrl, Result &result);
};

} // namespace dcsdesk
