#include "collectionimport.h"

#include "brunocollection.h"
#include "calls/dcsendpoint.h"
#include "console/savedrequestcollection.h"
#include "dcs/curlimport.h"
#include "dcs/dcsqueryreader.h"
#include "dcs/dcsrequestchecker.h"
#include "domain/region.h"
#include "environments/variableresolver.h"
#include "importfolder.h"
#include "postmancollection.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace dcsdesk {

namespace {

// {{name}} cannot go through the URL parser and the encoder unchanged, so each one is replaced by
// a token of letters and digits (which no step alters) and put back afterwards.
class VariableTokens
{
public:
    QString hide(const QString &text)
    {
        QString out;
        qsizetype last = 0;
        auto it = VariableResolver::variablePattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            QString token = m_tokens.value(m.captured(0));
            if (token.isEmpty()) {
                token = QStringLiteral("zzdcsvar%1zz").arg(m_tokens.size());
                m_tokens.insert(m.captured(0), token);
                m_back.insert(token, m.captured(0));
            }
            out += token;
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    }
    QString restore(QString text) const
    {
        if (m_back.isEmpty() || !text.contains(QLatin1String("zzdcsvar")))
            return text;
        // The token has no capitals and nothing to escape, so every step keeps it as it is.
        for (auto it = m_back.cbegin(); it != m_back.cend(); ++it)
            text.replace(it.key(), it.value());
        return text;
    }
    void restore(DcsRequest *r) const
    {
        for (QString *s : {&r->userId, &r->orgId, &r->jsonVersion, &r->callback, &r->platform,
                           &r->sid, &r->tdpid})
            *s = restore(*s);
        for (DcsSignal &s : r->signalList) {
            s.key = restore(s.key);
            for (QString &v : s.values)
                v = restore(v);
        }
        for (DeclaredId &d : r->declaredIds) {
            d.ns = restore(d.ns);
            d.id = restore(d.id);
        }
        for (DcsHeader &h : r->headers) {
            h.name = restore(h.name);
            h.value = restore(h.value);
        }
        r->path = restore(r->path);
    }

private:
    QHash<QString, QString> m_tokens; // {{name}} -> token
    QHash<QString, QString> m_back;   // token -> {{name}}
};

QString formEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

bool hasDcsKeys(const DcsRequest &r)
{
    if (!r.userId.isEmpty() || !r.declaredIds.isEmpty() || r.rtbdJson || !r.sid.isEmpty())
        return true;
    for (const DcsSignal &s : r.signalList) {
        if (s.key.startsWith(QLatin1String("d_"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The disabled rows of another tool: kept in the request as disabled rows (a signal, a declared
// ID), so the user can switch them on in the console. A key the request holds as a field
// (d_uuid, d_sid ...) cannot be switched off there, so it stays as a disabled signal.
void addDisabledPairs(const QVector<CollectionPair> &pairs, bool encode, VariableTokens &tokens,
                      DcsRequest *request)
{
    for (const CollectionPair &p : pairs) {
        if (p.enabled || p.key.isEmpty())
            continue;
        const QString key = tokens.hide(p.key);
        const QString value = tokens.hide(p.value);
        const QString pair = encode ? formEncode(key) + QLatin1Char('=') + formEncode(value)
                                    : key + QLatin1Char('=') + value;
        DcsQueryReader::Result read = DcsQueryReader::read(pair.toUtf8());
        tokens.restore(&read.request);
        if (read.request.signalList.size() + read.request.declaredIds.size() == 1) {
            for (DcsSignal s : read.request.signalList) {
                s.enabled = false;
                request->signalList.append(s);
            }
            for (DeclaredId d : read.request.declaredIds) {
                d.enabled = false;
                request->declaredIds.append(d);
            }
        } else {
            request->signalList.append(DcsSignal{p.key, QStringList{p.value}, false, false});
        }
    }
}

} // namespace

CollectionImport::Item CollectionImport::convert(const CollectionEntry &entry, QStringList *hosts,
                                                 QStringList *variables)
{
    Item item;
    item.sourceName = entry.name;
    item.source = entry.source;
    if (!entry.error.isEmpty()) {
        item.details.append(entry.error);
        return item;
    }
    if (entry.url.trimmed().isEmpty()) {
        item.details.append(tr("The request has no URL. Give it the DCS address in the "
                               "collection and import again."));
        return item;
    }
    if (variables) {
        QStringList texts{entry.url, entry.bodyText};
        for (const QVector<CollectionPair> *list : {&entry.query, &entry.headers, &entry.form}) {
            for (const CollectionPair &p : *list)
                texts << p.key << p.value;
        }
        for (const QString &t : std::as_const(texts)) {
            for (const QString &name : VariableResolver::namesIn(t)) {
                if (!variables->contains(name))
                    variables->append(name);
            }
        }
    }

    VariableTokens tokens;
    QString url = tokens.hide(entry.url.trimmed());
    // "{{host}}/event", "https://{{region}}.demdex.net/event": the address holds a variable. A
    // stand-in host lets the URL be read; the messages show the address as written.
    if (url.startsWith(QLatin1String("zzdcsvar")))
        url.prepend(QStringLiteral("https://"));
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    const qsizetype hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && !QStringLiteral("/?#").contains(url.at(hostEnd)))
        ++hostEnd;
    QString variableHost;
    if (url.mid(hostStart, hostEnd - hostStart).contains(QLatin1String("zzdcsvar"))) {
        variableHost = tokens.restore(url.mid(hostStart, hostEnd - hostStart));
        url.replace(hostStart, hostEnd - hostStart, QStringLiteral("collection-variable.invalid"));
    }
    if (entry.hasQueryList) {
        QStringList pairs;
        for (const CollectionPair &p : entry.query) {
            if (p.enabled && !p.key.isEmpty())
                pairs.append(tokens.hide(p.key) + QLatin1Char('=') + tokens.hide(p.value));
        }
        if (!pairs.isEmpty())
            url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                   pairs.join(QLatin1Char('&'));
    }
    QVector<QPair<QString, QString>> headers;
    for (const CollectionPair &h : entry.headers) {
        if (h.enabled && !h.key.isEmpty())
            headers.append({tokens.hide(h.key), tokens.hide(h.value)});
    }
    QString body;
    QStringList changes = entry.notes;
    switch (entry.bodyKind) {
    case CollectionEntry::BodyKind::None:
        break;
    case CollectionEntry::BodyKind::Text:
        body = tokens.hide(entry.bodyText.trimmed());
        break;
    case CollectionEntry::BodyKind::Form: {
        QStringList pairs;
        for (const CollectionPair &p : entry.form) {
            if (p.enabled && !p.key.isEmpty())
                pairs.append(formEncode(tokens.hide(p.key)) + QLatin1Char('=') +
                             formEncode(tokens.hide(p.value)));
        }
        body = pairs.join(QLatin1Char('&'));
        break;
    }
    case CollectionEntry::BodyKind::Other:
        changes.append(tr("The %1 body was not imported: the DCS reads key=value pairs only (a "
                          "form body or the query). Add the values as signals in the console.")
                           .arg(entry.bodyLabel));
        break;
    }
    const QString method = entry.method.isEmpty() ? QStringLiteral("GET") : entry.method;
    CurlImport::Result read = CurlImport::parseParts(method, url, headers, body);
    if (!read.ok) {
        item.details.append(tr("The URL cannot be read: %1 Correct it in the collection and "
                               "import again.")
                                .arg(tokens.restore(read.error)));
        return item;
    }
    tokens.restore(&read.request);
    QString host = read.baseUrl.isEmpty() ? QString() : QUrl(read.baseUrl).host().toLower();
    if (const DcsRegion *region = DcsRegion::find(read.regionId); read.baseUrl.isEmpty() && region)
        host = region->host;
    const QString shownHost = variableHost.isEmpty() ? host : variableHost;
    const DcsEndpoint::Kind kind = DcsEndpoint::kindOf(read.request.path);
    const bool dcsHost =
        host.endsWith(QLatin1String("demdex.net")) || !variableHost.isEmpty() || isLoopback(host);
    if (kind == DcsEndpoint::Kind::Other || (!dcsHost && !hasDcsKeys(read.request))) {
        item.details.append(
            tr("Not a DCS call: it goes to %1%2, which is not an Audience Manager DCS address (a "
               "demdex.net host with /event, /ibs, /id or /demoptout.jpg). Nothing to do if it "
               "belongs to another API; to import it, point its URL at the DCS.")
                .arg(shownHost, read.request.path.left(80)));
        return item;
    }
    if (hosts) {
        QString target = shownHost;
        if (!read.alias.isEmpty())
            target = tr("%1 (alias %2)").arg(shownHost, tokens.restore(read.alias));
        if (!hosts->contains(target))
            hosts->append(target);
    }
    // One line each: the cURL importer quotes a JSON body with its line breaks.
    for (const QString &note : std::as_const(read.notes))
        changes.append(tokens.restore(note).simplified());
    if (method.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0 && !body.isEmpty() &&
        !body.startsWith(QLatin1Char('{')) && !body.startsWith(QLatin1Char('[')))
        changes.append(tr("The body of this GET request is sent in the query, where the DCS "
                          "reads a GET call's pairs."));

    DcsRequest request = read.request;
    addDisabledPairs(entry.query, false, tokens, &request);
    addDisabledPairs(entry.form, true, tokens, &request);
    QStringList leftOut;
    for (const CollectionPair &h : entry.headers) {
        if (h.enabled || h.key.isEmpty())
            continue;
        if (DcsRequestChecker::isManagedHeader(h.key) ||
            h.key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            leftOut.append(h.key);
        else
            request.headers.append(DcsHeader{h.key, h.value, false});
    }
    if (!leftOut.isEmpty())
        changes.append(tr("The disabled header(s) %1 are set by DCS Desk and were left out.")
                           .arg(QLocale().createSeparatedList(leftOut)));
    request.name = entry.name;
    item.request = request;
    item.details = entry.notImported + changes;
    item.outcome = item.details.isEmpty() ? Outcome::Imported : Outcome::Changed;
    return item;
}

CollectionRead CollectionImport::readPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || info.fileName() == QLatin1String("bruno.json") ||
        info.suffix() == QLatin1String("bru")) {
        // A .bru file stands for its collection: the folder up to bruno.json.
        QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
        if (!info.isDir() && info.suffix() == QLatin1String("bru")) {
            QDir up = dir;
            while (!up.exists(QStringLiteral("bruno.json")) && up.cdUp()) {
            }
            if (up.exists(QStringLiteral("bruno.json")))
                dir = up;
        }
        return BrunoCollection::readDirectory(dir.absolutePath());
    }
    return PostmanCollection::readFile(path);
}

CollectionImport::Plan CollectionImport::plan(const Workspace &workspace,
                                              const CollectionRead &collection,
                                              const QStringList &targetFolder)
{
    Plan plan;
    plan.format = collection.format;
    plan.collectionName = collection.name;
    QSet<QString> taken;
    for (const QJsonValue &v : workspace.savedRequests)
        taken.insert(v.toObject().value(QStringLiteral("name")).toString());
    QStringList hosts;
    QStringList variables;
    for (const CollectionEntry &entry : collection.entries) {
        Item item = convert(entry, &hosts, &variables);
        if (item.outcome != Outcome::Skipped) {
            QString base = entry.name.trimmed();
            if (base.isEmpty())
                base = tr("Imported request");
            QString name = base;
            for (int n = 2; taken.contains(name); ++n)
                name = tr("%1 (%2)").arg(base).arg(n);
            taken.insert(name);
            if (name != entry.name) {
                item.details.append(
                    entry.name.trimmed().isEmpty()
                        ? tr("The request has no name in the collection; it is saved as “%1”.")
                              .arg(name)
                        : tr("Saved as “%1”: a saved request named “%2” exists already in the "
                             "workspace or earlier in this import. Rename either one if you "
                             "like.")
                              .arg(name, base));
                item.outcome = Outcome::Changed;
            }
            item.name = name;
            item.request.name = name;
            item.folder = targetFolder + entry.folder;
            ImportFolder::set(&item.request, item.folder);
        }
        plan.items.append(item);
    }
    plan.notes = collection.notes;
    if (!targetFolder.isEmpty())
        plan.folders.append(targetFolder);
    for (const QStringList &f : collection.folders)
        plan.folders.append(targetFolder + f);
    const bool anyImported = plan.count(Outcome::Skipped) < plan.items.size();
    for (const QStringList &f : std::as_const(plan.folders)) {
        const bool holds = std::any_of(plan.items.begin(), plan.items.end(), [&f](const Item &i) {
            return i.outcome != Outcome::Skipped && i.folder.mid(0, f.size()) == f;
        });
        if (anyImported && !holds) {
            plan.emptyFolders.append(f);
            plan.notes.append(tr("Folder “%1” holds no DCS request: it is created empty, so the "
                                 "collection keeps its folders. Delete it in the Saved requests "
                                 "pane if you do not need it.")
                                  .arg(ImportFolder::join(f)));
        }
    }
    if (!hosts.isEmpty())
        plan.notes.append(tr("The requests went to %1. A saved request holds no address: it is "
                             "sent where the console's profile says (alias, region or base URL). "
                             "Choose or add a profile for these calls.")
                              .arg(QLocale().createSeparatedList(hosts)));
    if (!variables.isEmpty()) {
        QStringList shown;
        for (const QString &v : std::as_const(variables))
            shown.append(QStringLiteral("{{%1}}").arg(v));
        plan.notes.append(tr("The requests use the variables %1, kept as written. Define them in "
                             "an environment (Console › Environments) before sending.")
                              .arg(QLocale().createSeparatedList(shown)));
    }
    if (!collection.definedVariables.isEmpty())
        plan.notes.append(tr("The collection gives values to %1; the values are not imported. "
                             "Add them to an environment if the requests need them.")
                              .arg(QLocale().createSeparatedList(collection.definedVariables)));
    return plan;
}

int CollectionImport::Plan::count(Outcome outcome) const
{
    int n = 0;
    for (const Item &item : items)
        n += item.outcome == outcome ? 1 : 0;
    return n;
}

ChangeSet CollectionImport::Plan::changes(const Workspace &workspace,
                                          const QVector<int> &chosen) const
{
    QJsonArray array = workspace.savedRequests;
    QSet<QString> taken;
    for (const QJsonValue &v : array)
        taken.insert(v.toObject().value(QStringLiteral("name")).toString());
    for (int index : chosen) {
        if (index < 0 || index >= items.size() || items.at(index).outcome == Outcome::Skipped)
            continue;
        const Item &item = items.at(index);
        if (taken.contains(item.name))
            continue; // never replaces a saved request: the plan named it for this workspace
        taken.insert(item.name);
        array.append(item.request.toJson());
    }
    if (array == workspace.savedRequests)
        return ChangeSet();
    ChangeSet changes = SavedRequestCollection::addFolders(workspace, folders);
    changes.savedRequests = array;
    return changes;
}

ChangeSet CollectionImport::Plan::changes(const Workspace &workspace) const
{
    QVector<int> all;
    for (int i = 0; i < items.size(); ++i)
        all.append(i);
    return changes(workspace, all);
}

QString CollectionImport::Plan::summary() const
{
    return tr("%1 imported, %2 imported with changes, %3 skipped")
        .arg(count(Outcome::Imported))
        .arg(count(Outcome::Changed))
        .arg(count(Outcome::Skipped));
}

QString CollectionImport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return tr("Imported");
    case Outcome::Changed:
        return tr("Imported with changes");
    case Outcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString CollectionImport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return QStringLiteral("imported");
    case Outcome::Changed:
        return QStringLiteral("changed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace dcsdesk
