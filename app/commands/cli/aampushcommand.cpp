#include "aamcommand.h"

#include "aam/aamdiff.h"
#include "aamrest/aampush.h"
#include "dcs/networkaccess.h"
#include "sandbox/sandboxservice.h"
#include "system/colontext.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefile.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace dcsdesk {

namespace {

// A conflict is resolved when every conflicting field is named by --take-account or
// --keep-workspace ("*" names them all).
AamPush::Choice choiceOf(const AamDiff::Item &item, const QSet<QString> &take,
                         const QSet<QString> &keep)
{
    AamPush::Choice choice;
    choice.item = item;
    choice.resolved = true;
    const QString all = QStringLiteral("*");
    for (const AamDiff::Field &f : item.fields) {
        if (f.change != AamDiff::Change::Conflict)
            continue;
        if (take.contains(f.name) || (take.contains(all) && !keep.contains(f.name)))
            choice.takeFromAccount.insert(f.name);
        else if (!keep.contains(f.name) && !keep.contains(all))
            choice.resolved = false;
    }
    return choice;
}

QJsonObject pushItemJson(const AamPush::ItemResult &r)
{
    QJsonObject o{{QStringLiteral("kind"), r.kind == EntityKind::Mapping
                                               ? QStringLiteral("mapping")
                                               : QStringLiteral("destination")},
                  {QStringLiteral("id"), r.id},
                  {QStringLiteral("destinationId"), r.destinationId},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("outcome"), AamDiff::outcomeKey(r.outcome)},
                  {QStringLiteral("state"), AamPush::stateKey(r.state)},
                  {QStringLiteral("message"), r.message}};
    if (!r.method.isEmpty()) {
        o.insert(QStringLiteral("method"), QString::fromLatin1(r.method));
        o.insert(QStringLiteral("path"), r.path);
    }
    if (r.status != 0)
        o.insert(QStringLiteral("status"), r.status);
    if (r.accountId > 0)
        o.insert(QStringLiteral("accountId"), r.accountId);
    return o;
}

} // namespace

int AamCommand::runPush(CliIo &io, const QCommandLineParser &parser, const QString &workspacePath)
{
    if (parser.isSet(QStringLiteral("out")))
        return io.fail(ExitBadInput, tr("aam push writes the IDs and snapshots the account "
                                        "returns into WORKSPACE itself: --out is for aam pull."));
    Comparison comparison;
    if (const int code = compareWithAccount(io, parser, workspacePath, &comparison); code != ExitOk)
        return code;
    const WorkspaceFile::LoadResult &loaded = comparison.loaded;
    const Workspace &workspace = comparison.workspace;
    const Connection &connection = comparison.connection;
    const AamRestClient::PullResult &pulled = comparison.pulled;
    const AamDiff &diff = comparison.diff;
    const QSet<QString> take = fieldNames(parser.values(QStringLiteral("take-account")));
    const QSet<QString> keep = fieldNames(parser.values(QStringLiteral("keep-workspace")));
    QVector<AamPush::Choice> choices;
    for (const AamDiff::Item &item : diff.items()) {
        // What only the account changed or holds is for a pull; the rest is the push's.
        if (item.outcome == AamDiff::Outcome::ChangedLocally ||
            item.outcome == AamDiff::Outcome::ChangedBoth ||
            item.outcome == AamDiff::Outcome::Conflict ||
            item.outcome == AamDiff::Outcome::CreatedLocally ||
            item.outcome == AamDiff::Outcome::DeletedLocally)
            choices.append(choiceOf(item, take, keep));
    }

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    AamPush::Report report;
    if (dryRun) {
        report = AamPush::plan(workspace, choices);
    } else if (!choices.isEmpty()) {
        AamPush push(NetworkAccess::manager());
        push.setSettings(connection.settings);
        int lastShown = 0;
        QObject::connect(&push, &AamPush::progress, &push, [&](int done, int total) {
            if (done > 0 && (done == total || done - lastShown >= 100)) {
                lastShown = done;
                io.err << tr("Pushed %1 of %2").arg(done).arg(total) << Qt::endl;
            }
        });
        QEventLoop loop;
        QObject::connect(&push, &AamPush::finished, &loop, [&](const AamPush::Report &r) {
            report = r;
            loop.quit();
        });
        push.push(workspace, choices);
        loop.exec();
    }

    // What reached the account goes into the file at once, whatever else happened.
    QString savedTo;
    QString saveError;
    QString saveWarning;
    QStringList notes;
    int written = 0;
    if (!dryRun && report.count(AamPush::State::Sent) > 0) {
        const AamPush::WriteBack back = AamPush::writeBack(workspace, report);
        notes = back.notes;
        written = back.written;
        if (!back.changes.isEmpty()) {
            WorkspaceDocument document;
            document.reset(workspace);
            document.apply(back.changes, back.undoText);
            WorkspaceFile::Stamp saved;
            if (WorkspaceFile::save(document.workspace(), workspacePath, loaded.stamp, &saved,
                                    &saveError, &saveWarning))
                savedTo = workspacePath;
        }
    }

    const int notPushed =
        dryRun ? int(report.items.size()) - report.toSend()
               : report.count(AamPush::State::Failed) + report.count(AamPush::State::NotSent);
    int code = notPushed > 0 ? ExitFindings : ExitOk;
    if (report.stopped)
        code = ExitNetworkFailure;
    if (!saveError.isEmpty())
        code = ExitBadInput;

    if (io.json) {
        QJsonArray items;
        for (const AamPush::ItemResult &r : report.items)
            items.append(pushItemJson(r));
        QJsonObject o{
            {QStringLiteral("workspace"), workspacePath},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("diffSummary"), diff.summary()},
            {QStringLiteral("items"), items},
            {QStringLiteral("sent"), report.count(AamPush::State::Sent)},
            {QStringLiteral("failed"), report.count(AamPush::State::Failed)},
            {QStringLiteral("notSent"), report.count(AamPush::State::NotSent)},
            {QStringLiteral("toSend"), report.toSend()},
            {QStringLiteral("stopped"), report.stopped},
            {QStringLiteral("requests"), pulled.requests + report.counters.requests},
            {QStringLiteral("tokenRenewals"), pulled.tokenRenewals + report.counters.tokenRenewals},
            {QStringLiteral("retries"), pulled.retries + report.counters.retries},
            {QStringLiteral("writtenBack"), written},
            {QStringLiteral("notes"), QJsonArray::fromStringList(diff.notes() + notes)},
            {QStringLiteral("exitCode"), code}};
        if (report.stopped)
            o.insert(QStringLiteral("stopReason"), report.stopReason);
        if (!savedTo.isEmpty())
            o.insert(QStringLiteral("savedTo"), savedTo);
        if (!saveError.isEmpty())
            o.insert(QStringLiteral("saveError"), saveError);
        if (!saveWarning.isEmpty())
            o.insert(QStringLiteral("warning"), saveWarning);
        io.printJson(o);
        return code;
    }

    io.out << diff.summary() << Qt::endl;
    for (const AamPush::ItemResult &r : report.items) {
        QString line;
        if (dryRun && !r.method.isEmpty())
            line = tr("[would send] %1: %2 %3").arg(r.title, QString::fromLatin1(r.method), r.path);
        else if (dryRun)
            line = tr("[would not send] %1: %2").arg(r.title, ColonText::continued(r.message));
        else if (r.state == AamPush::State::Sent)
            line = r.accountId > 0 && r.accountId != r.id
                       ? tr("[sent, HTTP %1] %2: the account's ID is %3")
                             .arg(r.status)
                             .arg(r.title)
                             .arg(r.accountId)
                       : tr("[sent, HTTP %1] %2").arg(r.status).arg(r.title);
        else if (r.state == AamPush::State::Failed)
            line = r.status != 0
                       ? tr("[failed, HTTP %1] %2: %3")
                             .arg(r.status)
                             .arg(r.title, ColonText::continued(r.message))
                       : tr("[failed] %1: %2").arg(r.title, ColonText::continued(r.message));
        else
            line = tr("[not sent] %1: %2").arg(r.title, ColonText::continued(r.message));
        io.out << line << Qt::endl;
        if (!dryRun && r.state == AamPush::State::Sent && !r.message.isEmpty())
            io.out << QLatin1String("    ") << r.message << Qt::endl;
    }
    if (choices.isEmpty())
        io.out << tr("Nothing to push: the workspace has no change the account lacks.") << Qt::endl;
    if (dryRun) {
        io.out << tr("Dry run: %1 would be sent, %2 would not; nothing was sent.")
                      .arg(report.toSend())
                      .arg(int(report.items.size()) - report.toSend())
               << Qt::endl;
    } else if (!report.items.isEmpty()) {
        io.out << report.summary() << Qt::endl;
        if (report.stopped)
            io.out << tr("The push stopped: %1").arg(report.stopReason) << Qt::endl;
    }
    for (const QString &note : diff.notes() + notes)
        io.out << note << Qt::endl;
    if (!savedTo.isEmpty())
        io.out << tr("Wrote the IDs and objects the account returned for %n item(s) into %1.",
                     nullptr, written)
                      .arg(savedTo)
               << Qt::endl;
    if (!saveError.isEmpty())
        io.err << tr("The push reached the account, but %1 could not be saved: %2 Pull into it "
                     "to take what the account now holds.")
                      .arg(workspacePath, saveError)
               << Qt::endl;
    if (!saveWarning.isEmpty())
        io.err << saveWarning << Qt::endl;
    return code;
}

} // namespace dcsdesk
