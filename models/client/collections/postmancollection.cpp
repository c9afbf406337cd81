#include "postmancollection.h"

#include "system/inputfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dcsdesk {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    return {};
}

QVector<CollectionPair> pairs(const QJsonValue &value)
{
    QVector<CollectionPair> out;
    if (value.isString()) { // "Name: value" lines, as Postman also accepts for headers
        for (const QString &line : value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
        }
        return out;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.append({text(o.value(QStringLiteral("key"))), text(o.value(QStringLiteral("value"))),
                    !o.value(QStringLiteral("disabled")).toBool()});
    }
    return out;
}

QString joined(const QJsonValue &v, QLatin1Char separator)
{
    if (v.isString())
        return v.toString();
    QStringList parts;
    for (const QJsonValue &p : v.toArray())
        parts.append(p.isObject() ? text(p.toObject().value(QStringLiteral("value"))) : text(p));
    return parts.join(separator);
}

// Scripts that hold something (Postman writes an empty one, exec [""], for a touched tab).
QStringList scripts(const QJsonValue &events)
{
    QStringList found;
    for (const QJsonValue &v : events.toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonValue exec =
            e.value(QStringLiteral("script")).toObject().value(QStringLiteral("exec"));
        const QString code = exec.isArray() ? joined(exec, QLatin1Char('\n')) : text(exec);
        if (code.trimmed().isEmpty())
            continue;
        const QString listen = e.value(QStringLiteral("listen")).toString();
        found.append(
            listen == QLatin1String("prerequest") ? PostmanCollection::tr("pre-request script")
            : listen == QLatin1String("test")     ? PostmanCollection::tr("test script")
                                              : PostmanCollection::tr("“%1” script").arg(listen));
    }
    return found;
}

QString authType(const QJsonValue &auth)
{
    const QString type = auth.toObject().value(QStringLiteral("type")).toString();
    return type == QLatin1String("noauth") || type == QLatin1String("inherit") ? QString() : type;
}

class Reader
{
public:
    CollectionRead result;
    int examples = 0;

    void walk(const QJsonArray &items, const QStringList &folder)
    {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (o.contains(QStringLiteral("item"))) {
                const QStringList path = folder + QStringList{name};
                const QString where = path.join(QStringLiteral(" › "));
                for (const QString &s : scripts(o.value(QStringLiteral("event"))))
                    result.notes.append(
                        PostmanCollection::tr("Folder “%1”: its %2 was not imported (DCS Desk "
                                              "runs no scripts; use checks to test answers).")
                            .arg(where, s));
                if (const QString a = authType(o.value(QStringLiteral("auth"))); !a.isEmpty())
                    result.notes.append(
                        PostmanCollection::tr("Folder “%1”: its %2 authorization was not imported "
                                              "(the DCS reads none).")
                            .arg(where, a));
                result.folders.append(path);
                walk(o.value(QStringLiteral("item")).toArray(), path);
            } else {
                result.entries.append(entry(o, name, folder));
            }
        }
    }

    CollectionEntry entry(const QJsonObject &o, const QString &name, const QStringList &folder)
    {
        CollectionEntry e;
        e.name = name;
        e.folder = folder;
        e.source = (folder + QStringList{name}).join(QStringLiteral(" › "));
        examples += int(o.value(QStringLiteral("response")).toArray().size());
        for (const QString &s : scripts(o.value(QStringLiteral("event"))))
            e.notImported.append(PostmanCollection::tr("The %1 was not imported: DCS Desk runs "
                                                       "no scripts. Add checks (Console › "
                                                       "Checks) to test the answer.")
                                     .arg(s));
        const QJsonValue requestValue = o.value(QStringLiteral("request"));
        if (requestValue.isString()) {
            e.method = QStringLiteral("GET");
            e.url = requestValue.toString();
            return e;
        }
        if (!requestValue.isObject()) {
            e.error = PostmanCollection::tr("The item has neither a request nor items; it was "
                                            "skipped. Check it in Postman.");
            return e;
        }
        const QJsonObject request = requestValue.toObject();
        e.method =
            request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
        const QJsonValue url = request.value(QStringLiteral("url"));
        if (url.isString()) {
            e.url = url.toString();
        } else {
            const QJsonObject u = url.toObject();
            const QString raw = u.value(QStringLiteral("raw")).toString();
            QString base = raw;
            if (base.isEmpty()) {
                const QString protocol = u.value(QStringLiteral("protocol")).toString();
                base = (protocol.isEmpty() ? QString() : protocol + QStringLiteral("://")) +
                       joined(u.value(QStringLiteral("host")), QLatin1Char('.'));
                const QString port = text(u.value(QStringLiteral("port")));
                if (!port.isEmpty())
                    base += QLatin1Char(':') + port;
                const QString path = joined(u.value(QStringLiteral("path")), QLatin1Char('/'));
                if (!path.isEmpty())
                    base += (path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
                            path;
            }
            if (u.contains(QStringLiteral("query"))) {
                e.hasQueryList = true;
                e.query = pairs(u.value(QStringLiteral("query")));
                const qsizetype question = base.indexOf(QLatin1Char('?'));
                if (question >= 0)
                    base.truncate(question);
            }
            e.url = base;
            if (!u.value(QStringLiteral("variable")).toArray().isEmpty())
                e.notImported.append(PostmanCollection::tr(
                    "The URL's path variables (:name) were not imported: write their values "
                    "into the path."));
        }
        e.headers = pairs(request.value(QStringLiteral("header")));
        if (const QString a = authType(request.value(QStringLiteral("auth"))); !a.isEmpty())
            e.notImported.append(
                PostmanCollection::tr("The %1 authorization was not imported: the DCS reads "
                                      "none. If a proxy in front of it needs one, add the header "
                                      "in the console.")
                    .arg(a));
        readBody(request.value(QStringLiteral("body")).toObject(), &e);
        return e;
    }

    static void readBody(const QJsonObject &body, CollectionEntry *e)
    {
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (body.isEmpty() || mode.isEmpty())
            return;
        if (body.value(QStringLiteral("disabled")).toBool()) {
            e->notes.append(PostmanCollection::tr("The body is switched off in Postman and was "
                                                  "not imported."));
            return;
        }
        if (mode == QLatin1String("raw")) {
            e->bodyKind = CollectionEntry::BodyKind::Text;
            e->bodyText = body.value(QStringLiteral("raw")).toString();
            if (e->bodyText.trimmed().isEmpty())
                e->bodyKind = CollectionEntry::BodyKind::None;
        } else if (mode == QLatin1String("urlencoded")) {
            e->bodyKind = CollectionEntry::BodyKind::Form;
            e->form = pairs(body.value(QStringLiteral("urlencoded")));
        } else if (mode == QLatin1String("formdata")) {
            e->bodyKind = CollectionEntry::BodyKind::Form;
            QStringList files;
            for (const QJsonValue &v : body.value(QStringLiteral("formdata")).toArray()) {
                const QJsonObject f = v.toObject();
                const QString key = text(f.value(QStringLiteral("key")));
                if (f.value(QStringLiteral("type")).toString() == QLatin1String("file"))
                    files.append(key);
                else
                    e->form.append({key, text(f.value(QStringLiteral("value"))),
                                    !f.value(QStringLiteral("disabled")).toBool()});
            }
            e->notes.append(PostmanCollection::tr("The multipart form is sent as a "
                                                  "form-urlencoded body, the only body format "
                                                  "the DCS reads."));
            if (!files.isEmpty())
                e->notImported.append(PostmanCollection::tr("The file field(s) %1 were not "
                                                            "imported: the DCS reads no files.")
                                          .arg(files.join(QStringLiteral(", "))));
        } else {
            e->bodyKind = CollectionEntry::BodyKind::Other;
            e->bodyLabel = mode;
        }
    }
};

} // namespace

bool PostmanCollection::looksLike(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return o.contains(QStringLiteral("info")) || o.contains(QStringLiteral("requests"));
}

CollectionRead PostmanCollection::read(const QByteArray &json)
{
    CollectionRead r;
    r.format = tr("Postman Collection v2.1");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = tr("The file is not valid JSON (%1 at byte %2), so it is no Postman "
                     "collection. Export the collection from Postman again.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return r;
    }
    const QJsonObject root = doc.object();
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    const QString schema = info.value(QStringLiteral("schema")).toString();
    const bool v1 =
        !root.contains(QStringLiteral("info")) && root.contains(QStringLiteral("requests"));
    QString version;
    if (v1 || schema.contains(QLatin1String("/v1")))
        version = QStringLiteral("v1");
    else if (schema.contains(QLatin1String("v2.0")))
        version = QStringLiteral("v2.0");
    if (!version.isEmpty()) {
        r.error = tr("This is a Postman Collection %1 file; DCS Desk reads v2.1, whose requests "
                     "and authorization are laid out differently. In Postman, export the "
                     "collection again as “Collection v2.1” and import that file.")
                      .arg(version);
        return r;
    }
    if (!root.contains(QStringLiteral("info")) || !root.value(QStringLiteral("item")).isArray()) {
        r.error = tr("The file is JSON but not a Postman collection (it has no “info” and "
                     "“item”). Export the collection from Postman as “Collection v2.1”.");
        return r;
    }
    if (!schema.contains(QLatin1String("v2.1")))
        r.notes.append(tr("The file names no known schema (%1); it was read as Collection "
                          "v2.1.")
                           .arg(schema.isEmpty() ? tr("none") : schema));
    r.name = info.value(QStringLiteral("name")).toString();
    Reader reader;
    for (const QString &s : scripts(root.value(QStringLiteral("event"))))
        reader.result.notes.append(tr("The collection's %1 was not imported (DCS Desk runs no "
                                      "scripts; use checks to test answers).")
                                       .arg(s));
    if (const QString a = authType(root.value(QStringLiteral("auth"))); !a.isEmpty())
        reader.result.notes.append(tr("The collection's %1 authorization was not imported (the "
                                      "DCS reads none).")
                                       .arg(a));
    reader.walk(root.value(QStringLiteral("item")).toArray(), {});
    for (const QJsonValue &v : root.value(QStringLiteral("variable")).toArray()) {
        const QString key = v.toObject().value(QStringLiteral("key")).toString();
        if (!key.isEmpty())
            r.definedVariables.append(key);
    }
    if (reader.examples > 0)
        reader.result.notes.append(tr("%n saved example(s) (example responses) were not imported.",
                                      nullptr, reader.examples));
    r.entries = reader.result.entries;
    r.folders = reader.result.folders;
    r.notes += reader.result.notes;
    r.ok = true;
    return r;
}

CollectionRead PostmanCollection::readFile(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::DefaultCap, &bytes, &error)) {
        CollectionRead r;
        r.error = error;
        return r;
    }
    return read(bytes);
}

} // namespace dcsdesk
