#include "validatecommand.h"

#include "system/colontext.h"
#include "validation/findingsubject.h"
#include "validation/validator.h"
#include "workspace/workspacefile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace dcsdesk {

namespace {

QString kindKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Profile:
        return QStringLiteral("profile");
    case EntityKind::Segment:
        return QStringLiteral("segment");
    case EntityKind::Destination:
        return QStringLiteral("destination");
    case EntityKind::Mapping:
        return QStringLiteral("mapping");
    }
    return {};
}

QString severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("note");
    }
    return {};
}

} // namespace

QString ValidateCommand::summary() const
{
    return tr("Check a workspace: destinations, segments and their rules, mappings and account "
              "limits. Exit code 1 when there are errors.");
}

void ValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("workspace"), tr("The workspace file."),
                                 tr("WORKSPACE"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("date"),
                           tr("The day to judge mapping schedules on (YYYY-MM-DD; default today)."),
                           tr("day")));
}

// Which object a finding is about, in words: "destination 12 “Golf pixel”".
static QString describe(const Finding &f, const Workspace &ws)
{
    switch (f.kind) {
    case EntityKind::Profile:
        return f.key >= 0 && f.key < ws.profiles.size()
                   ? ValidateCommand::tr("profile “%1”").arg(ws.profiles[int(f.key)].name)
                   : ValidateCommand::tr("profile %1").arg(f.key + 1);
    case EntityKind::Segment:
        return f.key == 0 ? ValidateCommand::tr("account") : FindingSubject::segment(ws, f.key);
    case EntityKind::Destination:
        return f.key == 0 ? ValidateCommand::tr("account") : FindingSubject::destination(ws, f.key);
    case EntityKind::Mapping: {
        const int i = ws.mappingIndex(f.key);
        if (i < 0)
            return ValidateCommand::tr("mapping %1").arg(f.key);
        const SegmentMapping &m = ws.mappings[i];
        return ValidateCommand::tr("mapping %1 (%2 → %3)")
            .arg(QString::number(m.id), FindingSubject::segment(ws, m.sid),
                 FindingSubject::destination(ws, m.destinationId));
    }
    }
    return {};
}

int ValidateCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("validate takes one workspace file."));
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            return io.fail(ExitBadInput, tr("--date takes a day as YYYY-MM-DD, not “%1”.")
                                             .arg(parser.value(QStringLiteral("date"))));
    }
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(args.first());
    if (!loaded.ok)
        return io.fail(ExitBadInput, loaded.error);
    const Workspace &ws = loaded.workspace;
    QVector<Finding> findings = Validator::validate(ws, day);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    const FindingSummary counts = FindingSummary::of(findings);
    const int code = counts.errors > 0 ? ExitFindings : ExitOk;

    if (io.json) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(QJsonObject{{QStringLiteral("severity"), severityKey(f.severity)},
                                    {QStringLiteral("kind"), kindKey(f.kind)},
                                    {QStringLiteral("key"), f.key},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("object"), describe(f, ws)},
                                    {QStringLiteral("message"), f.message}});
        io.printJson(QJsonObject{{QStringLiteral("workspace"), args.first()},
                                 {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                 {QStringLiteral("errors"), counts.errors},
                                 {QStringLiteral("warnings"), counts.warnings},
                                 {QStringLiteral("notes"), counts.infos},
                                 {QStringLiteral("findings"), list},
                                 {QStringLiteral("exitCode"), code}});
        return code;
    }
    for (const Finding &f : findings)
        io.out << tr("%1: %2: %3")
                      .arg(Finding::severityName(f.severity), describe(f, ws),
                           ColonText::continued(f.message))
               << Qt::endl;
    if (!findings.isEmpty())
        io.out << Qt::endl;
    io.out << tr("%1: %2, %3, %4 (%5 destinations, %6 segments, %7 mappings).")
                  .arg(args.first(), tr("%n error(s)", nullptr, counts.errors),
                       tr("%n warning(s)", nullptr, counts.warnings),
                       tr("%n note(s)", nullptr, counts.infos),
                       QString::number(ws.destinations.size()), QString::number(ws.segments.size()),
                       QString::number(ws.mappings.size()))
           << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
