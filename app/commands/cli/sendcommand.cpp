#include "sendcommand.h"

#include "clitext.h"
#include "console/expectedvsactual.h"
#include "dcs/dcsclient.h"
#include "dcs/dcsrequestbuilder.h"
#include "requestcommand.h"
#include "clienvironment.h"
#include "workspace/workspacefile.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace dcsdesk {

namespace {

bool parseSize(const QString &text, qint64 *bytes)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)\\s*([kKmMgG]?)(i?[bB])?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 value = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).isEmpty() ? QChar() : m.captured(2).at(0).toLower();
    if (unit == QLatin1Char('k'))
        value *= 1024;
    else if (unit == QLatin1Char('m'))
        value *= 1024 * 1024;
    else if (unit == QLatin1Char('g'))
        value *= 1024LL * 1024 * 1024;
    *bytes = value;
    return value > 0;
}

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QString kindKey(ExpectedVsActual::Kind kind)
{
    switch (kind) {
    case ExpectedVsActual::Kind::Segment:
        return QStringLiteral("segment");
    case ExpectedVsActual::Kind::Cookie:
        return QStringLiteral("cookie");
    case ExpectedVsActual::Kind::Url:
        return QStringLiteral("url");
    }
    return QString();
}

// What a row of the expected-vs-actual table is about, as the console's name column says it.
QString rowSubject(const ExpectedVsActual::Row &row)
{
    if (row.kind == ExpectedVsActual::Kind::Segment)
        return row.destinationName.isEmpty()
                   ? SendCommand::tr("segment %1 (not in the workspace)").arg(row.sids.value(0))
                   : SendCommand::tr("segment %1 (%2)")
                         .arg(row.sids.value(0))
                         .arg(row.destinationName);
    return row.destinationId > 0 ? SendCommand::tr("destination %1 (%2)")
                                       .arg(row.destinationId)
                                       .arg(row.destinationName)
                                 : SendCommand::tr("no destination of the workspace");
}

} // namespace

QString SendCommand::summary() const
{
    return tr("Send a DCS call and print the answer: status, headers, timing, fields and errors.");
}

void SendCommand::addOptions(QCommandLineParser &parser) const
{
    m_options.addTo(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"),
                                        tr("Give up after this many seconds (default 10)."),
                                        tr("seconds")));
    parser.addOption(QCommandLineOption(QStringLiteral("max-body"),
                                        tr("Largest answer to read, e.g. 16M (default 16 MiB)."),
                                        tr("size")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("body"), tr("Always print the body, even a large one.")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-body"), tr("Do not print the body.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("expect"),
        tr("Compare the answer's destinations with what this workspace's mappings predict for "
           "the answer's segments; exit 1 when anything differs or is missing."),
        tr("workspace")));
    CliEnvironment::addOption(parser);
}

int SendCommand::exitCodeFor(const DcsResult &result)
{
    if (result.outcome == DcsResult::Outcome::Refused)
        return ExitBadInput;
    if (result.isNetworkFailure())
        return ExitNetworkFailure;
    if (result.outcome == DcsResult::Outcome::Cancelled)
        return ExitNetworkFailure;
    if ((result.hasResponse && result.response.hasProblems()) ||
        RequestCommand::exitCodeFor(result.request) != ExitOk)
        return ExitFindings;
    return ExitOk;
}

int SendCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    CliRequestOptions::Resolved resolved;
    QString error;
    if (!m_options.resolve(parser, io, &resolved, &error))
        return io.fail(ExitBadInput, error);
    DcsClient::Options options;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = QLocale::c().toDouble(parser.value(QStringLiteral("timeout")), &ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return io.fail(ExitBadInput,
                           tr("--timeout takes a number of seconds between 0 and 3600, "
                              "not “%1”.")
                               .arg(parser.value(QStringLiteral("timeout"))));
        options.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(QStringLiteral("max-body")) &&
        !parseSize(parser.value(QStringLiteral("max-body")), &options.maxBodyBytes))
        return io.fail(ExitBadInput,
                       tr("--max-body takes a size such as 65536, 512K or 16M, not “%1”.")
                           .arg(parser.value(QStringLiteral("max-body"))));

    // The {{variables}} of the request and the profile, from the workspace's environment.
    const QString workspacePath = parser.isSet(QStringLiteral("workspace"))
                                      ? parser.value(QStringLiteral("workspace"))
                                      : parser.value(QStringLiteral("sandbox"));
    Environment environment;
    bool hasEnvironment = false;
    SessionSecrets secrets; // from the system keychain, else DCSDESK_VAR_<NAME>
    if (!workspacePath.isEmpty()) {
        const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(workspacePath);
        if (loaded.ok &&
            !CliEnvironment::choose(parser, loaded.workspace, &environment, &hasEnvironment,
                                    &error))
            return io.fail(ExitBadInput, error);
        if (loaded.ok && hasEnvironment &&
            CliEnvironment::usesSecret(environment, resolved.profile, resolved.request)) {
            const QString note =
                CliEnvironment::loadSecrets(loaded.workspace, environment, &secrets);
            if (!note.isEmpty())
                io.err << note << '\n';
        }
    } else if (parser.isSet(QStringLiteral("env"))) {
        return io.fail(ExitBadInput, tr("--env needs the workspace that defines the environment: "
                                        "add --workspace FILE or --sandbox FILE."));
    }
    VariableResolver resolver(hasEnvironment ? &environment : nullptr, &secrets);
    resolver.setAdvice(VariableResolution::Advice::CommandLine);
    const VariableResolution variables = resolver.apply(&resolved.profile, &resolved.request);
    PreparedRequest prepared =
        DcsRequestBuilder::prepare(resolved.profile, resolved.request, resolved.sandboxBaseUrl);
    variables.addFindings(&prepared);
    if (prepared.isRefused()) {
        if (io.json) {
            QJsonObject o{{QStringLiteral("request"), prepared.toJson()},
                          {QStringLiteral("exitCode"), int(ExitBadInput)}};
            io.printJson(o);
            return ExitBadInput;
        }
        io.err << CliText::findings(prepared.findings);
        return io.fail(ExitBadInput, tr("The request was not sent."));
    }

    Workspace expectWorkspace;
    const bool expect = parser.isSet(QStringLiteral("expect"));
    if (expect) {
        const WorkspaceFile::LoadResult loaded =
            WorkspaceFile::load(parser.value(QStringLiteral("expect")));
        if (!loaded.ok)
            return io.fail(ExitBadInput, loaded.error);
        expectWorkspace = loaded.workspace;
        expectWorkspace.rebuildIndex();
    }

    options.caFile = resolved.profile.caFile;
    options.pinnedPublicKey = resolved.profile.pinnedPublicKey;
    DcsClient client;
    client.setOptions(options);
    DcsResult result = client.sendAndWait(prepared);
    // What is printed (a CI log, a terminal) never holds a secret's value.
    variables.maskSecrets(&result);
    prepared = result.request;
    int code = exitCodeFor(result);
    ExpectedVsActual::Result comparison;
    if (expect && result.hasResponse) {
        comparison = ExpectedVsActual::compare(expectWorkspace, prepared, result.response);
        const int wrong = comparison.count(ExpectedVsActual::Status::Different) +
                          comparison.count(ExpectedVsActual::Status::Missing) +
                          comparison.count(ExpectedVsActual::Status::Unexpected);
        if (wrong > 0 && code == ExitOk)
            code = ExitFindings;
    }
    if (io.json) {
        QJsonObject o = result.toJson();
        CliText::addBody(o, result.body);
        QJsonObject out{{QStringLiteral("request"), prepared.toJson()},
                        {QStringLiteral("result"), o},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(resolved.notes)},
                        {QStringLiteral("exitCode"), code}};
        if (expect) {
            QJsonArray rows;
            for (const ExpectedVsActual::Row &row : comparison.rows)
                rows.append(QJsonObject{
                    {QStringLiteral("status"), ExpectedVsActual::statusKey(row.status)},
                    {QStringLiteral("kind"), kindKey(row.kind)},
                    {QStringLiteral("segment"), row.kind == ExpectedVsActual::Kind::Segment
                                                    ? QJsonValue(row.sids.value(0))
                                                    : QJsonValue()},
                    {QStringLiteral("destination"), row.destinationId},
                    {QStringLiteral("destinationName"), row.destinationName},
                    {QStringLiteral("expected"), row.expected},
                    {QStringLiteral("actual"), row.actual},
                    {QStringLiteral("reason"), row.reason}});
            out.insert(QStringLiteral("expected"),
                       QJsonObject{{QStringLiteral("rows"), rows},
                                   {QStringLiteral("note"), comparison.note},
                                   {QStringLiteral("segments"), idArray(comparison.segments)},
                                   {QStringLiteral("listedSegments"),
                                    comparison.answerSegments
                                        ? QJsonValue(idArray(comparison.listedSegments))
                                        : QJsonValue()}});
        }
        io.printJson(out);
        return code;
    }
    CliText::Body body = CliText::Body::Auto;
    if (parser.isSet(QStringLiteral("body")))
        body = CliText::Body::Full;
    if (parser.isSet(QStringLiteral("no-body")))
        body = CliText::Body::None;
    io.out << CliText::result(result, body);
    if (!prepared.findings.isEmpty())
        io.out << Qt::endl << CliText::findings(prepared.findings);
    io.out << CliText::notes(tr("Notes on the request:"), resolved.notes);
    if (expect && result.hasResponse) {
        io.out << Qt::endl << tr("Expected vs actual:") << Qt::endl;
        for (const QString &line : ExpectedVsActual::summary(comparison))
            io.out << QStringLiteral("  ") << line << Qt::endl;
        for (const ExpectedVsActual::Row &row : std::as_const(comparison.rows)) {
            io.out << QStringLiteral("  ") << ExpectedVsActual::statusName(row.status)
                   << QStringLiteral(": ") << rowSubject(row) << Qt::endl;
            if (!row.expected.isEmpty())
                io.out << QStringLiteral("    ") << tr("expected: %1").arg(row.expected)
                       << Qt::endl;
            if (!row.actual.isEmpty())
                io.out << QStringLiteral("    ") << tr("actual:   %1").arg(row.actual) << Qt::endl;
            if (!row.reason.isEmpty())
                io.out << QStringLiteral("    ") << row.reason << Qt::endl;
        }
    }
    io.out.flush();
    return code;
}

} // namespace dcsdesk
