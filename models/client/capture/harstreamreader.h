#pragma once

#include "harcapture.h"

#include <QFile>
#include <QStringList>

#include <functional>
#include <memory>

namespace dcsdesk {

class HarEntryParser;

// Reads a HAR entry by entry (HarScanner splits it, simdjson parses each entry), handing each one
// over as soon as it is read: `dcsdesk-cli har` prints a 200 MB capture with the memory of one
// entry, and HarCapture keeps the entries without a copy of the file. Reads a file in pieces of
// chunkSize bytes, reports progress and can be cancelled. When something is wrong it reports
// what HarCapture always said (checked on the whole file, after the entries before the fault
// were handed over) — the caller decides whether those entries count.
class HarStreamReader
{
public:
    // entry: the next entry, index set; responseBody() reads its body while the handler runs.
    // False stops the reading (the result says it was cancelled).
    using EntryHandler = std::function<bool(HarEntry &entry)>;

    explicit HarStreamReader(const QStringList &aliases = {});
    ~HarStreamReader();

    void setProgress(const HarCapture::Progress &progress) { m_progress = progress; }
    void setChunkSize(qsizetype bytes) { m_chunkSize = std::max<qsizetype>(1, bytes); }
    // Repeated short strings share one QString (what HarCapture wants, as it keeps the entries);
    // off for a reader that drops each entry once handled.
    void setShareStrings(bool share) { m_shareStrings = share; }

    HarCapture::Result readFile(const QString &path, const EntryHandler &onEntry);
    // file: open for reading; read from its start.
    HarCapture::Result read(QFile &file, const EntryHandler &onEntry);
    // bytes: the whole HAR, read in place (no copy).
    HarCapture::Result read(const QByteArray &bytes, const EntryHandler &onEntry);

    QString version() const { return m_version; }
    QString creator() const { return m_creator; }
    int entryCount() const { return m_count; } // entries handed over, also after an error
    // The body of the entry being handed over (base64 decoded); empty when the HAR omitted it.
    QByteArray responseBody(const HarEntry &entry) const;

private:
    struct Input; // a file read piece by piece, or bytes in memory
    HarCapture::Result run(Input &input, const EntryHandler &onEntry);

    QStringList m_aliases;
    HarCapture::Progress m_progress;
    qsizetype m_chunkSize = 1 << 20;
    bool m_shareStrings = true;
    QString m_version;
    QString m_creator;
    int m_count = 0;
    std::unique_ptr<HarEntryParser> m_parser;
};

} // namespace dcsdesk
