#include "harcapture.h"

#include "calls/dcsendpoint.h"
#include "harentryparser.h"
#include "harstreamreader.h"
#include "system/utf8.h"
#include "workspace/jsongrammar.h"
#include "workspace/jsonscan.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace dcsdesk {

struct HarSource
{
    QByteArray bytes;            // read(): the input itself
    std::unique_ptr<QFile> file; // readFile(): the file, kept open
    QMutex mutex;                // bodies may be asked for from any thread
};

QString HarEntry::host() const
{
    return QUrl(url).host().toLower();
}

QString HarEntry::path() const
{
    return QUrl(url).path();
}

QString HarEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return HarCapture::tr("Event (/event)");
    case Kind::IdSync:
        return HarCapture::tr("ID sync (/ibs)");
    case Kind::IdService:
        return HarCapture::tr("ID service (/id)");
    case Kind::DestinationPage:
        return HarCapture::tr("Destination page (dest5.html)");
    case Kind::OptOut:
        return HarCapture::tr("Opt-out (/demoptout.jpg)");
    case Kind::Other:
        break;
    }
    return HarCapture::tr("Other");
}

HarEntry::Kind HarCapture::kindOf(const QString &path)
{
    // The DCS endpoints come from the table the console and the sandbox use; dest5.html is the
    // one page a browser loads that the console never sends.
    if (path.endsWith(QLatin1String("/dest5.html")))
        return HarEntry::Kind::DestinationPage;
    if (path.isEmpty())
        return HarEntry::Kind::Other;
    switch (DcsEndpoint::kindOf(path)) {
    case DcsEndpoint::Kind::Event:
        return HarEntry::Kind::Event;
    case DcsEndpoint::Kind::IdSync:
        return HarEntry::Kind::IdSync;
    case DcsEndpoint::Kind::IdService:
        return HarEntry::Kind::IdService;
    case DcsEndpoint::Kind::OptOut:
        return HarEntry::Kind::OptOut;
    case DcsEndpoint::Kind::Other:
        break;
    }
    return HarEntry::Kind::Other;
}

bool HarCapture::isAudienceManagerHost(const QString &host, const QStringList &aliases)
{
    const QString h = host.toLower();
    if (h == QLatin1String("demdex.net") || h.endsWith(QLatin1String(".demdex.net")))
        return true;
    return std::any_of(aliases.begin(), aliases.end(), [&](const QString &alias) {
        return !alias.isEmpty() && h == alias.toLower();
    });
}

QString HarCapture::cannotOpen(const QString &path, const QString &why)
{
    return tr("%1 cannot be read: %2.").arg(QFileInfo(path).fileName(), why);
}

HarCapture::Result HarCapture::cancelledResult()
{
    Result r;
    r.cancelled = true;
    r.error = tr("Reading the capture was canceled; nothing of it is shown. Open it again to read "
                 "it.");
    return r;
}

HarCapture::Result HarCapture::readResult(const QString &version)
{
    Result result;
    if (version != QLatin1String("1.2")) {
        if (version.isEmpty())
            result.notes << tr("The capture does not say which HAR version it is; it was read as "
                               "HAR 1.2.");
        else
            result.notes << tr("The capture is HAR %1; DCS Desk reads HAR 1.2 and read what it "
                               "knows of this one. Fields this version lacks are shown empty.")
                                .arg(version);
    }
    result.ok = true;
    return result;
}

HarCapture::Result HarCapture::errorFor(const QByteArray &bytes, bool notHar,
                                        const QString &parserError)
{
    Result result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The file is empty. Save the capture again from the browser's network "
                          "panel (Export HAR in Chrome, Save All As HAR in Firefox).");
        return result;
    }
    const qsizetype badUtf8 = Utf8::firstInvalid(bytes);
    if (badUtf8 >= 0) {
        const JsonPosition pos = jsonPositionOf(bytes, badUtf8);
        result.error = tr("The file is not valid UTF-8 text (line %1, column %2), so it is not "
                          "a HAR file as browsers save them. Save the capture again, or "
                          "convert the file to UTF-8.")
                           .arg(pos.line)
                           .arg(pos.column);
        return result;
    }
    qsizetype offset = 0;
    QString reason;
    if (!JsonGrammar::check(bytes, &offset, &reason)) {
        const JsonPosition pos = jsonPositionOf(bytes, offset);
        const bool cut = offset >= bytes.trimmed().size() - 1;
        result.error =
            cut ? tr("The file ends too early (line %1): the capture was cut short while it "
                     "was saved or copied. Save it again from the browser.")
                      .arg(pos.line)
                : tr("The file is not valid JSON at line %1, column %2: %3. A HAR file is "
                     "JSON as the browser saved it; was it edited?")
                      .arg(pos.line)
                      .arg(pos.column)
                      .arg(reason);
    } else if (notHar || parserError.isEmpty()) {
        result.error = tr("The file holds JSON, but not a HAR capture (no \"log\" with "
                          "\"entries\"). Save the network log as HAR: in Chrome, Network › "
                          "Export HAR; in Firefox, Network › Save All As HAR.");
    } else {
        result.error = tr("The file cannot be read as JSON: %1.").arg(parserError);
    }
    return result;
}

HarCapture::Result HarCapture::finish(const Result &read, const HarStreamReader &reader,
                                      QSharedPointer<HarSource> source)
{
    if (!read.ok) {
        m_entries.clear();
        m_entries.squeeze();
        return read;
    }
    m_version = reader.version();
    m_creator = reader.creator();
    m_source = std::move(source);
    return read;
}

HarCapture::Result HarCapture::readFile(const QString &path, const QStringList &aliases,
                                        const Progress &progress)
{
    *this = HarCapture();
    auto source = QSharedPointer<HarSource>::create();
    source->file = std::make_unique<QFile>(path);
    if (!source->file->open(QIODevice::ReadOnly)) {
        Result r;
        r.error = cannotOpen(path, source->file->errorString());
        return r;
    }
    HarStreamReader reader(aliases);
    reader.setProgress(progress);
    const Result r = reader.read(*source->file, [this](HarEntry &e) {
        m_entries.append(std::move(e));
        return true;
    });
    return finish(r, reader, source);
}

HarCapture::Result HarCapture::read(const QByteArray &bytes, const QStringList &aliases,
                                    const Progress &progress)
{
    *this = HarCapture();
    auto source = QSharedPointer<HarSource>::create();
    source->bytes = bytes;
    HarStreamReader reader(aliases);
    reader.setProgress(progress);
    const Result r = reader.read(bytes, [this](HarEntry &e) {
        m_entries.append(std::move(e));
        return true;
    });
    return finish(r, reader, source);
}

int HarCapture::audienceManagerCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const HarEntry &e) { return e.audienceManager; }));
}

QVector<QPair<QString, int>> HarCapture::hosts() const
{
    QHash<QString, int> counts;
    for (const HarEntry &e : m_entries)
        ++counts[e.host()];
    QVector<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

QByteArray HarCapture::responseBody(const HarEntry &entry) const
{
    if (!m_source || entry.m_bodyOffset < 0)
        return {};
    if (!m_source->file) {
        if (entry.m_bodyOffset + entry.m_bodyLength > m_source->bytes.size())
            return {};
        return HarEntryParser::bodyOfToken(m_source->bytes.constData() + entry.m_bodyOffset,
                                           entry.m_bodyLength, entry.m_bodyBase64);
    }
    QMutexLocker lock(&m_source->mutex);
    if (!m_source->file->seek(entry.m_bodyOffset))
        return {};
    const QByteArray token = m_source->file->read(entry.m_bodyLength);
    if (token.size() != entry.m_bodyLength || !token.startsWith('"'))
        return {}; // the file changed since it was read
    return HarEntryParser::bodyOfToken(token.constData(), token.size(), entry.m_bodyBase64);
}

} // namespace dcsdesk
