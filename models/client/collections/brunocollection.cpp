#include "brunocollection.h"

#include "brulang.h"
#include "system/inputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dcsdesk {

namespace {

constexpr qint64 MaxBruFile = 8 * 1024 * 1024;

const QStringList &methods()
{
    static const QStringList names = {
        QStringLiteral("get"),    QStringLiteral("post"),    QStringLiteral("put"),
        QStringLiteral("delete"), QStringLiteral("patch"),   QStringLiteral("options"),
        QStringLiteral("head"),   QStringLiteral("connect"), QStringLiteral("trace")};
    return names;
}

QVector<CollectionPair> pairsOf(const BruBlock *block)
{
    QVector<CollectionPair> out;
    if (!block)
        return out;
    for (const BruEntry &e : block->entries)
        out.append({e.key, e.value, e.enabled});
    return out;
}

bool readText(const QString &path, QString *text, QString *error)
{
    QByteArray bytes;
    if (!InputFile::read(path, MaxBruFile, &bytes, error))
        return false;
    *text = QString::fromUtf8(bytes);
    return true;
}

int seqOf(const BruLang::File &file)
{
    const BruBlock *meta = file.block(QStringLiteral("meta"));
    bool ok = false;
    const int seq = meta ? meta->value(QStringLiteral("seq")).toInt(&ok) : 0;
    return ok ? seq : std::numeric_limits<int>::max();
}

// The parts of collection.bru or folder.bru that Bruno applies to every request below it.
struct Inherited
{
    QVector<CollectionPair> headers;
};

class Walker
{
public:
    CollectionRead result;

    void folderSettings(const BruLang::File &file, const QString &where, Inherited *inherited)
    {
        const QVector<CollectionPair> headers = pairsOf(file.block(QStringLiteral("headers")));
        if (!headers.isEmpty()) {
            inherited->headers += headers;
            QStringList names;
            for (const CollectionPair &h : headers)
                names.append(h.key);
            result.notes.append(BrunoCollection::tr("%1: its headers %2 are added to each "
                                                    "request below it, as Bruno sends them.")
                                    .arg(where, names.join(QStringLiteral(", "))));
        }
        QStringList left;
        for (const BruBlock &b : file.blocks) {
            if (b.name.startsWith(QLatin1String("script:")) || b.name == QLatin1String("tests"))
                left.append(b.name);
            else if (b.name.startsWith(QLatin1String("vars:")) ||
                     (b.name.startsWith(QLatin1String("auth")) && b.name != QLatin1String("auth")))
                left.append(b.name);
        }
        const BruBlock *auth = file.block(QStringLiteral("auth"));
        const QString mode = auth ? auth->value(QStringLiteral("mode")) : QString();
        if (!mode.isEmpty() && mode != QLatin1String("none") && mode != QLatin1String("inherit"))
            left.append(QStringLiteral("auth (%1)").arg(mode));
        if (!left.isEmpty())
            result.notes.append(BrunoCollection::tr("%1: not imported: %2 (DCS Desk runs no "
                                                    "scripts and the DCS reads no "
                                                    "authorization; use checks to test answers).")
                                    .arg(where, left.join(QStringLiteral(", "))));
    }

    void walk(const QDir &dir, const QStringList &folder, const QString &relative,
              Inherited inherited)
    {
        struct Child
        {
            int seq;
            QString name;
            QString path;
            bool isFolder;
        };
        QVector<Child> folders;
        QVector<Child> requests;
        const QFileInfoList infos =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : infos) {
            const QString name = info.fileName();
            if (info.isDir()) {
                if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("node_modules"))
                    continue;
                if (folder.isEmpty() && name == QLatin1String("environments")) {
                    const int count = int(QDir(info.filePath())
                                              .entryList({QStringLiteral("*.bru")}, QDir::Files)
                                              .size());
                    result.notes.append(
                        BrunoCollection::tr("%n environment(s) in environments/ were not "
                                            "imported: define their variables in Console › "
                                            "Environments.",
                                            nullptr, count));
                    continue;
                }
                QString display = name;
                int seq = std::numeric_limits<int>::max();
                QString text;
                QString error;
                const QString folderBru =
                    QDir(info.filePath()).filePath(QStringLiteral("folder.bru"));
                if (QFileInfo::exists(folderBru) && readText(folderBru, &text, &error)) {
                    const BruLang::File f = BruLang::parse(text);
                    if (f.error.isEmpty()) {
                        const BruBlock *meta = f.block(QStringLiteral("meta"));
                        if (meta && !meta->value(QStringLiteral("name")).isEmpty())
                            display = meta->value(QStringLiteral("name"));
                        seq = seqOf(f);
                    }
                }
                folders.append({seq, display, info.filePath(), true});
            } else if (name.endsWith(QLatin1String(".bru")) &&
                       name != QLatin1String("collection.bru") &&
                       name != QLatin1String("folder.bru")) {
                requests.append({0, name, info.filePath(), false});
            }
        }

        // Requests of this folder by seq (then file name), then its subfolders.
        QVector<QPair<CollectionEntry, int>> entries;
        for (const Child &c : std::as_const(requests)) {
            const QString source =
                relative.isEmpty() ? c.name : relative + QLatin1Char('/') + c.name;
            QString text;
            QString error;
            int seq = std::numeric_limits<int>::max();
            CollectionEntry e;
            if (!readText(c.path, &text, &error)) {
                e.name = QFileInfo(c.name).completeBaseName();
                e.folder = folder;
                e.source = source;
                e.error = error;
            } else {
                e = BrunoCollection::readRequest(text, source, folder, &seq);
            }
            for (int k = inherited.headers.size() - 1; k >= 0; --k)
                e.headers.prepend(inherited.headers.at(k));
            entries.append({e, seq});
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.second < b.second; });
        for (const auto &e : std::as_const(entries))
            result.entries.append(e.first);

        std::stable_sort(folders.begin(), folders.end(), [](const Child &a, const Child &b) {
            return a.seq != b.seq ? a.seq < b.seq : a.name.localeAwareCompare(b.name) < 0;
        });
        for (const Child &f : std::as_const(folders)) {
            const QDir sub(f.path);
            const QString subRelative =
                relative.isEmpty() ? sub.dirName() : relative + QLatin1Char('/') + sub.dirName();
            Inherited below = inherited;
            QString text;
            QString error;
            const QString folderBru = sub.filePath(QStringLiteral("folder.bru"));
            if (QFileInfo::exists(folderBru)) {
                if (!readText(folderBru, &text, &error)) {
                    result.notes.append(error);
                } else {
                    const BruLang::File file = BruLang::parse(text);
                    if (!file.error.isEmpty())
                        result.notes.append(BrunoCollection::tr("%1/folder.bru, %2; the folder's "
                                                                "settings were not imported.")
                                                .arg(subRelative, file.error));
                    else
                        folderSettings(file, BrunoCollection::tr("Folder “%1”").arg(subRelative),
                                       &below);
                }
            }
            result.folders.append(folder + QStringList{f.name});
            walk(sub, folder + QStringList{f.name}, subRelative, below);
        }
    }
};

} // namespace

CollectionEntry BrunoCollection::readRequest(const QString &text, const QString &source,
                                             const QStringList &folder, int *seq)
{
    CollectionEntry e;
    e.source = source;
    e.folder = folder;
    e.name = QFileInfo(source).completeBaseName();
    const BruLang::File file = BruLang::parse(text);
    if (!file.error.isEmpty()) {
        e.error = tr("%1, %2 The file was skipped; correct it (or open and save it in Bruno) "
                     "and import again.")
                      .arg(source, file.error);
        return e;
    }
    if (seq)
        *seq = seqOf(file);
    const BruBlock *meta = file.block(QStringLiteral("meta"));
    if (meta && !meta->value(QStringLiteral("name")).isEmpty())
        e.name = meta->value(QStringLiteral("name"));
    const QString type = meta ? meta->value(QStringLiteral("type")) : QString();
    if (!type.isEmpty() && type != QLatin1String("http")) {
        e.error =
            tr("A %1 request, not an HTTP call: the DCS takes plain GET and POST calls.").arg(type);
        return e;
    }
    const BruBlock *call = nullptr;
    for (const BruBlock &b : file.blocks) {
        if (methods().contains(b.name)) {
            call = &b;
            break;
        }
    }
    if (!call) {
        e.error =
            tr("%1 has no method block (get { url: … }, post { … }); it was skipped.").arg(source);
        return e;
    }
    e.method = call->name.toUpper();
    e.url = call->value(QStringLiteral("url"));
    const BruBlock *query = file.block(QStringLiteral("params:query"));
    if (!query)
        query = file.block(QStringLiteral("query"));
    if (query) {
        e.hasQueryList = true;
        e.query = pairsOf(query);
        const qsizetype question = e.url.indexOf(QLatin1Char('?'));
        if (question >= 0)
            e.url.truncate(question);
    }
    e.headers = pairsOf(file.block(QStringLiteral("headers")));

    const QString bodyMode = call->value(QStringLiteral("body"));
    if (bodyMode == QLatin1String("json") || bodyMode == QLatin1String("text") ||
        bodyMode == QLatin1String("xml") || bodyMode == QLatin1String("sparql")) {
        const BruBlock *body = file.block(QStringLiteral("body:") + bodyMode);
        if (body && !body->text.trimmed().isEmpty()) {
            e.bodyKind = CollectionEntry::BodyKind::Text;
            e.bodyText = body->text;
            e.bodyLabel = bodyMode;
        }
    } else if (bodyMode == QLatin1String("formUrlEncoded")) {
        e.bodyKind = CollectionEntry::BodyKind::Form;
        e.form = pairsOf(file.block(QStringLiteral("body:form-urlencoded")));
    } else if (bodyMode == QLatin1String("multipartForm")) {
        e.bodyKind = CollectionEntry::BodyKind::Form;
        QStringList files;
        for (const CollectionPair &p : pairsOf(file.block(QStringLiteral("body:multipart-form")))) {
            if (p.value.startsWith(QLatin1String("@file(")))
                files.append(p.key);
            else
                e.form.append(p);
        }
        e.notes.append(tr("The multipart form is sent as a form-urlencoded body, the only body "
                          "format the DCS reads."));
        if (!files.isEmpty())
            e.notImported.append(tr("The file field(s) %1 were not imported: the DCS reads no "
                                    "files.")
                                     .arg(files.join(QStringLiteral(", "))));
    } else if (!bodyMode.isEmpty() && bodyMode != QLatin1String("none")) {
        e.bodyKind = CollectionEntry::BodyKind::Other;
        e.bodyLabel = bodyMode;
    }
    const QString auth = call->value(QStringLiteral("auth"));
    if (!auth.isEmpty() && auth != QLatin1String("none") && auth != QLatin1String("inherit"))
        e.notImported.append(tr("The %1 authorization was not imported: the DCS reads none. If "
                                "a proxy in front of it needs one, add the header in the "
                                "console.")
                                 .arg(auth));

    for (const BruBlock &b : file.blocks) {
        const QString &n = b.name;
        if (n == QLatin1String("script:pre-request") || n == QLatin1String("script:post-response"))
            e.notImported.append(tr("The %1 script (line %2) was not imported: DCS Desk runs no "
                                    "scripts.")
                                     .arg(n.mid(7))
                                     .arg(b.line));
        else if (n == QLatin1String("tests"))
            e.notImported.append(tr("The tests (line %1) were not imported: add checks "
                                    "(Console › Checks) to test the answer.")
                                     .arg(b.line));
        else if (n == QLatin1String("assert"))
            e.notImported.append(tr("%n assertion(s) (line %1) were not imported: add checks "
                                    "(Console › Checks) to test the answer.",
                                    nullptr, int(b.entries.size()))
                                     .arg(b.line));
        else if (n.startsWith(QLatin1String("vars:")))
            e.notImported.append(tr("The %1 variables (line %2) were not imported: set them in "
                                    "an environment (Console › Environments).")
                                     .arg(n.mid(5))
                                     .arg(b.line));
        else if (n == QLatin1String("params:path") && !b.entries.isEmpty())
            e.notImported.append(tr("The path parameters (line %1) were not imported: write "
                                    "their values into the path.")
                                     .arg(b.line));
        else if (n == QLatin1String("docs") && !b.text.trimmed().isEmpty())
            e.notes.append(tr("The docs (line %1) were not imported.").arg(b.line));
        else if (n != QLatin1String("meta") && n != QLatin1String("headers") &&
                 n != QLatin1String("params:query") && n != QLatin1String("query") &&
                 n != QLatin1String("params:path") && n != QLatin1String("settings") &&
                 n != QLatin1String("docs") && !n.startsWith(QLatin1String("body")) &&
                 !n.startsWith(QLatin1String("auth")) && !methods().contains(n))
            e.notImported.append(tr("The block “%1” (line %2) was not imported: DCS Desk does "
                                    "not support it.")
                                     .arg(n)
                                     .arg(b.line));
    }
    return e;
}

CollectionRead BrunoCollection::readDirectory(const QString &path)
{
    CollectionRead r;
    r.format = tr("Bruno collection");
    QFileInfo info(path);
    const QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    const QString manifest = dir.filePath(QStringLiteral("bruno.json"));
    if (!QFileInfo(manifest).isFile()) {
        r.error = tr("%1 has no bruno.json, so it is not a Bruno collection. Choose the "
                     "collection's folder (the one that holds bruno.json).")
                      .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return r;
    }
    QByteArray bytes;
    QString error;
    if (!InputFile::read(manifest, MaxBruFile, &bytes, &error)) {
        r.error = error;
        return r;
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        r.error = tr("bruno.json is not valid JSON (%1 at byte %2). Open the collection in Bruno "
                     "to repair it.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return r;
    }
    r.name = json.value(QStringLiteral("name")).toString(dir.dirName());
    Walker walker;
    Inherited inherited;
    const QString collectionBru = dir.filePath(QStringLiteral("collection.bru"));
    if (QFileInfo::exists(collectionBru)) {
        QString text;
        if (!readText(collectionBru, &text, &error)) {
            walker.result.notes.append(error);
        } else {
            const BruLang::File file = BruLang::parse(text);
            if (!file.error.isEmpty())
                walker.result.notes.append(tr("collection.bru, %1 The collection's settings "
                                              "were not imported.")
                                               .arg(file.error));
            else
                walker.folderSettings(file, tr("The collection"), &inherited);
        }
    }
    walker.walk(dir, {}, QString(), inherited);
    r.entries = walker.result.entries;
    r.folders = walker.result.folders;
    r.notes = walker.result.notes;
    r.ok = true;
    return r;
}

} // namespace dcsdesk
