#include "curlimport.h"

#include "calls/dcsencoding.h"
#include "curlcommandtext.h"
#include "curloptions.h"
#include "dcsqueryreader.h"
#include "dcsrequestbuilder.h"
#include "dcsrequestchecker.h"
#include "domain/region.h"
#include "shellquote.h"
#include "system/colontext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dcsdesk {

namespace {

enum class Opt {
    Method,
    Header,
    Data,
    DataRaw,
    DataUrlEncode,
    Url,
    Get,
    UserAgent,
    Referer,
    Cookie,
    Head,
    Location,
    Insecure,
    Http2,
    Output,
    IgnoredValue,
    Unsupported,
    UnsupportedValue
};

struct OptionSpec
{
    const char *names; // space-separated spellings
    Opt opt;
};

// Output and transport flags that do not change what is sent are accepted without a note.
const OptionSpec kOptions[] = {
    {"-X --request", Opt::Method},
    {"-H --header", Opt::Header},
    {"-d --data --data-ascii --data-binary", Opt::Data},
    {"--data-raw", Opt::DataRaw},
    {"--data-urlencode", Opt::DataUrlEncode},
    {"--url", Opt::Url},
    {"-G --get", Opt::Get},
    {"-A --user-agent", Opt::UserAgent},
    {"-e --referer", Opt::Referer},
    {"-b --cookie", Opt::Cookie},
    {"-I --head", Opt::Head},
    {"-L --location", Opt::Location},
    {"-k --insecure", Opt::Insecure},
    {"--http2 --http2-prior-knowledge --http3", Opt::Http2},
    {"-s --silent -S --show-error -i --include -v --verbose --compressed -f --fail "
     "--fail-with-body -g --globoff --http1.1 --http1.0 -# --progress-bar -N --no-buffer -4 "
     "--ipv4 -q --disable --no-progress-meter -O --remote-name",
     Opt::Output},
    {"-o --output -w --write-out -m --max-time --connect-timeout --retry --retry-delay "
     "--retry-max-time -c --cookie-jar --stderr --trace --trace-ascii -D --dump-header",
     Opt::IgnoredValue},
    {"-6 --ipv6 -Z --parallel -n --netrc", Opt::Unsupported},
    {"-u --user -x --proxy -F --form --form-string -T --upload-file --json --cacert --capath "
     "-E --cert --key --resolve --connect-to -r --range --oauth2-bearer -U --proxy-user "
     "--data-binary-file",
     Opt::UnsupportedValue},
};

bool lookup(const QString &name, Opt *opt)
{
    for (const OptionSpec &spec : kOptions) {
        const QStringList names = QString::fromLatin1(spec.names).split(QLatin1Char(' '));
        if (names.contains(name)) {
            *opt = spec.opt;
            return true;
        }
    }
    return false;
}

bool takesValue(Opt opt)
{
    switch (opt) {
    case Opt::Method:
    case Opt::Header:
    case Opt::Data:
    case Opt::DataRaw:
    case Opt::DataUrlEncode:
    case Opt::Url:
    case Opt::UserAgent:
    case Opt::Referer:
    case Opt::Cookie:
    case Opt::IgnoredValue:
    case Opt::UnsupportedValue:
        return true;
    default:
        return false;
    }
}

QString stripMarkdown(QString text)
{
    text = text.trimmed();
    static const QRegularExpression fence(QStringLiteral("^```[A-Za-z]*\\s*|\\s*```$"));
    text.remove(fence);
    while (text.startsWith(QLatin1Char('`')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('`')))
        text.chop(1);
    return text.trimmed();
}

// What curl's --data-urlencode puts on the wire (curl 7.88, checked by capture): everything but
// letters, digits and -._~ percent-encoded, a space as "+".
QString curlUrlEncode(const QString &value)
{
    QByteArray encoded = value.toUtf8().toPercentEncoding();
    encoded.replace("%20", "+");
    return QString::fromLatin1(encoded);
}

bool looksLikeHostHeader(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^host\\s*:\\s*\\S+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(word).hasMatch();
}

} // namespace

namespace {

// DCS Desk sends a signal as it encodes it; where that is not the pasted bytes (curl's "+"
// for a space, a lower-case %2c, an unneeded escape) the signal is kept as pasted ("As typed",
// DcsSignal::raw), so the wire carries what curl would send, and the note says which.
void keepPastedBytes(const QByteArray &given, DcsRequest *request, QStringList *notes)
{
    const PreparedRequest sent = DcsRequestBuilder::prepare(Profile(), *request);
    QHash<QString, QByteArray> sentByKey;
    for (const PreparedParam &param : sent.params)
        sentByKey.insert(param.key, param.encoded);
    QStringList kept;
    for (const QByteArray &piece : given.split('&')) {
        const qsizetype eq = piece.indexOf('=');
        if (piece.isEmpty() || eq <= 0)
            continue;
        QByteArray key = piece.left(eq);
        key.replace('+', ' ');
        const QString decodedKey = QString::fromUtf8(QByteArray::fromPercentEncoding(key));
        const auto it = sentByKey.constFind(decodedKey);
        if (it == sentByKey.cend() || it.value() == piece)
            continue;
        for (DcsSignal &s : request->signalList) {
            if (s.key == decodedKey && !s.raw) {
                s.raw = true;
                s.key = QString::fromUtf8(piece.left(eq));
                s.values = QStringList{QString::fromUtf8(piece.mid(eq + 1))};
                kept.append(s.key);
                break;
            }
        }
    }
    if (!kept.isEmpty())
        notes->append(CurlImport::tr("Kept exactly as pasted (“As typed”), because DCS Desk would "
                                     "encode the same values with other bytes: %1.")
                          .arg(QLocale().createSeparatedList(kept)));
}

} // namespace

Profile CurlImport::Result::applyTo(const Profile &base) const
{
    Profile p = base;
    if (!alias.isEmpty())
        p.alias = alias;
    if (!baseUrl.isEmpty()) {
        p.customBaseUrl = baseUrl;
    } else if (regionId != Profile::SandboxRegion) {
        p.regionId = regionId;
        p.customBaseUrl.clear();
    }
    return p;
}

CurlImport::Result CurlImport::parse(const QString &command)
{
    return parse(command, false);
}

CurlImport::Result CurlImport::parseUrl(const QString &url)
{
    return parse(QStringLiteral("curl ") + ShellQuote::quote(url.trimmed()), true);
}

CurlImport::Result CurlImport::parseParts(const QString &method, const QString &url,
                                          const QVector<QPair<QString, QString>> &headers,
                                          const QString &body)
{
    // The words the shell would have made of the command, so nothing needs quoting.
    QStringList words;
    if (!method.isEmpty())
        words << QStringLiteral("-X") << method;
    for (const auto &h : headers) {
        words << QStringLiteral("-H")
              << (h.second.isEmpty() ? h.first + QLatin1Char(';')
                                     : h.first + QStringLiteral(": ") + h.second);
    }
    if (!body.isEmpty())
        words << QStringLiteral("--data-raw") << body;
    words << QStringLiteral("--url") << url.trimmed();
    Result result;
    parseWords(words, true, result);
    return result;
}

CurlImport::Result CurlImport::parse(const QString &command, bool fromUrl)
{
    Result result;
    const QString first = CurlCommandText::firstCommand(stripMarkdown(command), &result.notes);
    const ShellQuote::SplitResult split = ShellQuote::split(first);
    if (!split.error.isEmpty()) {
        result.error = tr("The command cannot be read: %1").arg(ColonText::continued(split.error));
        return result;
    }
    QStringList words = split.words;
    if (!words.isEmpty() &&
        (words.first() == QLatin1String("$") || words.first() == QLatin1String("%")))
        words.removeFirst();
    if (!words.isEmpty() &&
        (words.first() == QLatin1String("curl") || words.first() == QLatin1String("curl.exe") ||
         words.first().endsWith(QLatin1String("/curl"))))
        words.removeFirst();
    words = CurlCommandText::wordsBeforeOperator(words, &result.notes);
    if (words.isEmpty()) {
        result.error = tr("The command is empty: paste a cURL command with a DCS URL.");
        return result;
    }
    parseWords(words, fromUrl, result);
    return result;
}

void CurlImport::parseWords(QStringList words, bool fromUrl, Result &result)
{
    QString method;
    QStringList urls;
    QStringList dataParts;
    bool get = false;
    QVector<QPair<QString, QString>> headers;
    QStringList namedHeaders; // lower-case names the command sets or removes
    bool compressed = false;

    const auto addHeader = [&headers, &namedHeaders, &result](const QString &line,
                                                               const QString &option) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype semicolon = line.indexOf(QLatin1Char(';'));
        const qsizetype nameEnd = colon > 0 ? colon : semicolon;
        if (nameEnd > 0)
            namedHeaders.append(line.left(nameEnd).trimmed().toLower());
        if (colon <= 0) {
            if (line.endsWith(QLatin1Char(';'))) // curl's "-H 'X;'" sends an empty header
                headers.append({line.chopped(1).trimmed(), QString()});
            else
                result.notes.append(
                    tr("%1 %2 is not a “Name: value” header and was ignored.").arg(option, line));
            return;
        }
        const QString value = line.mid(colon + 1).trimmed();
        if (value.isEmpty()) // curl removes a header given as "Name:"
            return;
        headers.append({line.left(colon).trimmed(), value});
    };

    for (int i = 0; i < words.size(); ++i) {
        const QString word = words.at(i);
        if (word.startsWith(QLatin1Char('-')) && word.size() > 1 && word != QLatin1String("--")) {
            QString name = word;
            QString attached;
            bool hasAttached = false;
            Opt opt;
            if (!word.startsWith(QLatin1String("--")) && word.size() > 2 && !lookup(word, &opt)) {
                // As curl reads them: "-sSX POST" is -s -S -X POST and "-XPOST" is -X POST —
                // flags up to the first that takes a value, which takes the rest of the word.
                QStringList expanded;
                bool allKnown = true;
                for (qsizetype k = 1; k < word.size(); ++k) {
                    const QString one = QStringLiteral("-") + word.at(k);
                    bool value = false;
                    if (!CurlOptions::find(one, &value)) {
                        allKnown = false;
                        break;
                    }
                    expanded.append(one);
                    if (value) {
                        if (k + 1 < word.size())
                            expanded.append(word.mid(k + 1));
                        break;
                    }
                }
                if (allKnown) {
                    words.removeAt(i);
                    for (qsizetype k = 0; k < expanded.size(); ++k)
                        words.insert(i + k, expanded.at(k));
                    --i;
                    continue;
                }
            } else if (word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('='))) {
                const qsizetype eq = word.indexOf(QLatin1Char('='));
                Opt o;
                if (lookup(word.left(eq), &o) && takesValue(o)) {
                    name = word.left(eq);
                    attached = word.mid(eq + 1);
                    hasAttached = true;
                }
            }
            if (!lookup(name, &opt)) {
                bool value = false;
                if (name == QLatin1String("--next") || name == QLatin1String("-:")) {
                    result.notes.append(tr("%1 starts another request; only the first was "
                                           "imported.")
                                            .arg(name));
                    result.unknownOptions.append(words.mid(i).join(QLatin1Char(' ')));
                    break;
                }
                if (!CurlOptions::find(name, &value)) {
                    result.unknownOptions.append(word);
                    result.notes.append(tr("%1 is not a curl option; it was ignored.").arg(word));
                } else if (value && !hasAttached && i + 1 < words.size()) {
                    result.unknownOptions.append(word + QLatin1Char(' ') + words.at(++i));
                } else {
                    result.unknownOptions.append(word);
                }
                continue;
            }
            QString value;
            if (takesValue(opt)) {
                if (hasAttached) {
                    value = attached;
                } else if (i + 1 < words.size()) {
                    value = words.at(++i);
                } else {
                    result.error = tr("The option %1 needs a value.").arg(name);
                    return;
                }
            }
            switch (opt) {
            case Opt::Method:
                method = value.toUpper();
                break;
            case Opt::Header:
                addHeader(value, name);
                break;
            case Opt::Data:
                if (value.startsWith(QLatin1Char('@'))) {
                    result.unknownOptions.append(name + QLatin1Char(' ') + value);
                    result.notes.append(tr("%1 %2 reads a file, which DCS Desk cannot see; paste "
                                           "the data itself instead.")
                                            .arg(name, value));
                } else {
                    dataParts.append(value);
                }
                break;
            case Opt::DataRaw:
                dataParts.append(value);
                break;
            case Opt::DataUrlEncode: {
                const qsizetype eq = value.indexOf(QLatin1Char('='));
                const qsizetype at = value.indexOf(QLatin1Char('@'));
                if (at >= 0 && (eq < 0 || at < eq)) {
                    result.unknownOptions.append(name + QLatin1Char(' ') + value);
                    result.notes.append(tr("%1 %2 reads a file, which DCS Desk cannot see; paste "
                                           "the data itself instead.")
                                            .arg(name, value));
                } else if (eq < 0) {
                    dataParts.append(curlUrlEncode(value));
                } else if (eq == 0) {
                    dataParts.append(curlUrlEncode(value.mid(1)));
                } else {
                    dataParts.append(value.left(eq) + QLatin1Char('=') +
                                     curlUrlEncode(value.mid(eq + 1)));
                }
                break;
            }
            case Opt::Url:
                urls.append(value);
                break;
            case Opt::Get:
                get = true;
                break;
            case Opt::UserAgent:
                namedHeaders.append(QStringLiteral("user-agent"));
                headers.append({QStringLiteral("User-Agent"), value});
                break;
            case Opt::Referer:
                headers.append({QStringLiteral("Referer"), value});
                break;
            case Opt::Cookie:
                if (value.contains(QLatin1Char('='))) {
                    headers.append({QStringLiteral("Cookie"), value});
                } else {
                    result.unknownOptions.append(name + QLatin1Char(' ') + value);
                    result.notes.append(tr("%1 %2 reads cookies from a file, which DCS Desk "
                                           "cannot see; give the cookies as name=value.")
                                            .arg(name, value));
                }
                break;
            case Opt::Head:
                result.unknownOptions.append(name);
                result.notes.append(tr("%1 sends a HEAD request; the DCS takes GET or POST, so "
                                       "the call is imported as GET.")
                                        .arg(name));
                break;
            case Opt::Location:
                result.notes.append(tr("%1 (follow redirects) is not used: DCS Desk shows a "
                                       "redirect instead of following it.")
                                        .arg(name));
                break;
            case Opt::Insecure:
                result.notes.append(tr("%1 (ignore TLS errors) is not used: DCS Desk shows TLS "
                                       "errors and never ignores them.")
                                        .arg(name));
                break;
            case Opt::Http2:
                result.notes.append(tr("%1 is not used: DCS Desk uses HTTP/1.1 so that the Host "
                                       "header reaches the DCS as given.")
                                        .arg(name));
                break;
            case Opt::Output:
                compressed = compressed || name == QLatin1String("--compressed");
                break;
            case Opt::IgnoredValue:
                result.notes.append(tr("%1 %2 only changes how curl runs and is not part of the "
                                       "request; it was ignored.")
                                        .arg(name, value));
                break;
            case Opt::Unsupported:
                result.unknownOptions.append(name);
                break;
            case Opt::UnsupportedValue:
                result.unknownOptions.append(name + QLatin1Char(' ') + value);
                break;
            }
            continue;
        }
        if (looksLikeHostHeader(word)) {
            addHeader(word, QStringLiteral("Host"));
            continue;
        }
        urls.append(word);
    }

    // What curl 7.88 asks for with --compressed, unless the command names its own.
    if (compressed && !namedHeaders.contains(QLatin1String("accept-encoding")))
        headers.append({QStringLiteral("Accept-Encoding"), QStringLiteral("deflate, gzip, br, zstd")});

    if (urls.isEmpty()) {
        result.error = tr("No URL found: the command needs the DCS address, such as "
                          "https://usw2.demdex.net/event?d_rtbd=json");
        return;
    }
    for (int i = 1; i < urls.size(); ++i)
        result.unknownOptions.append(urls.at(i));
    if (urls.size() > 1)
        result.notes.append(tr("Only the first URL is imported; the others are listed as not "
                               "imported."));

    // Split the URL by hand: QUrl would rewrite a badly encoded query, and that is exactly what
    // the user needs to see.
    QString url = urls.first().trimmed();
    result.url = url;
    if (!url.contains(QLatin1String("://"))) {
        const bool local = url.startsWith(QLatin1String("localhost")) ||
                           url.startsWith(QLatin1String("127.")) ||
                           url.startsWith(QLatin1String("[::1]"));
        url.prepend(local ? QStringLiteral("http://") : QStringLiteral("https://"));
        result.notes.append(tr("The URL has no scheme; %1 is assumed.")
                                .arg(local ? QStringLiteral("http") : QStringLiteral("https")));
    }
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        url.truncate(hash);
    qsizetype question = url.indexOf(QLatin1Char('?'));
    // An ID sync's pairs follow "/ibs:" (DcsEndpoint): a "?" among them, as in a redir URL,
    // belongs to a value, and the path is /ibs.
    const qsizetype pathStart = url.indexOf(QLatin1Char('/'), url.indexOf(QLatin1String("://")) + 3);
    const qsizetype idSync = pathStart < 0 ? -1 : url.indexOf(QLatin1String("/ibs:"), pathStart);
    qsizetype pairsStart = question >= 0 ? question + 1 : -1;
    if (idSync >= 0 && (question < 0 || idSync < question)) {
        question = idSync + 4;
        pairsStart = idSync + 5;
    }
    const QString beforeQuery = question >= 0 ? url.left(question) : url;
    const QByteArray query = pairsStart >= 0 ? url.mid(pairsStart).toUtf8() : QByteArray();
    const QUrl parsed(beforeQuery, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        result.error = tr("“%1” is not an http:// or https:// URL.").arg(urls.first());
        return;
    }
    const QString host = parsed.host().toLower();
    QString path = parsed.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");

    // Method and pairs: the URL's query first, then the data (POST body, or query with -G).
    QByteArray data = dataParts.join(QLatin1Char('&')).toUtf8();
    const bool hadData = !dataParts.isEmpty();
    const bool json = std::any_of(dataParts.cbegin(), dataParts.cend(), [](const QString &d) {
        return d.startsWith(QLatin1Char('{')) || d.startsWith(QLatin1Char('['));
    });
    if (json) {
        result.notes.append(tr("The body “%1” is JSON, not the key=value pairs the DCS reads; it "
                               "was not imported, so the call is sent without it.")
                                .arg(QString::fromUtf8(data.left(80))));
        result.unknownOptions.append(QStringLiteral("--data ") + QString::fromUtf8(data.left(80)));
        data.clear();
        dataParts.clear();
    } else {
        // A bare "123" is a key without a value: curl sends "123", DCS Desk sends "123=".
        QStringList bare;
        for (const QString &part : std::as_const(dataParts)) {
            for (const QString &piece : part.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
                if (!piece.contains(QLatin1Char('=')))
                    bare.append(piece.left(40));
            }
        }
        if (!bare.isEmpty())
            result.notes.append(tr("In the body, %1 has no “=”: it is sent as a key with an empty "
                                   "value (“%2=”).",
                                   nullptr, int(bare.size()))
                                    .arg(QLocale().createSeparatedList(bare), bare.first()));
    }
    if (method.isEmpty())
        method = hadData && !get ? QStringLiteral("POST") : QStringLiteral("GET");
    if (get && method == QLatin1String("POST"))
        method = QStringLiteral("GET");
    if (method != QLatin1String("GET") && method != QLatin1String("POST")) {
        result.notes.append(
            tr("The DCS takes GET or POST; the %1 request is imported as GET.").arg(method));
        result.unknownOptions.append(QStringLiteral("-X ") + method);
        method = QStringLiteral("GET");
    }
    DcsQueryReader::Result read;
    read.request.jsonVersion.clear();
    read.request.rtbdJson = false;
    DcsQueryReader::readInto(query, read);
    if (!data.isEmpty())
        DcsQueryReader::readInto(data, read);
    if (!query.isEmpty() && !data.isEmpty() && method == QLatin1String("POST"))
        result.notes.append(tr("The URL's query and the POST body are merged; DCS Desk sends all "
                               "pairs in the body."));
    result.notes.append(read.notes);
    result.badEncoding = read.badEncoding;
    result.request = read.request;
    result.request.method =
        method == QLatin1String("POST") ? DcsRequest::Method::Post : DcsRequest::Method::Get;
    result.request.path = path;
    keepPastedBytes(query + '&' + data, &result.request, &result.notes);

    // Headers: Host becomes the alias; headers DCS Desk manages itself are dropped with a note.
    QString hostHeader;
    for (const auto &h : std::as_const(headers)) {
        const QString lower = h.first.toLower();
        if (lower == QLatin1String("host")) {
            hostHeader = h.second.trimmed();
        } else if (lower == QLatin1String("content-type")) {
            const QString form = QStringLiteral("application/x-www-form-urlencoded");
            if (!h.second.startsWith(form, Qt::CaseInsensitive))
                result.notes.append(tr("Content-Type %1 is replaced by "
                                       "application/x-www-form-urlencoded, the only body the DCS "
                                       "reads.")
                                        .arg(h.second));
            else if (h.second.trimmed().size() > form.size())
                result.notes.append(tr("Content-Type is sent as %1, without “%2”.")
                                        .arg(form, h.second.trimmed().mid(form.size())));
        } else if (DcsRequestChecker::isManagedHeader(h.first)) {
            result.notes.append(
                tr("The %1 header is set by DCS Desk and was left out.").arg(h.first));
        } else {
            result.request.headers.append(DcsHeader{h.first, h.second, true});
        }
    }

    // What curl adds on its own and DCS Desk does not: said, so that nobody expects it.
    if (!fromUrl && !namedHeaders.contains(QLatin1String("user-agent")))
        result.notes.append(tr("curl would send User-Agent: curl/…; DCS Desk sends its own "
                               "User-Agent. Add a User-Agent header to send another."));
    if (!fromUrl && !namedHeaders.contains(QLatin1String("accept")))
        result.notes.append(tr("curl would also send Accept: */*; DCS Desk sends no Accept "
                               "header unless you add one."));

    const DcsRegion *region = DcsRegion::findByHost(host);
    const QString demdexSuffix = QStringLiteral(".demdex.net");
    const bool defaultPort =
        parsed.port() < 0 || (scheme == QLatin1String("https") && parsed.port() == 443);
    if (region && scheme == QLatin1String("https") && defaultPort) {
        result.regionId = region->id;
    } else {
        QUrl base;
        base.setScheme(scheme);
        base.setHost(parsed.host());
        base.setPort(parsed.port());
        result.baseUrl = base.toString();
        if (host.endsWith(demdexSuffix) && host.count(QLatin1Char('.')) == 2 &&
            host != QLatin1String("dpm.demdex.net") && host != QLatin1String("www.demdex.net") &&
            host != QLatin1String("dcs-beta.demdex.net")) {
            if (hostHeader.isEmpty())
                result.alias = host.chopped(demdexSuffix.size());
            result.notes.append(tr("The URL uses the alias as host name (browser style). For a "
                                   "server-to-server call choose the DCS region the user belongs "
                                   "to."));
        }
    }
    if (!hostHeader.isEmpty()) {
        const QString lowerHost = hostHeader.toLower();
        if (lowerHost.endsWith(demdexSuffix) && lowerHost.count(QLatin1Char('.')) == 2) {
            result.alias = hostHeader.chopped(demdexSuffix.size());
        } else {
            result.alias = hostHeader;
            result.notes.append(tr("The Host header “%1” is not <alias>.demdex.net; it is kept as "
                                   "the alias, check it in the profile.")
                                    .arg(hostHeader));
        }
    }
    if (result.badEncoding)
        result.notes.append(tr("The call contains a % that is not followed by two hex digits: "
                               "the DCS ignores such a request (error 311). The value is kept as "
                               "given."));
    result.ok = true;
}

} // namespace dcsdesk
