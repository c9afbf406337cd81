#include "curlimportcommand.h"

#include "clitext.h"
#include "dcs/curlimport.h"
#include "dcs/dcsrequestbuilder.h"
#include "dcs/shellquote.h"
#include "domain/region.h"
#include "requestcommand.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dcsdesk {

QString CurlImportCommand::summary() const
{
    return tr("Read a cURL command (as pasted, or - for stdin) and show the DCS call it makes.");
}

void CurlImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("command"),
                                 tr("The cURL command in one argument (quote it), or - for stdin."),
                                 tr("COMMAND|-"));
}

int CurlImportCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    return runRaw(io, parser.positionalArguments());
}

int CurlImportCommand::runRaw(CliIo &io, const QStringList &args)
{
    if (args.isEmpty())
        return io.fail(ExitBadInput,
                       tr("curl-import takes the cURL command in quotes, or - for stdin."));
    QString command;
    if (args.size() == 1) {
        command =
            args.first() == QLatin1String("-") ? QString::fromUtf8(io.readStdin()) : args.first();
    } else {
        // An unquoted command arrives split by the shell: quote each word again.
        QStringList words;
        for (const QString &a : args)
            words << ShellQuote::quote(a);
        command = words.join(QLatin1Char(' '));
    }
    const CurlImport::Result imported = CurlImport::parse(command);
    if (!imported.ok)
        return io.fail(ExitBadInput, imported.error);
    Profile profile = imported.applyTo(Profile());
    const PreparedRequest prepared = DcsRequestBuilder::prepare(profile, imported.request);
    int code = RequestCommand::exitCodeFor(prepared) == ExitOk ? ExitOk : ExitFindings;
    if (!imported.unknownOptions.isEmpty())
        code = ExitFindings;

    if (io.json) {
        QJsonObject profileJson{
            {QStringLiteral("alias"), imported.alias},
            {QStringLiteral("regionId"), imported.regionId == Profile::SandboxRegion
                                             ? QJsonValue()
                                             : QJsonValue(imported.regionId)},
            {QStringLiteral("baseUrl"), imported.baseUrl}};
        io.printJson(QJsonObject{
            {QStringLiteral("request"), imported.request.toJson()},
            {QStringLiteral("profile"), profileJson},
            {QStringLiteral("url"), imported.url},
            {QStringLiteral("unknownOptions"), QJsonArray::fromStringList(imported.unknownOptions)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(imported.notes)},
            {QStringLiteral("badEncoding"), imported.badEncoding},
            {QStringLiteral("prepared"), prepared.toJson()},
            {QStringLiteral("exitCode"), code}});
        return code;
    }
    io.out << tr("Alias: %1").arg(imported.alias.isEmpty() ? tr("(none)") : imported.alias)
           << Qt::endl;
    if (!imported.baseUrl.isEmpty())
        io.out << tr("Base URL: %1").arg(imported.baseUrl) << Qt::endl;
    else if (const DcsRegion *r = DcsRegion::find(imported.regionId))
        io.out << tr("Region: %1").arg(DcsRegion::displayName(r->id)) << Qt::endl;
    io.out << Qt::endl << CliText::prepared(prepared, true);
    io.out << CliText::notes(tr("Options not imported:"), imported.unknownOptions);
    io.out << CliText::notes(tr("Notes:"), imported.notes);
    io.out << Qt::endl
           << tr("Save it with --json > request.json and send it with “%1 send --from-json "
                 "request.json”.")
                  .arg(io.program)
           << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
