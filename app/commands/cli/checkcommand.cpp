#include "checkcommand.h"

#include "checks/checkrun.h"
#include "clienvironment.h"
#include "console/savedrequestcollection.h"
#include "sandbox/sandboxservice.h"
#include "sandboxtargetprovider.h"
#include "system/colontext.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace dcsdesk {

QString CheckCommand::summary() const
{
    return tr("Run the checks of a workspace's saved requests and report which passed; exit 1 "
              "when one fails.");
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("workspace"),
                                 tr("The workspace whose saved requests have checks."),
                                 tr("WORKSPACE"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("tag"), tr("Run only the saved requests with this tag (may be repeated)."),
        tr("tag")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("folder"),
                           tr("Run only the saved requests in this folder and its subfolders, e.g. "
                              "“Checkout/Mobile”."),
                           tr("path")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("junit"), tr("Also write the results as JUnit XML to this file, for CI."),
        tr("file")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sandbox"),
        tr("Start the local sandbox on the workspace and send the requests to it.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("profile"),
        tr("Send with this profile of the workspace (default: the first one)."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"),
                                        tr("Give up on a call after this many seconds (default "
                                           "10)."),
                                        tr("seconds")));
    CliEnvironment::addOption(parser);
}

bool CheckCommand::chooseProfile(const QCommandLineParser &parser, const Workspace &workspace,
                                 const Environment *environment, Profile *profile, bool *sandbox,
                                 QString *error) const
{
    *sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const Profile *p = workspace.profile(name);
        if (!p) {
            *error = tr("The workspace has no profile “%1”.").arg(name);
            return false;
        }
        *profile = *p;
    } else if (*sandbox) {
        const Profile *p = SandboxTargetProvider::sandboxProfile(workspace);
        if (!p) {
            *error = tr("The workspace has no profile with a domain alias, so the sandbox would "
                        "answer every call with error 1. Add a profile with an alias.");
            return false;
        }
        *profile = *p;
    } else if (!workspace.profiles.isEmpty()) {
        *profile = workspace.profiles.first();
    } else {
        *error = tr("The workspace has no profile to send with; add one, or use --sandbox.");
        return false;
    }
    // Where the calls go after the variables are filled in ({{baseUrl}} may be empty).
    Profile resolved = *profile;
    DcsRequest none;
    VariableResolver(environment, nullptr).apply(&resolved, &none);
    const bool sendsToSandbox =
        resolved.regionId == Profile::SandboxRegion && resolved.customBaseUrl.isEmpty();
    // An environment named on the command line is a choice of where to run: a profile of the
    // local sandbox then starts it in-process, as --sandbox does.
    if (parser.isSet(QStringLiteral("env")) && sendsToSandbox)
        *sandbox = true;
    if (*sandbox) {
        profile->regionId = Profile::SandboxRegion;
        profile->customBaseUrl.clear();
    } else if (sendsToSandbox) {
        *error = tr("Profile “%1” sends to the local sandbox: add --sandbox to start it, or "
                    "choose another profile with --profile.")
                     .arg(profile->name);
        return false;
    }
    return true;
}

int CheckCommand::run(CliIo &io, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return io.fail(ExitBadInput, tr("check takes one workspace file, e.g. “%1 check "
                                        "workspace.json --sandbox”.")
                                         .arg(io.program));
    const QString path = args.first();
    const WorkspaceFile::LoadResult loaded = WorkspaceFile::load(path);
    if (!loaded.ok)
        return io.fail(ExitBadInput, loaded.error);
    const Workspace &workspace = loaded.workspace;

    DcsClient::Options options;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = QLocale::c().toDouble(parser.value(QStringLiteral("timeout")), &ok);
        if (!ok || s <= 0 || s > 3600)
            return io.fail(ExitBadInput,
                           tr("--timeout takes a number of seconds between 0 and 3600, not “%1”.")
                               .arg(parser.value(QStringLiteral("timeout"))));
        options.timeoutMs = int(s * 1000);
    }

    const QStringList tags = parser.values(QStringLiteral("tag"));
    for (const QString &problem : SavedRequestCollection::problems(workspace))
        io.err << problem << '\n';
    const SavedRequestCollection::Path folder =
        SavedRequestCollection::pathFromText(parser.value(QStringLiteral("folder")));
    if (parser.isSet(QStringLiteral("folder")) &&
        (folder.isEmpty() || !SavedRequestCollection::folderExists(workspace, folder))) {
        QStringList folders;
        for (const SavedRequestCollection::Path &p : SavedRequestCollection::folders(workspace))
            folders.append(SavedRequestCollection::pathText(p));
        return io.fail(ExitBadInput,
                       folders.isEmpty()
                           ? tr("%1 has no folder “%2”: its saved requests are not in folders.")
                                 .arg(path, parser.value(QStringLiteral("folder")))
                           : tr("%1 has no folder “%2”. Its folders: %3.")
                                 .arg(path, parser.value(QStringLiteral("folder")),
                                      QLocale().createSeparatedList(folders)));
    }
    const QVector<SavedRequestChecks::Entry> entries = CheckRun::choose(workspace, tags, folder);
    if (entries.isEmpty() && !folder.isEmpty())
        return io.fail(ExitBadInput,
                       tags.isEmpty()
                           ? tr("No saved request in the folder %1 of %2 has checks, so nothing "
                                "was checked.")
                                 .arg(SavedRequestCollection::pathText(folder), path)
                           : tr("No saved request in the folder %1 of %2 with the tag %3 has "
                                "checks, so nothing was checked.")
                                 .arg(SavedRequestCollection::pathText(folder), path,
                                      tags.join(QStringLiteral(", "))));
    if (entries.isEmpty())
        return io.fail(ExitBadInput,
                       tags.isEmpty()
                           ? tr("No saved request of %1 has checks, so nothing was checked. Add "
                                "checks to a saved request (docs/workspace-format.md).")
                                 .arg(path)
                           : tr("No saved request of %1 with the tag %2 has checks, so nothing "
                                "was checked.")
                                 .arg(path, tags.join(QStringLiteral(", "))));

    Environment environment;
    bool hasEnvironment = false;
    QString error;
    if (!CliEnvironment::choose(parser, workspace, &environment, &hasEnvironment, &error))
        return io.fail(ExitBadInput, error);
    const Environment *env = hasEnvironment ? &environment : nullptr;
    Profile profile;
    bool useSandbox = false;
    if (!chooseProfile(parser, workspace, env, &profile, &useSandbox, &error))
        return io.fail(ExitBadInput, error);

    // Every {{variable}} is resolved before anything is sent: one undefined is an error.
    SessionSecrets secrets; // from the system keychain, else DCSDESK_VAR_<NAME>
    if (env && CliEnvironment::hasSecret(*env)) {
        const QString note = CliEnvironment::loadSecrets(workspace, *env, &secrets);
        if (!note.isEmpty())
            io.err << note << '\n';
    }
    CheckRun run;
    run.setAdvice(VariableResolution::Advice::CommandLine);
    QStringList unresolved;
    if (!run.prepare(entries, profile, env, &secrets, &unresolved))
        return io.fail(ExitBadInput, tr("Nothing was sent: %n variable(s) cannot be resolved.",
                                        nullptr, int(unresolved.size())) +
                                         QLatin1Char('\n') + unresolved.join(QLatin1Char('\n')));
    const VariableResolution &variables = run.variables();

    SandboxService sandbox;
    QUrl sandboxBaseUrl;
    if (useSandbox) {
        sandbox.setWorkspace(workspace);
        QString startError;
        if (!sandbox.start(&startError))
            return io.fail(ExitBadInput, tr("The sandbox cannot start: %1").arg(startError));
        sandboxBaseUrl = sandbox.baseUrl();
    }

    run.setWorkspaceName(workspace.name.isEmpty() ? QFileInfo(path).completeBaseName()
                                                  : workspace.name);
    options.caFile = profile.caFile;
    options.pinnedPublicKey = profile.pinnedPublicKey;
    run.setOptions(options);
    run.setSandboxBaseUrl(sandboxBaseUrl);
    QEventLoop loop;
    QObject::connect(&run, &CheckRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    const CheckRunReport &report = run.report();
    const bool unanswered = run.anyUnanswered();

    int code = ExitOk;
    if (report.count(CheckOutcome::Status::Failed) > 0)
        code = ExitFindings;
    else if (unanswered)
        code = ExitNetworkFailure;
    else if (!report.allPassed())
        code = ExitFindings;
    for (const CheckRunReport::Item &item : std::as_const(report.items)) {
        if (!item.problems.isEmpty() && code == ExitOk)
            code = ExitFindings; // checks kept in the file but not run are not a pass
    }

    if (parser.isSet(QStringLiteral("junit"))) {
        const QString junitPath = parser.value(QStringLiteral("junit"));
        QSaveFile file(junitPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toJUnit()) < 0 || !file.commit())
            return io.fail(ExitBadInput,
                           tr("The JUnit report cannot be written to %1: %2")
                               .arg(junitPath, ColonText::continued(file.errorString())));
    }

    if (io.json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("workspace"), path);
        o.insert(QStringLiteral("profile"), profile.name);
        o.insert(QStringLiteral("sandbox"), useSandbox);
        o.insert(QStringLiteral("environment"), variables.toJson());
        o.insert(QStringLiteral("exitCode"), code);
        io.printJson(o);
        return code;
    }
    io.out << (useSandbox ? tr("Checking %1 with profile %2 against the local sandbox.")
                          : tr("Checking %1 with profile %2."))
                  .arg(path, profile.name)
           << Qt::endl;
    if (env && variables.used.isEmpty())
        io.out << tr("Environment %1: the checked requests use none of its variables.")
                      .arg(env->name)
               << Qt::endl;
    else if (env)
        io.out << tr("Environment %1:", "followed by the variables and their values").arg(env->name)
               << Qt::endl
               << CliEnvironment::describe(variables);
    for (const CheckRunReport::Item &item : std::as_const(report.items)) {
        io.out << Qt::endl
               << (item.answered ? tr("%1 (HTTP %2, %3 ms)")
                                       .arg(item.request)
                                       .arg(item.httpStatus)
                                       .arg(qRound(qMax(0.0, item.ms)))
                                 : tr("%1 (no answer)").arg(item.request))
               << Qt::endl;
        for (int c = 0; c < item.outcomes.size(); ++c) {
            const CheckOutcome &o = item.outcomes.at(c);
            io.out << QStringLiteral("  ")
                   << tr("%1: %2", "check status: what the check expects")
                          .arg(CheckOutcome::statusName(o.status),
                               ColonText::continued(item.checks.at(c).describe()))
                   << Qt::endl;
            if (o.status != CheckOutcome::Status::Passed)
                io.out << QStringLiteral("    ") << o.message << Qt::endl;
        }
        for (const QString &p : item.problems)
            io.out << QStringLiteral("  ") << p << Qt::endl;
    }
    io.out << Qt::endl << report.summary() << Qt::endl;
    io.out.flush();
    return code;
}

} // namespace dcsdesk
