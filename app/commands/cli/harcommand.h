#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

struct HarEntry;

// "har FILE": the Audience Manager calls a browser capture holds, in order, with time, type,
// status and size; --decode (or --call N) decodes them with the console's decoder: the request's
// keys by prefix, the cookies sent and set, and the answer's fields and errors. Streams: each
// call is printed as it is read (the summary comes last), so a 200 MB capture needs the memory
// of one entry.
class HarCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HarCommand)

public:
    QString name() const override { return QStringLiteral("har"); }
    QString summary() const override;
    QString positionalSyntax() const override { return tr("FILE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

private:
    static QString decodedText(const HarEntry &entry, const QByteArray &body);
    static QString readBefore(int entries); // after an error, what the listed calls are
    static QJsonObject entryJson(const HarEntry &entry, const QByteArray &body, bool decode);
    // One listed entry as printed: its line (and decoding), or its indented JSON object.
    static QString entryText(const HarEntry &e, const QByteArray &body, bool decode, bool json);
};

} // namespace dcsdesk
