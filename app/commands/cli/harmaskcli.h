#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dcsdesk {

class CliIo;

// "har FILE --mask OUT": writes a copy of the capture with cookies, user IDs, p_ values and
// credentials masked (HarMasker), for a support ticket, and says what was masked by kind and
// place — counts only, never the values, so the summary itself can be pasted. It never writes
// over FILE, and an existing OUT only with --force: a careful tool does not replace a file the
// user may still need without being told to.
class HarMaskCli
{
    Q_DECLARE_TR_FUNCTIONS(HarMaskCli)

public:
    static int run(CliIo &io, const QCommandLineParser &parser, const QString &file);
};

} // namespace dcsdesk
