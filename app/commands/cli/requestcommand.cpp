#include "requestcommand.h"

#include "clitext.h"
#include "dcs/dcsrequestbuilder.h"

#include <QJsonArray>

namespace dcsdesk {

QString RequestCommand::summary() const
{
    return tr("Build a DCS call and print its URL, headers, body, cURL command and findings.");
}

void RequestCommand::addOptions(QCommandLineParser &parser) const
{
    m_options.addTo(parser);
}

int RequestCommand::exitCodeFor(const PreparedRequest &prepared)
{
    if (prepared.isRefused())
        return ExitBadInput;
    if (prepared.countOf(Finding::Severity::Error) + prepared.countOf(Finding::Severity::Warning) >
        0)
        return ExitFindings;
    return ExitOk;
}

int RequestCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    CliRequestOptions::Resolved resolved;
    QString error;
    if (!m_options.resolve(parser, io, &resolved, &error))
        return io.fail(ExitBadInput, error);
    const PreparedRequest prepared =
        DcsRequestBuilder::prepare(resolved.profile, resolved.request, resolved.sandboxBaseUrl);
    int code = exitCodeFor(prepared);
    if (code == ExitOk && !resolved.unknownOptions.isEmpty())
        code = ExitFindings;
    if (io.json) {
        QJsonObject o = prepared.toJson();
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(resolved.notes));
        o.insert(QStringLiteral("unknownOptions"),
                 QJsonArray::fromStringList(resolved.unknownOptions));
        o.insert(QStringLiteral("exitCode"), code);
        io.printJson(o);
        return code;
    }
    io.out << CliText::prepared(prepared, true);
    io.out << CliText::notes(tr("Options not imported:"), resolved.unknownOptions);
    io.out << CliText::notes(tr("Notes:"), resolved.notes);
    for (const RequestFinding &f : prepared.findings) {
        if (f.code == QLatin1String("target.sandbox")) {
            io.out << tr("Hint: give --region ID or --base-url URL.") << Qt::endl;
            break;
        }
    }
    io.out.flush();
    return code;
}

} // namespace dcsdesk
