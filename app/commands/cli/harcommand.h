#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace dcsdesk {

class HarCapture;
struct HarEntry;

// "har FILE": the Audience Manager calls a browser capture holds, in order, with time, type,
// status and size; --decode (or --call N) decodes them with the console's decoder: the request's
// keys by prefix, the cookies sent and set, and the answer's fields and errors.
class HarCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HarCommand)

public:
    QString name() const override { return QStringLiteral("har"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliIo &io, const QCommandLineParser &parser) override;

private:
    static QString decodedText(const HarCapture &capture, const HarEntry &entry);
    static QJsonObject entryJson(const HarCapture &capture, const HarEntry &entry, bool decode);
};

} // namespace dcsdesk
