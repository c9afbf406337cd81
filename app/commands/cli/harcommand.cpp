#include "harcommand.h"

#include "capture/capturecall.h"
#include "capture/harcapture.h"
#include "capture/harstreamreader.h"
#include "clitext.h"
#include "dcs/aamcookies.h"
#include "dcs/dcsresponsedecoder.h"
#include "harmaskcli.h"
#include "orderedbatches.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace dcsdesk {

namespace {

QString sizeText(const HarEntry &e)
{
    return e.contentSize >= 0 ? HarCommand::tr("%1 B").arg(e.contentSize) : QStringLiteral("—");
}

} // namespace

QString HarCommand::summary() const
{
    return tr("List the Audience Manager calls of a browser capture (HAR) and decode them.");
}

void HarCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("file"),
                                 tr("A HAR file saved by Chrome, Chromium, Firefox or Playwright."),
                                 tr("FILE"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("alias"),
                           tr("A host that is an Audience Manager CNAME alias of the site, e.g. "
                              "metrics.example.com (repeatable); *.demdex.net always counts."),
                           tr("host")));
    parser.addOption(QCommandLineOption(QStringLiteral("all"),
                                        tr("List every entry, not only Audience Manager calls.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("decode"), tr("Decode every listed call: keys, cookies and the answer.")));
    parser.addOption(QCommandLineOption(QStringLiteral("call"),
                                        tr("Decode only the call with this number in the list."),
                                        tr("number")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("mask"),
        tr("Write a copy for a support ticket with cookie values, user IDs, p_ values and "
           "credentials masked, and list what was masked."),
        tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("force"),
                                        tr("With --mask: replace the file if it exists.")));
}

QString HarCommand::decodedText(const HarEntry &entry, const QByteArray &body)
{
    QString text;
    QTextStream out(&text);
    QMap<QString, QStringList> byPrefix;
    for (const CaptureCall::KeyValue &pair : CaptureCall::keyValuesOf(entry))
        byPrefix[CaptureCall::prefixOf(pair.key)] << QStringLiteral("%1 = %2").arg(
            CaptureCall::printable(pair.key), CaptureCall::printable(pair.value));
    for (auto it = byPrefix.cbegin(); it != byPrefix.cend(); ++it) {
        out << (it.key().isEmpty() ? tr("Other keys") : tr("%1 keys").arg(it.key())) << '\n';
        for (const QString &line : it.value())
            out << "  " << line << '\n';
    }
    if (!entry.requestCookies.isEmpty()) {
        out << tr("Cookies sent") << '\n';
        out << CliText::cookies(
            AamCookies::decodeCookieHeader(CaptureCall::cookieHeaderOf(entry.requestCookies)));
    }
    if (!entry.responseCookies.isEmpty()) {
        out << tr("Cookies set") << '\n';
        for (const HarCookie &c : entry.responseCookies)
            out << "  " << c.name << '=' << c.value << "  "
                << (c.expires.isValid() ? tr("expires %1").arg(CliText::dateTime(c.expires))
                                        : tr("session cookie"))
                << (c.domain.isEmpty() ? QString() : QStringLiteral("  ") + c.domain) << '\n';
        out << CliText::cookies(
            AamCookies::decodeCookieHeader(CaptureCall::cookieHeaderOf(entry.responseCookies)));
    }
    if (entry.status == 0) {
        out << tr("No answer: the browser recorded no response (blocked, failed or canceled).")
            << '\n';
    } else if (!entry.bodySaved() && entry.contentSize > 0) {
        out << tr("HTTP %1. The capture did not save this answer's body (%2 bytes): save the "
                  "HAR again with its content to decode the answer.")
                   .arg(entry.status)
                   .arg(entry.contentSize)
            << '\n';
    } else {
        const DcsResponseDecoder::Expectation expect =
            DcsResponseDecoder::expectationFor(CaptureCall::requestOf(entry));
        const DcsResponse response = DcsResponseDecoder::decode(
            entry.status, CaptureCall::headerListOf(entry.responseHeaders), body, expect);
        out << CliText::response(response);
    }
    out.flush();
    return text;
}

QJsonObject HarCommand::entryJson(const HarEntry &e, const QByteArray &body, bool decode)
{
    QJsonObject o{{QStringLiteral("number"), e.index + 1},
                  {QStringLiteral("started"), e.started.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("timeMs"), e.timeMs},
                  {QStringLiteral("method"), e.method},
                  {QStringLiteral("url"), e.url},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("size"), double(e.contentSize)},
                  {QStringLiteral("audienceManager"), e.audienceManager}};
    static const char *const kinds[] = {"event", "ibs", "id", "dest5", "optout", "other"};
    o.insert(QStringLiteral("kind"), QLatin1String(kinds[int(e.kind)]));
    if (decode) {
        const DcsRequest request = CaptureCall::requestOf(e);
        o.insert(QStringLiteral("request"), request.toJson());
        QJsonArray sent;
        for (const auto &c :
             AamCookies::decodeCookieHeader(CaptureCall::cookieHeaderOf(e.requestCookies)))
            sent.append(AamCookies::toJson(c));
        o.insert(QStringLiteral("cookiesSent"), sent);
        QJsonArray set;
        for (const HarCookie &c : e.responseCookies)
            set.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("value"), c.value},
                                   {QStringLiteral("domain"), c.domain},
                                   {QStringLiteral("expires"), c.expires.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("cookiesSet"), set);
        o.insert(QStringLiteral("bodySaved"), e.bodySaved());
        if (e.status > 0 && (e.bodySaved() || e.contentSize <= 0))
            o.insert(QStringLiteral("response"),
                     DcsResponseDecoder::decode(e.status,
                                                CaptureCall::headerListOf(e.responseHeaders), body,
                                                DcsResponseDecoder::expectationFor(request))
                         .toJson());
    }
    return o;
}

QString HarCommand::entryText(const HarEntry &e, const QByteArray &body, bool decode, bool json)
{
    if (json) {
        const QByteArray object = QJsonDocument(entryJson(e, body, decode)).toJson();
        QByteArray indented;
        indented.reserve(object.size() + object.size() / 4);
        qsizetype from = 0;
        const qsizetype end = object.size() - 1; // without its last newline
        while (from < end) {
            const qsizetype nl = object.indexOf('\n', from);
            if (nl < 0 || nl >= end) {
                indented.append(object.constData() + from, end - from);
                break;
            }
            indented.append(object.constData() + from, nl + 1 - from).append(8, ' ');
            from = nl + 1;
        }
        return QString::fromUtf8(indented);
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(e.index + 1, 4)
                       .arg(CliText::dateTime(e.started))
                       .arg(HarEntry::kindName(e.kind), -28)
                       .arg(e.status > 0 ? QString::number(e.status) : QStringLiteral("—"), 3)
                       .arg(sizeText(e), 9)
                       .arg(CliText::milliseconds(e.timeMs))
                       .arg(e.method + QLatin1Char(' ') + e.url);
    if (decode)
        text += decodedText(e, body) + QLatin1Char('\n');
    return text;
}

int HarCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return io.fail(ExitBadInput, tr("har takes one HAR file."));
    if (parser.isSet(QStringLiteral("mask")) || parser.isSet(QStringLiteral("force")))
        return HarMaskCli::run(io, parser, files.first());
    const bool all = parser.isSet(QStringLiteral("all"));
    int only = 0;
    bool onlyOk = true;
    if (parser.isSet(QStringLiteral("call"))) {
        only = parser.value(QStringLiteral("call")).toInt(&onlyOk);
        onlyOk = onlyOk && only >= 1;
    }
    const auto badCall = [&](int count) {
        return io.fail(ExitBadInput, tr("--call takes a number from 1 to %1, not “%2”.")
                                         .arg(count)
                                         .arg(parser.value(QStringLiteral("call"))));
    };
    if (!onlyOk)
        only = -1; // no entry: the message names the count, known once the file is read
    const bool decode = only > 0 || parser.isSet(QStringLiteral("decode"));

    // Each entry is printed (or written into the JSON "entries" array) as soon as it is read;
    // what needs the whole file (counts, hosts, notes) comes after the list.
    HarStreamReader reader(parser.values(QStringLiteral("alias")));
    reader.setShareStrings(false);
    QTextStream &out = io.out;
    int aam = 0;
    int listed = 0;
    int printed = 0;
    const bool json = io.json;
    const auto print = [&](const QString &text) {
        if (json)
            out << (printed == 0 ? "{\n    \"entries\": [\n        " : ",\n        ");
        out << text;
        ++printed;
    };
    OrderedBatches decoded(print);
    QHash<QString, int> hostCounts;
    const HarCapture::Result read = reader.readFile(files.first(), [&](HarEntry &e) {
        ++hostCounts[e.host()];
        if (e.audienceManager)
            ++aam;
        if (only ? only != e.index + 1 : !(all || e.audienceManager))
            return true;
        ++listed;
        if (!decode) {
            print(entryText(e, QByteArray(), false, json));
            return true;
        }
        decoded.add(
            [e, body = reader.responseBody(e), json] { return entryText(e, body, true, json); });
        return true;
    });
    decoded.finish();

    QVector<QPair<QString, int>> hosts;
    for (auto it = hostCounts.cbegin(); it != hostCounts.cend(); ++it)
        hosts.append({it.key(), it.value()});
    std::sort(hosts.begin(), hosts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (!read.ok && listed == 0)
        return io.fail(ExitBadInput, read.error);
    if (read.ok && (only < 0 || only > reader.entryCount()))
        return badCall(reader.entryCount());
    const int exitCode = !read.ok ? int(ExitBadInput) : aam > 0 ? int(ExitOk) : int(ExitFindings);

    if (io.json) {
        QJsonObject rest{{QStringLiteral("entryCount"), reader.entryCount()},
                         {QStringLiteral("audienceManagerCalls"), aam},
                         {QStringLiteral("exitCode"), exitCode}};
        if (read.ok) {
            QJsonArray hostArray;
            for (const auto &[host, count] : hosts)
                hostArray.append(QJsonObject{{QStringLiteral("host"), host},
                                             {QStringLiteral("entries"), count}});
            rest.insert(QStringLiteral("version"), reader.version());
            rest.insert(QStringLiteral("creator"), reader.creator());
            rest.insert(QStringLiteral("notes"), QJsonArray::fromStringList(read.notes));
            rest.insert(QStringLiteral("hosts"), hostArray);
        } else {
            // Cut off after some entries: those are above; the error says what is missing.
            rest.insert(
                QStringLiteral("error"),
                (read.error + QLatin1Char(' ') + readBefore(reader.entryCount())).simplified());
        }
        const QByteArray tail = QJsonDocument(rest).toJson();
        out << (listed == 0 ? QStringLiteral("{\n    \"entries\": [\n    ],\n")
                            : QStringLiteral("\n    ],\n"))
            << QString::fromUtf8(tail.mid(2)); // without its opening brace
        out.flush();
        return exitCode;
    }

    if (!read.ok) {
        out.flush();
        return io.fail(ExitBadInput,
                       read.error + QLatin1Char(' ') + readBefore(reader.entryCount()));
    }
    for (const QString &note : read.notes)
        out << note << '\n';
    out << tr("%n Audience Manager call(s) in %1 (%2 entries, HAR %3, %4).", nullptr, aam)
               .arg(files.first())
               .arg(reader.entryCount())
               .arg(reader.version(),
                    reader.creator().isEmpty() ? tr("unknown browser") : reader.creator())
        << '\n';
    if (aam == 0) {
        out << tr("No call in this capture went to an Audience Manager host (*.demdex.net or an "
                  "--alias). Its hosts:")
            << '\n';
        for (const auto &[host, count] : hosts)
            out << "  " << host << "  " << tr("%n entry(ies)", nullptr, count) << '\n';
        out << tr("If the site calls Audience Manager through its own host (a CNAME), name it "
                  "with --alias HOST.")
            << '\n';
    }
    out.flush();
    return exitCode;
}

QString HarCommand::readBefore(int entries)
{
    return tr(
        "Only the first %n entry(ies) could be read; the calls listed above come from them. The "
        "rest of the capture is missing.",
        nullptr, entries);
}

} // namespace dcsdesk
