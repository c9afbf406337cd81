#include "harstreamreader.h"

#include "harentryparser.h"
#include "harscanner.h"

#include <QFileInfo>

#include <simdjson.h>

namespace dcsdesk {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

// Bytes at the end of a piece that start a UTF-8 sequence the next piece completes.
qsizetype incompleteTail(const char *data, qsizetype size)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, size); ++back) {
        const auto c = static_cast<unsigned char>(data[size - back]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

// A file read piece by piece, checked as UTF-8 on the way (simdjson checks each entry, the
// pieces between entries are checked here), or bytes in memory, checked at once.
struct HarStreamReader::Input
{
    QFile *file = nullptr;
    QByteArray bytes;
    qint64 total = 0;
    qint64 done = 0;
    QByteArray buffer; // the piece read last, after the incomplete UTF-8 sequence before it
    qsizetype carry = 0;
    bool badUtf8 = false;

    // The next piece, at most size bytes; empty at the end (or on a read error: badRead).
    QByteArrayView next(qsizetype size)
    {
        if (!file) {
            const QByteArrayView piece =
                QByteArrayView(bytes).sliced(done, std::min<qint64>(size, total - done));
            done += piece.size();
            return piece;
        }
        buffer.resize(carry + size);
        const qint64 read = file->read(buffer.data() + carry, size);
        if (read <= 0) {
            badUtf8 = badUtf8 || carry > 0; // the file ends inside a UTF-8 sequence
            return {};
        }
        done += read;
        const qsizetype filled = carry + qsizetype(read);
        const qsizetype tail = incompleteTail(buffer.constData(), filled);
        if (!simdjson::validate_utf8(buffer.constData(), size_t(filled - tail)))
            badUtf8 = true;
        const QByteArrayView piece(buffer.constData() + carry, read);
        // The tail goes first in the buffer for the next piece; the piece itself is read now.
        std::memmove(buffer.data(), buffer.constData() + filled - tail, size_t(tail));
        carry = tail;
        return piece;
    }

    // The whole input again, to find what is wrong with it (map the file, no copy if it can).
    QByteArray whole() const
    {
        if (!file)
            return bytes;
        if (uchar *map = file->map(0, file->size()))
            return QByteArray::fromRawData(reinterpret_cast<const char *>(map), file->size());
        file->seek(0);
        return file->readAll();
    }
};

HarStreamReader::HarStreamReader(const QStringList &aliases) : m_aliases(aliases) {}

HarStreamReader::~HarStreamReader() = default;

HarCapture::Result HarStreamReader::readFile(const QString &path, const EntryHandler &onEntry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        HarCapture::Result r;
        r.error = HarCapture::cannotOpen(path, file.errorString());
        return r;
    }
    return read(file, onEntry);
}

HarCapture::Result HarStreamReader::read(QFile &file, const EntryHandler &onEntry)
{
    Input input;
    input.file = &file;
    input.total = file.size();
    if (file.peek(3) == Bom && file.seek(3))
        input.done = 3;
    return run(input, onEntry);
}

HarCapture::Result HarStreamReader::read(const QByteArray &bytes, const EntryHandler &onEntry)
{
    Input input;
    input.bytes = bytes;
    input.total = bytes.size();
    input.badUtf8 = !simdjson::validate_utf8(bytes.constData(), size_t(bytes.size()));
    if (bytes.startsWith(Bom))
        input.done = 3;
    return run(input, onEntry);
}

HarCapture::Result HarStreamReader::run(Input &input, const EntryHandler &onEntry)
{
    m_version.clear();
    m_creator.clear();
    m_count = 0;
    m_parser = std::make_unique<HarEntryParser>(m_shareStrings);
    const qint64 start = input.done;
    bool cancelled = false;
    bool badEntry = false;
    HarScanner scanner([&](HarScanner::Part part, std::string &value, qint64 offset) {
        switch (part) {
        case HarScanner::Part::Version:
            m_version = HarEntryParser::parseVersion(value);
            return true;
        case HarScanner::Part::Creator:
            m_creator = HarEntryParser::parseCreator(value);
            return true;
        case HarScanner::Part::Entry:
            break;
        }
        HarEntry entry;
        entry.index = m_count;
        if (!m_parser->parseEntry(value, offset, m_aliases, entry)) {
            badEntry = true;
            return false;
        }
        ++m_count;
        if (!onEntry(entry)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    scanner.setOffset(start);
    for (;;) {
        const QByteArrayView piece = input.next(m_chunkSize);
        if (piece.isEmpty() || input.badUtf8 || !scanner.feed(piece.data(), piece.size()))
            break;
        if (m_progress && !m_progress(input.done, input.total)) {
            cancelled = true;
            break;
        }
    }
    if (cancelled)
        return HarCapture::cancelledResult();
    if (!badEntry && !input.badUtf8 && scanner.finish())
        return HarCapture::readResult(m_version);
    QByteArray whole = input.whole();
    if (whole.startsWith(Bom))
        whole = whole.sliced(3);
    const bool notHar = !badEntry && scanner.failure() == HarScanner::Failure::NotHar;
    return HarCapture::errorFor(whole, notHar, badEntry ? m_parser->lastError() : QString());
}

QByteArray HarStreamReader::responseBody(const HarEntry &entry) const
{
    return m_parser ? m_parser->responseBody(entry) : QByteArray();
}

} // namespace dcsdesk
